/**
 * Income approach, royalty relief (收益分成法), facts.md §9.2:
 *   V = Σ_{t=1..⌈n⌉} S_t · r · (1 − τ) · (1 − δ)^(t−1) · f_t / (1 + i)^t
 * S_t revenue of the products using the asset in year t, r royalty (share of revenue), τ income tax, δ yearly decay
 * of the split, f_t the share of year t inside the remaining life n (1, or the fraction of the last year), i the
 * discount rate. Cash flows fall at the end of each year.
 */
import type { IncomeYear } from './types';

export interface RoyaltyReliefInputs {
  /** Revenue of the last full year (year 0); null when only a forecast is given. */
  baseRevenueWan: number | null;
  /** Revenue of year 1, 2, … when forecast; later years grow from the last one. */
  forecastWan: readonly number[];
  growth: number;
  royaltyRate: number;
  taxRate: number;
  decay: number;
  discountRate: number;
  lifeYears: number;
}

/** Revenue of year t (t ≥ 1): the forecast while it lasts, then growth from the last known year. */
export function revenueAt(
  p: Pick<RoyaltyReliefInputs, 'baseRevenueWan' | 'forecastWan' | 'growth'>,
  t: number
): number {
  const k = p.forecastWan.length;
  if (t <= k) return p.forecastWan[t - 1] ?? 0;
  const anchor = k > 0 ? (p.forecastWan[k - 1] ?? 0) : (p.baseRevenueWan ?? 0);
  return anchor * (1 + p.growth) ** (t - k);
}

/** Whether there is any revenue to split: a positive base year or a positive forecast year. */
export function hasRevenue(p: Pick<RoyaltyReliefInputs, 'baseRevenueWan' | 'forecastWan'>): boolean {
  return (p.baseRevenueWan ?? 0) > 0 || p.forecastWan.some((s) => s > 0);
}

/** The year-by-year schedule of the royalty-relief value. */
export function royaltyReliefSchedule(p: RoyaltyReliefInputs): IncomeYear[] {
  const n = Math.max(0, p.lifeYears);
  const years: IncomeYear[] = [];
  for (let t = 1; t - 1 < n - 1e-9; t++) {
    const fraction = Math.min(1, n - (t - 1));
    const revenueWan = revenueAt(p, t);
    const decayFactor = (1 - p.decay) ** (t - 1);
    const cashFlowWan = revenueWan * p.royaltyRate * (1 - p.taxRate) * decayFactor * fraction;
    const discountFactor = 1 / (1 + p.discountRate) ** t;
    years.push({
      t,
      fraction,
      revenueWan,
      decayFactor,
      cashFlowWan,
      discountFactor,
      presentValueWan: cashFlowWan * discountFactor
    });
  }
  return years;
}

/** Present value of the royalty saved over the remaining life, 万元. */
export function royaltyReliefValue(p: RoyaltyReliefInputs): number {
  return royaltyReliefSchedule(p).reduce((sum, y) => sum + y.presentValueWan, 0);
}
