import { describe, expect, it } from 'vitest';
import { incomeSchedule, incomeValue, type IncomeSpec } from './income';

interface RoyaltyReliefInputs {
  baseRevenueWan: number | null;
  forecastWan: number[];
  growth: number;
  royaltyRate: number;
  taxRate: number;
  decay: number;
  discountRate: number;
  lifeYears: number;
}

/** The old royalty-relief arguments as the general income spec: constant growth and tax. */
function spec(p: RoyaltyReliefInputs): IncomeSpec {
  return {
    baseWan: p.baseRevenueWan,
    forecastWan: p.forecastWan,
    growth: p.growth,
    growthLongRun: p.growth,
    growthFades: false,
    taxRate: p.taxRate,
    taxYears: Infinity,
    taxAfter: p.taxRate,
    decay: p.decay
  };
}
const royaltyReliefSchedule = (p: RoyaltyReliefInputs) =>
  incomeSchedule(spec(p), p.royaltyRate, p.discountRate, p.lifeYears);
const royaltyReliefValue = (p: RoyaltyReliefInputs) =>
  incomeValue(spec(p), p.royaltyRate, p.discountRate, p.lifeYears);
const revenueAt = (p: RoyaltyReliefInputs, t: number) =>
  incomeSchedule(spec(p), 1, 0, t)[t - 1]?.revenueWan ?? NaN;

const base: RoyaltyReliefInputs = {
  baseRevenueWan: 1000,
  forecastWan: [],
  growth: 0.1,
  royaltyRate: 0.05,
  taxRate: 0.25,
  decay: 0.1,
  discountRate: 0.1,
  lifeYears: 3
};

describe('royalty relief (收益分成法)', () => {
  it('matches a 3-year NPV worked by hand', () => {
    // S_1 = 1000 × 1.1 = 1100, S_2 = 1210, S_3 = 1331
    // CF_1 = 1100 × 5 % × (1 − 25 %) × 0.9^0 = 41.25       PV = 41.25 / 1.1     = 37.5
    // CF_2 = 1210 × 5 % × 0.75 × 0.9^1     = 40.8375      PV = 40.8375 / 1.21  = 33.75
    // CF_3 = 1331 × 5 % × 0.75 × 0.9^2     = 40.429125    PV = 40.429125/1.331 = 30.375
    // V = 37.5 + 33.75 + 30.375 = 101.625
    const years = royaltyReliefSchedule(base);
    expect(years.map((y) => y.revenueWan)).toEqual([1100, 1210, 1331].map((v) => expect.closeTo(v, 9)));
    expect(years.map((y) => y.presentValueWan)).toEqual(
      [37.5, 33.75, 30.375].map((v) => expect.closeTo(v, 9))
    );
    expect(royaltyReliefValue(base)).toBeCloseTo(101.625, 9);
  });

  it('counts only the part of the last year inside a fractional life', () => {
    // Life 2.5: year 3 counts half: 30.375 / 2 = 15.1875; V = 37.5 + 33.75 + 15.1875 = 86.4375
    expect(royaltyReliefValue({ ...base, lifeYears: 2.5 })).toBeCloseTo(86.4375, 9);
    expect(royaltyReliefSchedule({ ...base, lifeYears: 2.5 }).at(-1)?.fraction).toBe(0.5);
  });

  it('uses the forecast, then grows from its last year', () => {
    // forecast [500, 800]; year 3 = 800 × 1.1 = 880
    const p = { ...base, forecastWan: [500, 800] };
    expect([1, 2, 3].map((t) => revenueAt(p, t))).toEqual([500, 800, expect.closeTo(880, 9)]);
  });

  it('is zero with no life left, never NaN', () => {
    expect(royaltyReliefValue({ ...base, lifeYears: 0 })).toBe(0);
    expect(royaltyReliefSchedule({ ...base, lifeYears: 0 })).toEqual([]);
  });

  it('never rises with the discount rate or falls with life (grid)', () => {
    for (const growth of [-0.3, 0, 0.2]) {
      for (const decay of [0, 0.15, 0.4]) {
        let prev = Infinity;
        for (const discountRate of [0.03, 0.08, 0.12, 0.15, 0.18, 0.25, 0.4]) {
          const v = royaltyReliefValue({ ...base, growth, decay, discountRate, lifeYears: 7.3 });
          expect(v).toBeLessThanOrEqual(prev);
          prev = v;
        }
        let last = -Infinity;
        for (const lifeYears of [0, 0.5, 1, 2.2, 5, 9.9, 20]) {
          const v = royaltyReliefValue({ ...base, growth, decay, lifeYears });
          expect(v).toBeGreaterThanOrEqual(last);
          last = v;
        }
      }
    }
  });
});
