/**
 * What the PDF summary shows, as plain translated text and numbers: the screens' adapter (summary-model.ts) fills
 * it from `assess()`'s result; the layout (document.ts) only places it. The PDF computes nothing of its own.
 */
export interface SummaryModel {
  lang: 'zh-CN' | 'en';
  title: string;
  /** The statement that this is an estimate for preparation, not an appraisal. */
  disclaimer: string;
  generatedOn: string;
  header: { label: string; value: string }[];
  sections: SummarySection[];
  /** Footer: engine and data versions; page x / n is added by the layout. */
  footer: string;
  /** "第 {page} / {pages} 页" with the two placeholders. */
  pageLabel: string;
}

export type SummarySection =
  | { kind: 'table'; title: string; note?: string; columns: Column[]; rows: Cell[][]; empty?: string }
  | { kind: 'list'; title: string; note?: string; items: string[]; empty?: string }
  | { kind: 'facts'; title: string; note?: string; facts: { label: string; value: string }[] }
  | {
      kind: 'bars';
      title: string;
      note?: string;
      bars: { label: string; value: number; text: string }[];
      empty?: string;
    };

export interface Column {
  title: string;
  /** Relative width ('*' shares the rest). */
  width: number | '*' | 'auto';
  align?: 'left' | 'right';
}

export type Cell = string;
