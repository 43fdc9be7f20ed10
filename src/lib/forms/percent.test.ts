import { describe, expect, it } from 'vitest';
import { decimalToPercent, parsePercent, percentToDecimal } from './percent';

describe('percent at the boundary', () => {
  it('turns a typed percentage into a decimal', () => {
    expect(percentToDecimal(5)).toBe(0.05);
    expect(percentToDecimal(5.5)).toBe(0.055);
    expect(percentToDecimal(-50)).toBe(-0.5);
    expect(parsePercent(' 7 ')).toBe(0.07);
    expect(parsePercent('１５')).toBe(0.15);
  });
  it('shows a decimal as the percentage the user typed, without binary noise', () => {
    expect(decimalToPercent(0.07)).toBe(7);
    expect(decimalToPercent(0.055)).toBe(5.5);
    expect(decimalToPercent(0.1234)).toBe(12.34);
    for (const p of [0.1, 1.5, 3, 5.5, 7, 12.34, 20, 33.3])
      expect(decimalToPercent(percentToDecimal(p))).toBe(p);
  });
  it('keeps empty as undefined and garbage as NaN, never a silent zero', () => {
    expect(parsePercent('')).toBeUndefined();
    expect(percentToDecimal(undefined)).toBeUndefined();
    expect(parsePercent('abc')).toBeNaN();
    expect(decimalToPercent(Number.NaN)).toBeNaN();
  });
});
