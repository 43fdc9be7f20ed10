import { describe, expect, it } from 'vitest';
import { adjustComparable, marketRange } from './market';

describe('market approach', () => {
  it('adjusts each comparable by the product of its factors', () => {
    // 100 × 1.1 (time) × 0.9 (technical) = 99
    expect(
      adjustComparable({ label: 'A', priceWan: 100, factors: { time: 1.1, technical: 0.9 } }).adjustedWan
    ).toBeCloseTo(99, 9);
    expect(adjustComparable({ label: 'B', priceWan: 100 }).factor).toBe(1);
  });

  it('spans min, mean and max of the adjusted prices', () => {
    // 99 and 200 × 0.8 = 160: low 99, base (99 + 160) / 2 = 129.5, high 160
    const r = marketRange(
      [
        { label: 'A', priceWan: 100, factors: { time: 1.1, technical: 0.9 } },
        { label: 'B', priceWan: 200, factors: { market: 0.8 } }
      ].map(adjustComparable)
    );
    expect(r?.low).toBeCloseTo(99, 9);
    expect(r?.base).toBeCloseTo(129.5, 9);
    expect(r?.high).toBeCloseTo(160, 9);
  });

  it('has no value without comparables', () => {
    expect(marketRange([])).toBeNull();
  });
});
