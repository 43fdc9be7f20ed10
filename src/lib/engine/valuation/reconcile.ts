/**
 * Reconciliation: value = Σ w_m · V_m over the approaches that gave a number, with the weights renormalised to sum
 * to 1 among them. Low, base and high are reconciled separately.
 */
import type { Range } from '../policy/types';
import { METHODS, type Method, type MethodWeights } from './methods';
import type { MethodResult } from './types';

export interface Reconciled {
  weights: Partial<MethodWeights>;
  value: Range | null;
  /** True when every available approach had weight 0, so they were weighted equally instead. */
  isFallback: boolean;
}

function appliedValues(methods: readonly MethodResult[]): Partial<Record<Method, Range>> {
  const out: Partial<Record<Method, Range>> = {};
  for (const m of methods) if (m.status === 'applied') out[m.method] = m.value;
  return out;
}

/** Weighted low / base / high of the approaches that have a value. */
export function reconcile(methods: readonly MethodResult[], weights: MethodWeights): Reconciled {
  const values = appliedValues(methods);
  const available = METHODS.filter((m) => values[m] !== undefined);
  if (available.length === 0) return { weights: {}, value: null, isFallback: false };
  const total = available.reduce((s, m) => s + weights[m], 0);
  const isFallback = total <= 0;
  const used: Partial<MethodWeights> = {};
  for (const m of available) used[m] = isFallback ? 1 / available.length : weights[m] / total;
  const value: Range = { low: 0, base: 0, high: 0 };
  for (const m of available) {
    const v = values[m] as Range;
    const w = used[m] ?? 0;
    value.low += w * v.low;
    value.base += w * v.base;
    value.high += w * v.high;
  }
  return { weights: used, value, isFallback };
}
