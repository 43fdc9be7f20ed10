import { describe, expect, it } from 'vitest';
import { reconcile } from './reconcile';
import type { MethodResult } from './types';

const applied = (method: 'income' | 'cost', low: number, base: number, high: number) =>
  ({
    method,
    status: 'applied',
    why: 'x',
    value: { low, base, high },
    detail: {}
  }) as unknown as MethodResult;
const missing: MethodResult = {
  method: 'market',
  status: 'not_applicable',
  why: 'x',
  reason: 'no_comparables'
};

describe('reconcile', () => {
  it('renormalises the weights over the approaches that have a value', () => {
    // Weights 0.6 / 0.2 / 0.2, market missing → 0.75 / 0.25.
    // base = 0.75 × 100 + 0.25 × 50 = 87.5; low = 0.75 × 80 + 0.25 × 40 = 70; high = 0.75 × 120 + 0.25 × 60 = 105
    const r = reconcile([applied('income', 80, 100, 120), applied('cost', 40, 50, 60), missing], {
      income: 0.6,
      cost: 0.2,
      market: 0.2
    });
    expect(r.weights).toEqual({ income: expect.closeTo(0.75, 12), cost: expect.closeTo(0.25, 12) });
    expect(r.value).toEqual({
      low: expect.closeTo(70, 9),
      base: expect.closeTo(87.5, 9),
      high: expect.closeTo(105, 9)
    });
    expect(r.isFallback).toBe(false);
  });

  it('weighs equally when every available approach has weight 0', () => {
    const r = reconcile([applied('income', 10, 10, 10), applied('cost', 30, 30, 30), missing], {
      income: 0,
      cost: 0,
      market: 1
    });
    expect(r.value?.base).toBe(20);
    expect(r.isFallback).toBe(true);
  });

  it('has no value when no approach has one', () => {
    expect(reconcile([missing], { income: 1, cost: 0, market: 0 }).value).toBeNull();
  });
});
