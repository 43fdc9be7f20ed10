/**
 * The asset editor's boxes hold what the owner typed; the valuation input holds values. These turn one into the
 * other and back, on the rules of `$lib/forms/convert` and `$lib/forms/percent`: '' is "not set" (undefined), and
 * text that is not a number stays NaN so the schema refuses it with a message instead of storing a guess.
 */
import { QUALITY_QUESTION_IDS, type AssetValuationInput } from '$lib/engine';
import { fromNumber, halfWidthDigits, toNumber, toOptional } from '$lib/forms/convert';
import { decimalToPercent, parsePercent } from '$lib/forms/percent';

type Input = AssetValuationInput;
/** One row of a two-column list as typed (year + revenue, label + price). */
export type Row = { a: string; b: string };
export type QualityQuestion = (typeof QUALITY_QUESTION_IDS)[number];

/** A stored decimal as the percentage the owner typed: 0.125 → '12.5', undefined → ''. */
export function percentText(decimal: number | undefined): string {
  return fromNumber(decimalToPercent(decimal));
}

/** The revenue history as rows: the year, and the revenue in 万元. */
export function historyRows(history: Input['revenueHistory']): Row[] {
  return (history ?? []).map((r) => ({ a: String(r.year), b: fromNumber(r.revenueWan) }));
}

/** Rows back to the revenue history; no rows is no history (undefined). */
export function historyFromRows(rows: Row[]): Input['revenueHistory'] {
  const history = rows.map((r) => ({
    year: toNumber(r.a) ?? Number.NaN,
    revenueWan: toNumber(r.b) ?? Number.NaN
  }));
  return history.length ? history : undefined;
}

/**
 * A new history row: the year before the earliest year typed, or last year when none is readable yet (an empty or
 * unreadable year box is skipped, so the new row never says "NaN").
 */
export function nextHistoryRow(rows: Row[], thisYear: number): Row {
  const years = rows.map((r) => toNumber(r.a)).filter((y): y is number => Number.isFinite(y));
  return { a: String(years.length ? Math.min(...years) - 1 : thisYear - 1), b: '' };
}

/** The comparables as rows: the label, and the price in 万元. */
export function comparableRows(list: Input['comparables']): Row[] {
  return (list ?? []).map((c) => ({ a: c.label, b: fromNumber(c.priceWan) }));
}

/** Rows back to comparables (the label trimmed); no rows is no comparables (undefined). */
export function comparablesFromRows(rows: Row[]): Input['comparables'] {
  const list = rows.map((r) => ({ label: r.a.trim(), priceWan: toNumber(r.b) ?? Number.NaN }));
  return list.length ? list : undefined;
}

/**
 * The cost approach's amount (万元) and date as typed, over the stored cost: both empty is no cost; otherwise the
 * stored cost's other fields are kept, a missing amount is NaN (the schema asks for it) and an empty date is left out.
 */
export function costFromText(amountText: string, dateText: string, stored: Input['cost']): Input['cost'] {
  const amount = toNumber(amountText);
  const date = toOptional(dateText);
  if (amount === undefined && date === undefined) return undefined;
  const { amountWan: _a, incurredOn: _d, ...rest } = stored ?? {};
  return { ...rest, amountWan: amount ?? Number.NaN, ...(date ? { incurredOn: date } : {}) };
}

/** Yearly after-tax profits (万元) as one line: [120, 150.5] → '120, 150.5'. */
export function profitsText(profits: number[] | undefined): string {
  return (profits ?? []).map((n) => fromNumber(n)).join(', ');
}

/**
 * An ASCII comma between digits with exactly three digits after it ('1,200', '80,90,100'): a thousands comma (as
 * `toNumber` and Chinese finance forms read it) or a list comma, with no way to tell which. The list refuses it
 * rather than guess; the editor says why, with both readings (`profitsAmbiguity`).
 */
const AMBIGUOUS_COMMA = /(\d+(?:\.\d+)?),(\d{3})(?!\d)/;

/** Whether a typed profits list has a comma that could be a thousands comma ('1,200': 1200, or 1 and 200?). */
export function profitsAmbiguous(text: string): boolean {
  return AMBIGUOUS_COMMA.test(halfWidthDigits(text));
}

/** The first such comma's two readings, for the message: '1,200' → { typed: '1,200', whole: '1200', first: '1', second: '200' }. */
export function profitsAmbiguity(
  text: string
): { typed: string; whole: string; first: string; second: string } | null {
  const m = AMBIGUOUS_COMMA.exec(halfWidthDigits(text));
  if (!m) return null;
  const [typed, first = '', second = ''] = m;
  return { typed, whole: `${first}${second}`, first, second };
}

/**
 * A typed list of yearly profits, split on commas (either width), 、, ； and spaces: '120, 150' and '120、150' are two
 * years. A list with a comma that could be a thousands comma ('1,200') is one unreadable item (NaN), so nothing is
 * stored until the owner writes it unambiguously; any other item that is not a number is NaN too.
 */
export function profitsFromText(text: string): number[] {
  if (profitsAmbiguous(text)) return [Number.NaN];
  return text
    .split(/[,，、；;\s]+/)
    .filter((x) => x !== '')
    .map((x) => toNumber(x) ?? Number.NaN);
}

/**
 * The profit-share form from its three boxes (share and margin as percentages, profits as a list): all empty is
 * no profit share; a missing share is NaN (the schema asks for it); empty profits or margin are left out.
 */
export function profitShareFromText(
  shareText: string,
  profitsLine: string,
  marginText: string
): Input['profitShare'] {
  const profits = profitsFromText(profitsLine);
  if (shareText.trim() === '' && profits.length === 0 && marginText.trim() === '') return undefined;
  const margin = parsePercent(marginText);
  return {
    share: parsePercent(shareText) ?? Number.NaN,
    ...(profits.length ? { afterTaxProfitWan: profits } : {}),
    ...(margin !== undefined ? { afterTaxMargin: margin } : {})
  };
}

/** The quality answers as the selects' values, one per question: 4 → '4', unanswered → ''. */
export function answersText(quality: Input['quality']): Record<string, string> {
  return Object.fromEntries(QUALITY_QUESTION_IDS.map((q) => [q, fromNumber(quality?.[q])]));
}

/** The answers with question `q` set from its select ('' clears it); none left is no answers (undefined). */
export function withAnswer(quality: Input['quality'], q: QualityQuestion, text: string): Input['quality'] {
  const next = { ...(quality ?? {}) };
  const n = toNumber(text);
  if (n === undefined) delete next[q];
  else next[q] = n;
  return Object.keys(next).length ? next : undefined;
}
