import { describe, expect, it } from 'vitest';
import { answerScore, qualityIndex } from './quality';

const W = { legal: 0.4, technical: 0.3, economic: 0.3 };

describe('quality index', () => {
  it('maps the 1-5 scale onto 0-100', () => {
    expect([1, 2, 3, 4, 5].map(answerScore)).toEqual([0, 25, 50, 75, 100]);
  });

  it('matches a hand computation and moves the discount rate', () => {
    // legal: (100 + 50) / 2 = 75; technical: 75; economic: unanswered → 50
    // Q = 0.4 × 75 + 0.3 × 75 + 0.3 × 50 = 30 + 22.5 + 15 = 67.5
    // adjustment = (50 − 67.5) / 50 × 3 % = −1.05 pp
    const q = qualityIndex({ stability: 5, design_around: 3, advancement: 4 }, W, 0.03);
    expect(q.scores).toEqual({ legal: 75, technical: 75, economic: 50 });
    expect(q.answered).toEqual({ legal: 2, technical: 1, economic: 0 });
    expect(q.index).toBeCloseTo(67.5, 9);
    expect(q.discountAdjustment).toBeCloseTo(-0.0105, 12);
  });

  it('leaves the rate alone when nothing is answered, and spans ±max premium', () => {
    expect(qualityIndex({}, W, 0.03).discountAdjustment).toBe(0);
    const all = (a: number) =>
      Object.fromEntries(
        ['stability', 'design_around', 'advancement', 'maturity', 'market_application', 'market_size'].map(
          (k) => [k, a]
        )
      );
    expect(qualityIndex(all(5), W, 0.03).discountAdjustment).toBeCloseTo(-0.03, 12);
    expect(qualityIndex(all(1), W, 0.03).discountAdjustment).toBeCloseTo(0.03, 12);
  });
});
