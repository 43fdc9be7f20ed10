/**
 * Income approach, facts.md §9.2, in one formula for its three forms:
 *   V = Σ_{t=1..⌈n⌉} A_t · k · (1 − τ_t) · (1 − δ)^(t−1) · f_t / (1 + i)^t
 * - royalty relief (收益分成法): A_t product revenue, k the royalty (share of revenue), τ_t income tax;
 * - profit share (利润分成法 / 约当投资分成法): A_t after-tax profit (or revenue × after-tax margin), k the share,
 *   τ_t = 0 (the profit is after tax);
 * - observed royalty: A_t the licence income the owner receives, k = 1, τ_t income tax.
 * δ yearly decay of the split, f_t the share of year t inside the remaining life n, i the discount rate. Cash flows
 * fall at the end of each year. A_t is the forecast while it lasts, then grows from the last known year by g_t;
 * growth read from history fades linearly from g_1 to the long-run rate g_L in the last year:
 *   g_t = g_1 + (g_L − g_1) · (t − 1) / (⌈n⌉ − 1)
 * The functions below allocate nothing per year except `incomeSchedule`, which the result shows.
 */
import type { IncomeYear } from './types';

export interface IncomeSpec {
  /** Amount of the base year (year 0); null when only a forecast is given. */
  baseWan: number | null;
  /** Amounts of year 1, 2, … when forecast; later years grow from the last one. */
  forecastWan: readonly number[];
  /** Growth of year 1, and of the last year when it fades. */
  growth: number;
  growthLongRun: number;
  growthFades: boolean;
  /** Tax of years 1..taxYears, and of the years after (a dated relief ending). */
  taxRate: number;
  taxYears: number;
  taxAfter: number;
  decay: number;
}

/** Whether there is any amount to split: a positive base year or a positive forecast year. */
export function hasIncome(p: Pick<IncomeSpec, 'baseWan' | 'forecastWan'>): boolean {
  return (p.baseWan ?? 0) > 0 || p.forecastWan.some((s) => s > 0);
}

/** Growth from year t − 1 to t, with `n` projection years (fading when the spec says so), plus `delta`. */
export function growthAt(p: IncomeSpec, t: number, years: number, delta = 0): number {
  if (!p.growthFades || years <= 1) return p.growth + delta;
  return p.growth + ((p.growthLongRun - p.growth) * (t - 1)) / (years - 1) + delta;
}

/** Present value, 万元, at split `k`, discount `i`, life `lifeYears`, with growth moved by `growthDelta`. */
export function incomeValue(p: IncomeSpec, k: number, i: number, lifeYears: number, growthDelta = 0): number {
  const n = Math.max(0, lifeYears);
  const years = Math.ceil(n - 1e-9);
  const fk = p.forecastWan.length;
  let amount = fk > 0 ? 0 : (p.baseWan ?? 0);
  let last = fk > 0 ? (p.forecastWan[fk - 1] ?? 0) : amount;
  let decay = 1;
  let discount = 1;
  let sum = 0;
  for (let t = 1; t <= years; t++) {
    if (t <= fk) amount = p.forecastWan[t - 1] ?? 0;
    else {
      last = last * (1 + growthAt(p, t, years, growthDelta));
      amount = last;
    }
    discount /= 1 + i;
    const fraction = Math.min(1, n - (t - 1));
    const tax = t <= p.taxYears ? p.taxRate : p.taxAfter;
    sum += amount * k * (1 - tax) * decay * fraction * discount;
    decay *= 1 - p.decay;
  }
  return sum;
}

/** The year-by-year schedule (the base case the result shows, so a bank officer can redo it). */
export function incomeSchedule(p: IncomeSpec, k: number, i: number, lifeYears: number): IncomeYear[] {
  const n = Math.max(0, lifeYears);
  const years = Math.ceil(n - 1e-9);
  const fk = p.forecastWan.length;
  let last = fk > 0 ? (p.forecastWan[fk - 1] ?? 0) : (p.baseWan ?? 0);
  const out = new Array<IncomeYear>(Math.max(0, years));
  for (let t = 1; t <= years; t++) {
    let revenueWan: number;
    let growth = 0;
    if (t <= fk) revenueWan = p.forecastWan[t - 1] ?? 0;
    else {
      growth = growthAt(p, t, years);
      last = last * (1 + growth);
      revenueWan = last;
    }
    const fraction = Math.min(1, n - (t - 1));
    const taxRate = t <= p.taxYears ? p.taxRate : p.taxAfter;
    const decayFactor = (1 - p.decay) ** (t - 1);
    const cashFlowWan = revenueWan * k * (1 - taxRate) * decayFactor * fraction;
    const discountFactor = 1 / (1 + i) ** t;
    out[t - 1] = {
      t,
      fraction,
      revenueWan,
      growth,
      taxRate,
      decayFactor,
      cashFlowWan,
      discountFactor,
      presentValueWan: cashFlowWan * discountFactor
    };
  }
  return out;
}
