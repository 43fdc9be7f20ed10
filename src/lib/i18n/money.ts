/**
 * Money by language, in one place: the screens, the incubator CSV and the PDF write every amount through this.
 *
 * The engine holds amounts in 万元 (10,000 yuan) and, in schedules, in integer fen (shown as yuan).
 * - Chinese, as Chinese finance forms write them: "76.61 万元" (two decimals, the nearest 100 元), "59,129.99 元".
 * - English, as an English reader expects: "RMB 766,100" below a million, "RMB 4.31 m" from a million; schedules
 *   "RMB 59,129.99". Below a million the yuan are rounded to the hundred, the precision of the Chinese figure.
 * - A table column or chart axis names its unit once: "万元" with two decimals, or "RMB '000" with one decimal
 *   (again the nearest 100 yuan).
 * - A CSV cell is a plain number a spreadsheet can sum: 万元 in Chinese, yuan in English.
 * - A form field where the owner types an amount keeps 万元 as its unit (the figures on a Chinese statement).
 * Pure (Intl only): tests and the PDF call it with the language, screens through the `money` store in ./index.ts.
 */
export type MoneyLang = 'zh-CN' | 'en';

export interface MoneyOpts {
  /** A change: '+' before a positive amount. */
  signed?: boolean;
  /** A round figure (a rule's cap): no trailing zero decimals. */
  trim?: boolean;
}

export interface Money {
  lang: MoneyLang;
  /**
   * An amount in 万元 with its unit: '76.61 万元' | 'RMB 766,100' | 'RMB 4.31 m'. Signed (a change): '+76.61 万元',
   * '+RMB 766,100'. Trimmed (a round figure of a rule, a cap): '500 万元' | 'RMB 5 m', no trailing zeros.
   */
  wan(v: number, opts?: MoneyOpts): string;
  /** A low–high range in 万元, one unit for both: '49.44–69.61 万元' | 'RMB 494,400–696,100' | 'RMB 0.49–1.37 m'. */
  wanRange(low: number, high: number): string;
  /** An amount in yuan, to the fen: '59,129.99 元' | 'RMB 59,129.99'; trimmed: '200,000 元' | 'RMB 200,000'. */
  yuan(v: number, opts?: MoneyOpts): string;
  /** The unit of a table column or chart axis of 万元 figures: '万元' | "RMB '000". */
  tableUnit: string;
  /** A 万元 figure as a number in tableUnit, for charts: 76.61 | 766.1. */
  tableValue(v: number): number;
  /** The same as text for a table cell: '76.61' | '766.1'; signed: '+76.61'. */
  tableText(v: number, opts?: { signed?: boolean }): string;
  /** The unit of a column of yuan (schedules): '元' | 'RMB'. */
  yuanUnit: string;
  /** Yuan to the fen without a unit, for such a column: '59,129.99'. */
  yuanText(v: number): string;
  /** The unit of a CSV column of amounts: '万元' | 'RMB'. */
  csvUnit: string;
  /** A 万元 figure as a CSV number in csvUnit: 76.61 | 766100. */
  csvValue(v: number): number;
  /** The unit beside a form field where an amount is typed in 万元: '万元' | 'RMB 10k'. */
  inputUnit: string;
  /**
   * An estimate (a value, a pledgeable value, an indicative amount) to three significant figures, never to the fen:
   * '137 万元', '70.8 万元', '8.53 万元' | 'RMB 1.37 m', 'RMB 766,000', 'RMB 85,300'.
   */
  estimate(v: number): string;
  /** A range of estimates with one precision, the larger end's: '71–137 万元' | 'RMB 0.49–1.37 m'. */
  estimateRange(low: number, high: number): string;
  /** An estimate in a table column that names the unit: '137' | '1,370' (RMB '000). */
  tableEstimate(v: number): string;
}

/** Decimals that leave three significant figures for a magnitude in the unit shown (≥ 100: none). */
function estimateDigits(magnitude: number): number {
  const a = Math.abs(magnitude);
  return a >= 100 ? 0 : a >= 10 ? 1 : 2;
}

const MILLION = 1_000_000;

/** Rounds to `digits` decimals without binary drift (1.005 → 1.01). */
function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round((v + Math.sign(v) * Number.EPSILON * Math.abs(v)) * f) / f;
}

const cache = new Map<string, Intl.NumberFormat>();
function fmt(lang: MoneyLang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, nf);
  }
  return nf;
}

/** Normalises -0 (a rounded tiny negative) to 0, so nothing prints as "-0". */
const noNegZero = (v: number) => (Object.is(v, -0) ? 0 : v);

/** '+' before a positive amount, '-' before a negative one, when asked (a change, not a level). */
function withSign(v: number, signed: boolean | undefined, text: (abs: number) => string): string {
  if (!signed) return text(v);
  const sign = v > 0 ? '+' : v < 0 ? '-' : '';
  return sign + text(Math.abs(v));
}

export function moneyFormat(lang: MoneyLang): Money {
  const n = (v: number, min: number, max: number) => fmt(lang, min, max).format(noNegZero(round(v, max)));
  if (lang === 'en') {
    const yuanOf = (wan: number) => round(wan * 10_000, 0);
    const plain = (yuan: number) => n(round(yuan, -2), 0, 0);
    const millions = (yuan: number, trim = false) => n(yuan / MILLION, trim ? 0 : 2, 2);
    return {
      lang,
      wan: (v, opts) =>
        withSign(v, opts?.signed, (x) => {
          const y = yuanOf(x);
          return Math.abs(y) >= MILLION ? `RMB ${millions(y, opts?.trim)} m` : `RMB ${plain(y)}`;
        }),
      wanRange: (low, high) => {
        const a = yuanOf(low);
        const b = yuanOf(high);
        return Math.max(Math.abs(a), Math.abs(b)) >= MILLION
          ? `RMB ${millions(a)}–${millions(b)} m`
          : `RMB ${plain(a)}–${plain(b)}`;
      },
      yuan: (v, opts) => withSign(v, opts?.signed, (x) => `RMB ${n(x, opts?.trim ? 0 : 2, 2)}`),
      tableUnit: "RMB '000",
      tableValue: (v) => round(v * 10, 1),
      tableText: (v, opts) => withSign(v, opts?.signed, (x) => n(x * 10, 1, 1)),
      yuanUnit: 'RMB',
      yuanText: (v) => n(v, 2, 2),
      csvUnit: 'RMB',
      // The nearest 100 yuan, as the Chinese file's 万元 to two decimals.
      csvValue: (v) => round(v * 100, 0) * 100,
      inputUnit: 'RMB 10k',
      estimate: (v) => {
        const y = yuanOf(v);
        if (Math.abs(y) >= MILLION)
          return `RMB ${n(y / MILLION, estimateDigits(y / MILLION), estimateDigits(y / MILLION))} m`;
        // Below a million: to the thousand from 100,000, else to the hundred (three significant figures).
        return `RMB ${n(round(y, Math.abs(y) >= 100_000 ? -3 : -2), 0, 0)}`;
      },
      estimateRange: (low, high) => {
        const a = yuanOf(low);
        const b = yuanOf(high);
        const top = Math.max(Math.abs(a), Math.abs(b));
        if (top >= MILLION) {
          const d = estimateDigits(top / MILLION);
          return `RMB ${n(a / MILLION, d, d)}–${n(b / MILLION, d, d)} m`;
        }
        const to = top >= 100_000 ? -3 : -2;
        return `RMB ${n(round(a, to), 0, 0)}–${n(round(b, to), 0, 0)}`;
      },
      tableEstimate: (v) => {
        const k = v * 10;
        const d = estimateDigits(k);
        return n(k, d, d);
      }
    };
  }
  return {
    lang,
    wan: (v, opts) => withSign(v, opts?.signed, (x) => `${n(x, opts?.trim ? 0 : 2, 2)} 万元`),
    wanRange: (low, high) => `${n(low, 2, 2)}–${n(high, 2, 2)} 万元`,
    yuan: (v, opts) => withSign(v, opts?.signed, (x) => `${n(x, opts?.trim ? 0 : 2, 2)} 元`),
    tableUnit: '万元',
    tableValue: (v) => round(v, 2),
    tableText: (v, opts) => withSign(v, opts?.signed, (x) => n(x, 2, 2)),
    yuanUnit: '元',
    yuanText: (v) => n(v, 2, 2),
    csvUnit: '万元',
    csvValue: (v) => round(v, 2),
    inputUnit: '万元',
    estimate: (v) => `${n(v, estimateDigits(v), estimateDigits(v))} 万元`,
    estimateRange: (low, high) => {
      const d = estimateDigits(Math.max(Math.abs(low), Math.abs(high)));
      return `${n(low, d, d)}–${n(high, d, d)} 万元`;
    },
    tableEstimate: (v) => n(v, estimateDigits(v), estimateDigits(v))
  };
}

/** The money format of a svelte-i18n locale ('en', 'en-GB' → English; anything else → Chinese). */
export function moneyLang(locale: string | null | undefined): MoneyLang {
  return locale?.startsWith('en') ? 'en' : 'zh-CN';
}
