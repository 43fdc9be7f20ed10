import { describe, expect, it } from 'vitest';
import {
  allocate,
  applyRate,
  fen,
  fenToYuan,
  roundHalfAwayFromZero,
  splitEvenly,
  sumFen,
  wanToFen,
  yuanToFen
} from './money';

describe('money in fen', () => {
  it('rounds to the fen, halves away from zero, on the decimal as written', () => {
    // 1.005 yuan = 100.5 fen → 101 (binary 1.005 × 100 = 100.49999…, the 15-digit form is 100.5)
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(-1.005)).toBe(-101);
    expect(yuanToFen(0.125)).toBe(13); // 12.5 fen → 13
    expect(yuanToFen(0.124)).toBe(12);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(yuanToFen(-0.001)).toBe(0);
    expect(Object.is(yuanToFen(-0.001), -0)).toBe(false);
  });

  it('converts 万元: 1.2345678 万元 = 12,345.678 yuan = 1,234,567.8 fen → 1,234,568', () => {
    expect(wanToFen(1.2345678)).toBe(1_234_568);
    expect(wanToFen(1e8)).toBe(1e14); // MAX_WAN (1 trillion yuan) still a safe integer
    expect(fenToYuan(wanToFen(0.01))).toBe(100); // 0.01 万元 = 100 yuan
  });

  it('refuses fractions, NaN and unsafe amounts', () => {
    expect(() => fen(1.5)).toThrow(RangeError);
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => wanToFen(1e12)).toThrow(RangeError); // 1e18 fen > 2^53
  });

  it('interest on 1,000,000.00 yuan at 3.1 % / 12 for one month = 2,583.33 yuan', () => {
    // 100,000,000 fen × 0.031 / 12 = 258,333.33 fen → 258,333
    expect(applyRate(yuanToFen(1_000_000), 0.031 / 12)).toBe(258_333);
  });

  it('splits exactly: 100.00 yuan in 3 = 33.33 + 33.33 + 33.34', () => {
    expect(splitEvenly(fen(10_000), 3)).toEqual([3333, 3333, 3334]);
    expect(sumFen(splitEvenly(fen(10_000), 3))).toBe(10_000);
  });

  it('allocates by weights and the parts always sum to the total (seeded loop)', () => {
    // 1.00 yuan by 1:1:1:1:1:1:1 → 14 fen × 6 + 16 (100 − 84)
    expect(allocate(fen(100), [1, 1, 1, 1, 1, 1, 1])).toEqual([14, 14, 14, 14, 14, 14, 16]);
    let s = 12345;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 500; k++) {
      const total = fen(Math.floor(next() * 1e12));
      const weights = Array.from({ length: 1 + Math.floor(next() * 12) }, () => next());
      if (weights.every((w) => w === 0)) continue;
      const parts = allocate(total, weights);
      expect(sumFen(parts)).toBe(total);
      expect(parts.every((p) => Number.isSafeInteger(p))).toBe(true);
    }
    expect(() => allocate(fen(1), [0, 0])).toThrow(RangeError);
  });
});
