import { describe, expect, it } from 'vitest';
import { remainingLife } from './life';

describe('remaining economic life (孰短原则)', () => {
  it('takes the shorter and says which bound it', () => {
    expect(remainingLife(8, 16.2)).toEqual({
      years: 8,
      economicYears: 8,
      legalYears: 16.2,
      boundBy: 'economic'
    });
    expect(remainingLife(8, 2.5)).toEqual({
      years: 2.5,
      economicYears: 8,
      legalYears: 2.5,
      boundBy: 'legal'
    });
    expect(remainingLife(5, null)).toEqual({
      years: 5,
      economicYears: 5,
      legalYears: null,
      boundBy: 'economic'
    });
    expect(remainingLife(5, 0).years).toBe(0);
  });
});
