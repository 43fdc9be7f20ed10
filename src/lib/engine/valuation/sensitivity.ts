/**
 * Sensitivity of the base value: re-runs the valuation with one input moved at a time. Moves: discount rate ±2 pp,
 * royalty ×0.8 / ×1.2, remaining life ±1 year (never past the legal term, never below 0), growth ±5 pp.
 */
import type { SensitivityParam, SensitivityRow } from './types';

export interface Tweak {
  discountDelta: number;
  royaltyFactor: number;
  lifeDelta: number;
  growthDelta: number;
}

export const NO_TWEAK: Tweak = { discountDelta: 0, royaltyFactor: 1, lifeDelta: 0, growthDelta: 0 };

interface Move {
  param: SensitivityParam;
  delta: number;
  deltaKind: 'absolute' | 'relative';
  tweak: Partial<Tweak>;
}

export const SENSITIVITY_MOVES: readonly Move[] = [
  { param: 'discountRate', delta: -0.02, deltaKind: 'absolute', tweak: { discountDelta: -0.02 } },
  { param: 'discountRate', delta: 0.02, deltaKind: 'absolute', tweak: { discountDelta: 0.02 } },
  { param: 'royaltyRate', delta: 0.8, deltaKind: 'relative', tweak: { royaltyFactor: 0.8 } },
  { param: 'royaltyRate', delta: 1.2, deltaKind: 'relative', tweak: { royaltyFactor: 1.2 } },
  { param: 'life', delta: -1, deltaKind: 'absolute', tweak: { lifeDelta: -1 } },
  { param: 'life', delta: 1, deltaKind: 'absolute', tweak: { lifeDelta: 1 } },
  { param: 'growth', delta: -0.05, deltaKind: 'absolute', tweak: { growthDelta: -0.05 } },
  { param: 'growth', delta: 0.05, deltaKind: 'absolute', tweak: { growthDelta: 0.05 } }
];

/** One row per move: the base value after the move and its change from the unmoved base. */
export function sensitivity(valueAt: (t: Tweak) => number): SensitivityRow[] {
  const base = valueAt(NO_TWEAK);
  return SENSITIVITY_MOVES.map((m) => {
    const v = valueAt({ ...NO_TWEAK, ...m.tweak });
    return { param: m.param, delta: m.delta, deltaKind: m.deltaKind, baseWan: v, changeWan: v - base };
  });
}
