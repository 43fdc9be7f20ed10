/**
 * Market approach: comparable transactions the user enters, each adjusted by factors for time, technology, legal
 * status and market (1 = same as the asset). Low = lowest adjusted price, base = mean, high = highest.
 */
import type { Range } from '../policy/types';
import type { MarketComparable } from './types';

export interface ComparableInput {
  label: string;
  priceWan: number;
  factors?: { time?: number; technical?: number; legal?: number; market?: number } | undefined;
}

/** One comparable's price after its adjustment factors. */
export function adjustComparable(c: ComparableInput): MarketComparable {
  const f = c.factors ?? {};
  const factor = (f.time ?? 1) * (f.technical ?? 1) * (f.legal ?? 1) * (f.market ?? 1);
  return { label: c.label, priceWan: c.priceWan, factor, adjustedWan: c.priceWan * factor };
}

/** Range over the adjusted comparables; null when there are none. */
export function marketRange(comparables: readonly MarketComparable[]): Range | null {
  if (comparables.length === 0) return null;
  const values = comparables.map((c) => c.adjustedWan);
  const base = values.reduce((s, v) => s + v, 0) / values.length;
  return { low: Math.min(...values), base, high: Math.max(...values) };
}
