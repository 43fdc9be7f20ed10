import { describe, expect, it } from 'vitest';
import { costValue, obsolescence } from './cost';

describe('cost approach', () => {
  it('matches a hand computation', () => {
    // Replacement cost 100 × 1.1 (index) × (1 + 20 %) = 132; obsolescence 4 / (4 + 6) = 0.4; V = 132 × 0.6 = 79.2
    expect(
      costValue({
        amountWan: 100,
        priceIndex: 1.1,
        reasonableProfit: 0.2,
        elapsedYears: 4,
        remainingYears: 6
      })
    ).toBeCloseTo(79.2, 9);
  });

  it('is fully obsolete when no life remains, and new when nothing has elapsed', () => {
    expect(obsolescence(3, 0)).toBe(1);
    expect(obsolescence(0, 0)).toBe(1);
    expect(obsolescence(0, 5)).toBe(0);
  });

  it('never rises when the remaining life shortens', () => {
    let prev = Infinity;
    for (const remainingYears of [10, 5, 2, 1, 0.5, 0]) {
      const v = costValue({
        amountWan: 50,
        priceIndex: 1,
        reasonableProfit: 0.2,
        elapsedYears: 3,
        remainingYears
      });
      expect(v).toBeLessThanOrEqual(prev);
      prev = v;
    }
  });
});
