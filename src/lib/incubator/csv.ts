/**
 * The overview as a CSV file for Excel and WPS: UTF-8 with a byte-order mark (without it Excel on Windows reads
 * Chinese as GBK and shows mojibake), CRLF line ends, quoting by papaparse (RFC 4180: commas, quotes, newlines).
 * A text cell starting with = + - @ (or tab / CR) gets a leading ' so a spreadsheet never runs it as a formula
 * (CSV injection); numbers are written as numbers. papaparse is loaded on export only.
 */
import type { Money } from '$lib/i18n/money';
import type { OverviewRow } from './overview';

export const CSV_BOM = '\uFEFF';

/** The words of the file in the user's language: column titles and the names of codes. */
export interface CsvLabels {
  headers: {
    name: string;
    region: string;
    city: string;
    industry: string;
    assets: string;
    grade: string;
    score: string;
    pledgeable: string;
    loanLow: string;
    loanBase: string;
    loanHigh: string;
    blockers: string;
    updated: string;
  };
  region: (code: string) => string;
  industry: (code: string) => string;
  blocker: (code: string) => string;
  /** What a row says when the enterprise could not be assessed. */
  invalid: string;
  /** yyyy-mm-dd of a stored timestamp. */
  date: (iso: string) => string;
  /** Amounts as numbers in the language's CSV unit (万元 to 2 decimals, or yuan), which the headers name. */
  money: Pick<Money, 'csvValue'>;
}

/** Cells that must not start a formula: the first character only (a newline later in the text does not matter). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One line per enterprise, in the given order, with a header line. */
export function csvTable(rows: readonly OverviewRow[], l: CsvLabels): (string | number)[][] {
  const h = l.headers;
  /** An amount in the CSV unit, '' when there is no figure. */
  const wan = (v: number | null): number | '' => (v === null ? '' : l.money.csvValue(v));
  const header = [
    h.name,
    h.region,
    h.city,
    h.industry,
    h.assets,
    h.grade,
    h.score,
    h.pledgeable,
    h.loanLow,
    h.loanBase,
    h.loanHigh,
    h.blockers,
    h.updated
  ];
  const body = rows.map((r) => [
    r.name,
    r.province ? l.region(r.province) : '',
    r.city,
    l.industry(r.industry),
    r.assetCount,
    r.grade ?? l.invalid,
    r.score ?? '',
    wan(r.pledgeableValueWan),
    wan(r.loanLowWan),
    wan(r.loanBaseWan),
    wan(r.loanHighWan),
    r.blockers.map(l.blocker).join('; '),
    l.date(r.updatedAt)
  ]);
  return [header, ...body];
}

/** The whole file's text, starting with the byte-order mark. */
export async function overviewCsv(rows: readonly OverviewRow[], labels: CsvLabels): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(csvTable(rows, labels), {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
    quotes: false
  });
  return CSV_BOM + text + '\r\n';
}

/** 'zhirong-incubator-2026-11-22.csv' */
export function csvFileName(date: string): string {
  return `zhirong-incubator-${date}.csv`;
}
