import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverviewRow } from '$lib/incubator/overview';
import type { OverviewFeed } from '$lib/incubator/summary-pool';
import { overviewRow } from '$lib/incubator/test-fixtures';

const pool = vi.hoisted(() => ({
  emit: (_feed: OverviewFeed) => {},
  stop: vi.fn(),
  settled: vi.fn(() => Promise.resolve()),
  clear: vi.fn(() => Promise.resolve())
}));
vi.mock('$lib/incubator/summary-pool', () => ({
  watchOverview: vi.fn((_today: string, onFeed: (feed: OverviewFeed) => void) => {
    pool.emit = onFeed;
    return { stop: pool.stop, settled: pool.settled, clear: pool.clear };
  })
}));

const { IncubatorOverview, OVERVIEW_PAGE } = await import('./incubator-overview.svelte');

function rows(n: number, over: Partial<OverviewRow> = {}): OverviewRow[] {
  return Array.from({ length: n }, (_, i) =>
    overviewRow(`e${i}`, { name: `企业${i}`, grade: i % 2 ? 'A' : 'C', ...over })
  );
}
const feed = (r: OverviewRow[] | undefined): OverviewFeed => ({
  rows: r,
  done: 0,
  total: 0,
  busy: false,
  error: null
});

beforeEach(() => vi.clearAllMocks());

describe('IncubatorOverview', () => {
  it('opens the filters at first when there are more than five enterprises, and then leaves them to the user', () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    pool.emit(feed(undefined));
    expect(o.filtersOpen).toBe(false);
    pool.emit(feed(rows(6)));
    expect(o.filtersOpen).toBe(true);
    o.filtersOpen = false;
    pool.emit(feed(rows(7)));
    expect(o.filtersOpen).toBe(false);
  });

  it('a few enterprises start with the filters closed', () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    pool.emit(feed(rows(5)));
    expect(o.filtersOpen).toBe(false);
  });

  it('shows a page of rows, more on request, and the first page again for a new query', () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    pool.emit(feed(rows(250)));
    expect(o.limit).toBe(OVERVIEW_PAGE);
    o.showMore();
    o.showMore();
    expect(o.limit).toBe(3 * OVERVIEW_PAGE);
    o.query.grade = 'A';
    expect(o.shown).toHaveLength(125);
    expect(o.limit).toBe(OVERVIEW_PAGE);
  });

  it('the minimum pledgeable value as typed filters the rows; clearing the filters keeps the order', () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    pool.emit(feed([...rows(2), ...rows(1, { id: 'big', pledgeableValueWan: 500 })]));
    o.query.sort = 'name';
    o.minPledgeable = '200';
    expect(o.shown.map((r) => r.id)).toEqual(['big']);
    o.clearFilters();
    expect(o.minPledgeable).toBe('');
    expect(o.query.sort).toBe('name');
    expect(o.shown).toHaveLength(3);
  });

  it('the rows for a file wait until every figure is computed', async () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    pool.emit(feed(rows(3)));
    o.query.grade = 'A';
    expect((await o.settledRows()).map((r) => r.id)).toEqual(['e1']);
    expect(pool.settled).toHaveBeenCalled();
  });

  it('stop ends the pool once', () => {
    const o = new IncubatorOverview('2026-12-02');
    o.start();
    o.stop();
    o.stop();
    expect(pool.stop).toHaveBeenCalledTimes(1);
  });
});
