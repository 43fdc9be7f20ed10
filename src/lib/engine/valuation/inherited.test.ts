import { describe, expect, it } from 'vitest';
import { assess } from '../index';
import { asset, enterprise, input } from './fixtures';

const revenue = { use: { inUse: true, products: '', revenueWan: 1000 } };

describe('assess(): inherited parameters (what a reset returns to)', () => {
  it('gives the default when the asset overrides a parameter and the enterprise does not', () => {
    const r = assess(input([asset({ ...revenue, valuation: { royaltyRate: 0.08, economicLifeYears: 6 } })]));
    const a = r.assets[0]!;
    expect(a.valuation.methods[0]).toMatchObject({ status: 'applied', detail: { royalty: { base: 0.08 } } });
    // High-tech row 5-6 %, base 5.5 %; invention life 8 years.
    expect(a.inherited.royalty).toMatchObject({
      origin: 'default',
      value: { low: 0.05, base: 0.055, high: 0.06 }
    });
    expect(a.inherited.economicLife).toMatchObject({ origin: 'default', value: 8 });
  });

  it('gives the enterprise setting when there is one', () => {
    const e = enterprise({ valuationSettings: { discountRate: 0.2, pledgeRates: { invention: 0.3 } } });
    const r = assess(
      input([asset({ ...revenue, valuation: { discountRate: 0.1, pledgeRate: 0.5 } })], { enterprise: e })
    );
    const a = r.assets[0]!;
    expect(a.pledgeRate).toBe(0.5);
    expect(a.inherited.pledgeRate).toMatchObject({ origin: 'enterprise', value: 0.3 });
    expect(a.inherited.discount).toMatchObject({ origin: 'enterprise', value: { base: 0.2 } });
  });

  it('keeps the growth derived from the revenue history', () => {
    // CAGR 100 → 121 over two years = 10 %.
    const history = [
      { year: 2021, revenueWan: 100 },
      { year: 2022, revenueWan: 110 },
      { year: 2023, revenueWan: 121 }
    ];
    const r = assess(input([asset({ valuation: { revenueHistory: history, growth: 0.3 } })]));
    expect(r.assets[0]!.inherited.growth.origin).toBe('derived');
    expect(r.assets[0]!.inherited.growth.value).toBeCloseTo(0.1, 10);
  });
});
