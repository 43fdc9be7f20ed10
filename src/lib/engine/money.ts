/**
 * Exact money for anything that reaches a repayment schedule: integer fen (分, 0.01 yuan) in a branded number.
 * Valuations stay decimals in 万元; an amount becomes `Fen` once, at the edge (`wanToFen`, `yuanToFen`), and all
 * schedule arithmetic after that is on integers, which sum exactly.
 *
 * Rounding rule (the only one): to the nearest fen, halves away from zero (四舍五入), as Chinese bank statements
 * and repayment schedules round interest to the fen. The decimal as written is rounded, not its binary
 * approximation: 1.005 yuan is 101 fen (1.005 × 100 is 100.49999… in binary; we round its 15-digit form).
 * Formatting for the screen is not here (UI).
 */

declare const fenBrand: unique symbol;
/** An integer number of fen. Safe up to ±9,007,199,254,740,991 fen (about 90 trillion yuan). */
export type Fen = number & { readonly [fenBrand]: true };

/** Fen in one yuan, and in one 万元. */
export const FEN_PER_YUAN = 100;
export const FEN_PER_WAN = 1_000_000;

/** Rounds `x` to an integer, halves away from zero, after removing binary noise beyond 15 significant digits. */
export function roundHalfAwayFromZero(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite amount: ${x}`);
  const clean = Number(Math.abs(x).toPrecision(15));
  const r = Math.floor(clean + 0.5);
  return x < 0 ? -r : r;
}

function checked(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of the safe integer range: ${n}`);
  return (n === 0 ? 0 : n) as Fen;
}

/** An integer number of fen as `Fen` (throws on a fraction, NaN or an unsafe integer). */
export function fen(n: number): Fen {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of fen: ${n}`);
  return checked(n);
}

/** Yuan to fen, rounded by the rule above. */
export function yuanToFen(yuan: number): Fen {
  return checked(roundHalfAwayFromZero(yuan * FEN_PER_YUAN));
}

/** 万元 to fen, rounded by the rule above. */
export function wanToFen(wan: number): Fen {
  return checked(roundHalfAwayFromZero(wan * FEN_PER_WAN));
}

/** Fen to yuan (a decimal for display or charts; exact for any amount up to 2^53 fen ÷ 100). */
export function fenToYuan(f: Fen): number {
  return f / FEN_PER_YUAN;
}

/** Fen to 万元 (display). */
export function fenToWan(f: Fen): number {
  return f / FEN_PER_WAN;
}

/** Sum of amounts in fen (exact). */
export function sumFen(parts: readonly Fen[]): Fen {
  let s = 0;
  for (const p of parts) s += p;
  return checked(s);
}

/** `amount × rate` (interest, a fee, a subsidy share), rounded to the fen by the rule above. */
export function applyRate(amount: Fen, rate: number): Fen {
  return checked(roundHalfAwayFromZero(amount * rate));
}

/**
 * Splits `total` in proportion to `weights` (≥ 0, not all 0) so the parts sum to `total` exactly: each part but
 * the last is rounded by the rule above, and the last part takes what is left.
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  if (weights.length === 0) throw new RangeError('no parts to allocate to');
  const sum = weights.reduce((s, w) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`bad weight: ${w}`);
    return s + w;
  }, 0);
  if (sum <= 0) throw new RangeError('weights sum to 0');
  const parts: Fen[] = [];
  let given = 0;
  for (let i = 0; i < weights.length - 1; i++) {
    const part = roundHalfAwayFromZero((total * (weights[i] as number)) / sum);
    parts.push(checked(part));
    given += part;
  }
  parts.push(checked(total - given));
  return parts;
}

/** `total` in `n` equal parts (to the fen); the last part absorbs the rounding, so they sum exactly. */
export function splitEvenly(total: Fen, n: number): Fen[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`bad number of parts: ${n}`);
  return allocate(total, new Array<number>(n).fill(1));
}
