/**
 * The valuation screen's list of assets: which rows a search keeps, and which page of them is shown. Pure, so the
 * screen stays the same size with 3 assets or 200: at most `PAGE_SIZE` rows, each folded to one line until opened.
 */

/** Rows per page: 20 one-line rows fill about three phone screens. */
export const PAGE_SIZE = 20;
/** Up to this many assets the list has no search (every row fits on a screen or two). */
export const SEARCH_FROM = 6;

export interface ListRow {
  id: string;
  title: string;
  identifier: string;
  /** The type's name in the current language, so "商标" or "trademark" finds trademarks. */
  typeLabel: string;
  type: string;
}

/** The rows whose title, number or type name contains `text` (case and surrounding spaces ignored), of `type`. */
export function filterRows<T extends ListRow>(rows: readonly T[], text: string, type: string): T[] {
  const q = text.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (type === '' || r.type === type) &&
      (q === '' ||
        r.title.toLocaleLowerCase().includes(q) ||
        r.identifier.toLocaleLowerCase().includes(q) ||
        r.typeLabel.toLocaleLowerCase().includes(q))
  );
}

export interface PageView {
  /** The page shown, 0-based, clamped to the pages there are. */
  index: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 when there is none). */
  from: number;
  to: number;
  total: number;
}

/** Page `index` of `total` rows, clamped (a search that shortens the list never leaves an empty page). */
export function pageOf(total: number, index: number, size = PAGE_SIZE): PageView {
  const pages = Math.max(1, Math.ceil(total / size));
  const i = Math.min(Math.max(0, Math.floor(index)), pages - 1);
  return {
    index: i,
    pages,
    from: total === 0 ? 0 : i * size + 1,
    to: Math.min(total, (i + 1) * size),
    total
  };
}
