/**
 * The asset editor's boxes hold what the owner typed; the valuation input holds values. These turn one into the
 * other and back, on the rules of `$lib/forms/convert` and `$lib/forms/percent`: '' is "not set" (undefined), and
 * text that is not a number stays NaN so the schema refuses it with a message instead of storing a guess.
 */
import { QUALITY_QUESTION_IDS, type AssetValuationInput } from '$lib/engine';
import { fromNumber, toNumber, toOptional } from '$lib/forms/convert';
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

/** A new history row: the year before the earliest one typed, or last year when there is none. */
export function nextHistoryRow(rows: Row[], thisYear: number): Row {
  return {
    a: String(rows.length ? Math.min(...rows.map((r) => toNumber(r.a) ?? thisYear)) - 1 : thisYear - 1),
    b: ''
  };
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
 * A typed list of yearly profits: split on commas (either width), 、 and spaces, so a thousands comma splits too
 * ('1,200' is two years, 1 and 200); an item that is not a number is NaN.
 */
export function profitsFromText(text: string): number[] {
  return text
    .split(/[,，、\s]+/)
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
