/**
 * Rates are typed as percentages (5 means 5 %) and stored as decimals (0.05). The conversion happens here, at the
 * boundary, and nowhere else. Rounding to 12 significant digits only removes binary noise (0.07 × 100 =
 * 7.000000000000001), never a digit the user typed.
 */
import { toNumber } from './convert';

const clean = (n: number) => Number(n.toPrecision(12));

/** 5 → 0.05; undefined and NaN pass through so the schema can say what is wrong. */
export function percentToDecimal(percent: number | undefined): number | undefined {
  if (percent === undefined || Number.isNaN(percent)) return percent;
  return clean(percent / 100);
}

/** 0.05 → 5 */
export function decimalToPercent(decimal: number | undefined): number | undefined {
  if (decimal === undefined || Number.isNaN(decimal)) return decimal;
  return clean(decimal * 100);
}

/** '5.5' → 0.055, '' → undefined, 'abc' → NaN. */
export function parsePercent(text: string): number | undefined {
  return percentToDecimal(toNumber(text));
}
