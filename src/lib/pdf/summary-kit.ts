/**
 * What every section of the PDF summary formats with: the translate and number functions, money as on the screens,
 * asset titles and sources in the reader's language.
 */
import { fenToWan, type Fen, type Source } from '$lib/engine';
import { moneyFormat, type Money } from '$lib/i18n/money';
import { formats, type Formats } from '$lib/ui/valuation/format';
import { citeSource } from '$lib/ui/source-text';

export type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;
export type FormatNumber = (n: number, options?: Intl.NumberFormatOptions) => string;

export interface SummaryKit {
  t: Translate;
  num: FormatNumber;
  m: Money;
  f: Formats;
  /** An amount in 万元 with its unit, for a sentence or a fact. */
  wan: (n: number) => string;
  /** An estimate in a table column whose heading names the unit. */
  est: (n: number) => string;
  /** An amount in fen in a table column whose heading names the unit. */
  fenCell: (n: Fen) => string;
  /** A rate, or a dash when there is none. */
  rate: (n: number | null) => string;
  /** The heading values that name the table unit (万元, or RMB '000 in English). */
  unit: { values: { unit: string } };
  titleOf: (id: string) => string;
  /** A source as the document it is, in the reader's language (never the team's working notes), and its date. */
  sourceText: (source: Source | null, date: string | null) => string;
}

export function summaryKit(
  lang: 'zh-CN' | 'en',
  t: Translate,
  num: FormatNumber,
  assets: readonly { id: string; title: string }[]
): SummaryKit {
  const m = moneyFormat(lang);
  const f = formats(t, num, m);
  const titles = new Map(assets.map((a) => [a.id, a.title]));
  // Money through $lib/i18n/money as on the screens: with its unit in a sentence or a fact, bare in a table column
  // whose heading names the unit (万元, or RMB '000 in English).
  return {
    t,
    num,
    m,
    f,
    wan: (n) => m.wan(n),
    est: (n) => m.tableEstimate(n),
    fenCell: (n) => m.tableText(fenToWan(n)),
    rate: (n) => (n === null ? '—' : f.pct(n)),
    unit: { values: { unit: m.tableUnit } },
    titleOf: (id) => titles.get(id) ?? id,
    sourceText: (source, date) => {
      const c = citeSource(t, source);
      return [c.document || c.kindText, date ? t('source.from', { values: { date } }) : '', c.url ?? '']
        .filter((x) => x !== '')
        .join(' · ');
    }
  };
}
