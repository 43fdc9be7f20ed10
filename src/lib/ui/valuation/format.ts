/**
 * How the screens write numbers: rates as percentages, years with one decimal, money by language through
 * $lib/i18n/money (`m.wan` with its unit, `m.tableText` in a column that names the unit). `wan` is a bare 万元
 * figure with 2 decimals. Pure: the i18n formatters come in as arguments (`$_`, `$number`, `$money`).
 */
import type { QualityWeights, Range } from '$lib/engine';
import type { Money } from '$lib/i18n/money';

export const WAN = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
export const PCT = { style: 'percent', maximumFractionDigits: 2 } as const satisfies Intl.NumberFormatOptions;
const YEARS = { maximumFractionDigits: 1 } as const;

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;
type FormatNumber = (n: number, options?: Intl.NumberFormatOptions) => string;

/** A low–high range whose three values may differ. */
export function isRange(v: unknown): v is Range {
  return typeof v === 'object' && v !== null && 'low' in v && 'base' in v && 'high' in v;
}

/** The screen's number formats, bound to the current language. */
export function formats(t: Translate, num: FormatNumber, m: Money) {
  // A rate that rounds to zero is 0 %, never '-0%' (a subsidised cost a hair below zero).
  const pct = (n: number) => num(Math.abs(n) < 0.00005 ? 0 : n, PCT);
  const wan = (n: number) => num(n, WAN);
  const years = (n: number) => num(n, YEARS);
  /** '5.5%' for a number or a range without spread, '5.5% (5%–6%)' for a range. */
  const pctRange = (v: number | Range) =>
    typeof v === 'number' || (v.low === v.base && v.base === v.high)
      ? pct(typeof v === 'number' ? v : v.base)
      : t('valuationScreen.fmt.range', { values: { base: pct(v.base), low: pct(v.low), high: pct(v.high) } });
  const weights = (w: QualityWeights) =>
    t('valuationScreen.fmt.qualityWeights', {
      values: { legal: pct(w.legal), technical: pct(w.technical), economic: pct(w.economic) }
    });
  /** An estimate and its range, to three significant figures: '101 万元（71–137 万元）' | 'RMB 1.01 m (RMB 0.71–1.37 m)'. */
  const moneyRange = (v: Range) =>
    t('valuationScreen.rangeText', {
      values: {
        base: m.estimate(v.base),
        low: m.estimate(v.low),
        high: m.estimate(v.high),
        range: m.estimateRange(v.low, v.high)
      }
    });
  return { pct, wan, years, pctRange, weights, m, moneyRange };
}

export type Formats = ReturnType<typeof formats>;
