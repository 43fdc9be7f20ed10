/**
 * The incubator overview's plumbing: the rows as the summary pool computes them (workers, off the page's thread),
 * the filters and the page of rows in view. The screen renders it; `start` and `stop` follow the screen's life.
 */
import {
  countRows,
  DEFAULT_QUERY,
  filterRows,
  type OverviewQuery,
  type OverviewRow
} from '$lib/incubator/overview';
import { watchOverview, type OverviewFeed } from '$lib/incubator/summary-pool';

/** Rows shown at first; more on request, so a thousand enterprises do not make a thousand list items at once. */
export const OVERVIEW_PAGE = 100;

export class IncubatorOverview {
  #today: string;
  #pool: ReturnType<typeof watchOverview> | undefined;
  /** Whether the filter panel's first state was chosen (open when there are many enterprises); then it is the user's. */
  #filtersDecided = false;
  /** Pages shown for one query: a new query starts at the first page again. */
  #pages = $state({ query: '', count: 1 });

  /** The rows and how far their computing is. */
  feed = $state.raw<OverviewFeed>({ rows: undefined, done: 0, total: 0, busy: true, error: null });
  query = $state<OverviewQuery>({ ...DEFAULT_QUERY });
  /** The minimum pledgeable value as typed, in 万元 (empty: none). */
  minPledgeable = $state('');
  filtersOpen = $state(false);

  readonly rows = $derived<OverviewRow[]>(this.feed.rows ?? []);
  readonly effectiveQuery = $derived<OverviewQuery>({
    ...this.query,
    minPledgeableWan: Number(this.minPledgeable) || 0
  });
  /** The rows the filters let through, in the chosen order. */
  readonly shown = $derived(filterRows(this.rows, this.effectiveQuery));
  readonly counts = $derived(countRows(this.rows));
  /** How many of `shown` are in the list now. */
  readonly limit = $derived(
    this.#pages.query === JSON.stringify(this.effectiveQuery)
      ? this.#pages.count * OVERVIEW_PAGE
      : OVERVIEW_PAGE
  );

  /** `today` (yyyy-mm-dd) is the date the figures are computed at. */
  constructor(today: string) {
    this.#today = today;
  }

  /** Starts reading and computing the rows (when the screen mounts). */
  start(): void {
    this.#pool ??= watchOverview(this.#today, (feed) => {
      this.feed = feed;
      if (!this.#filtersDecided && feed.rows) {
        this.#filtersDecided = true;
        this.filtersOpen = feed.rows.length > 5;
      }
    });
  }

  /** Ends the workers (when the screen closes). */
  stop(): void {
    this.#pool?.stop();
    this.#pool = undefined;
  }

  /** Shows the next page of rows. */
  showMore(): void {
    this.#pages = { query: JSON.stringify(this.effectiveQuery), count: this.limit / OVERVIEW_PAGE + 1 };
  }

  /** Clears every filter; the order stays. */
  clearFilters(): void {
    this.query = { ...DEFAULT_QUERY, sort: this.query.sort };
    this.minPledgeable = '';
  }

  /** The filtered rows once every figure is computed: what a file of the list must hold. */
  async settledRows(): Promise<OverviewRow[]> {
    await this.#pool?.settled();
    return filterRows(this.feed.rows ?? [], this.effectiveQuery);
  }

  /** Forgets the stored summaries (after the device's records were deleted). */
  async clear(): Promise<void> {
    await this.#pool?.clear();
  }
}
