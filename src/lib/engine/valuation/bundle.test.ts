import { describe, expect, it } from 'vitest';
import { bundle, type BundleAsset } from './bundle';

const line = (assetId: string, base: number, pledgeRate: number, eligible = true): BundleAsset => ({
  assetId,
  type: 'invention',
  value: { low: base * 0.8, base, high: base * 1.2 },
  pledgeRate,
  eligibility: eligible
    ? { eligible, reasons: [] }
    : { eligible, reasons: [{ code: 'already_pledged', severity: 'blocking' }] },
  sensitivity: []
});

describe('bundle (打包组合)', () => {
  it('sums, applies the synergy to the eligible assets and counts ineligible ones zero', () => {
    // Eligible: 100 × 25 % + 200 × 40 % = 25 + 80 = 105; synergy 5 % → 105 × 1.05 = 110.25
    // Bundle value: (100 + 200) × 1.05 = 315; total (all assets) base = 100 + 200 + 50 = 350
    const b = bundle([line('a', 100, 0.25), line('b', 200, 0.4), line('c', 50, 0.25, false)], {
      enabled: true,
      rate: 0.05
    });
    expect(b.total.base).toBe(350);
    expect(b.eligibleValueWan).toBe(300);
    expect(b.synergy.amountWan).toBeCloseTo(15, 9);
    expect(b.bundleValueWan).toBeCloseTo(315, 9);
    expect(b.pledgeableValueWan).toBeCloseTo(110.25, 9);
    expect(b.lines[2]).toMatchObject({
      pledgeableValueWan: 0,
      zeroBecause: 'ineligible',
      reasons: [{ code: 'already_pledged', severity: 'blocking' }]
    });
  });

  it('needs two eligible assets for a synergy', () => {
    const b = bundle([line('a', 100, 0.25)], { enabled: true, rate: 0.1 });
    expect(b.synergy).toMatchObject({ amountWan: 0, factor: 1, reason: 'needs_two_assets' });
    expect(b.pledgeableValueWan).toBe(25);
  });

  it('carries the synergy factor readiness applies, also when the lines pledge nothing', () => {
    // Two eligible assets with a 10 % synergy: factor 1.1, whatever their pledge rates.
    expect(
      bundle([line('a', 100, 0.25), line('b', 50, 0.3)], { enabled: true, rate: 0.1 }).synergy.factor
    ).toBe(1.1);
    // Pledge rates of 0: nothing pledgeable, but the synergy still applies to what an asset may add later
    // (0 ÷ 0 gave no factor to recover, which read as 1).
    expect(bundle([line('a', 100, 0), line('b', 50, 0)], { enabled: true, rate: 0.1 }).synergy.factor).toBe(
      1.1
    );
    expect(
      bundle([line('a', 100, 0.25), line('b', 50, 0.3)], { enabled: false, rate: 0.1 }).synergy.factor
    ).toBe(1);
  });

  it('is all zeros for no assets', () => {
    const b = bundle([], { enabled: false, rate: 0 });
    expect(b).toMatchObject({
      total: { low: 0, base: 0, high: 0 },
      pledgeableValueWan: 0,
      bundleValueWan: 0,
      lines: [],
      sensitivity: []
    });
  });
});
