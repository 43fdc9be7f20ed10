import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '$lib/db/instance';
import { deleteEnterprise, saveAsset, saveEnterprise } from '$lib/db/repo';
import { assetDraft, enterpriseDraft, NOW, TODAY } from '$lib/db/test-fixtures';
import { poolSize, watchOverview, type OverviewFeed } from './summary-pool';
import { SummaryDB } from './summary-store';

describe('pool size', () => {
  it('leaves one core to the page, uses at most four, at least one', () => {
    expect([undefined, 0, 1, 2, 3, 4, 8, 16].map(poolSize)).toEqual([1, 1, 1, 1, 2, 3, 4, 4]);
  });
});

describe('the overview feed (in the page: node has no workers)', () => {
  let stop: (() => void) | undefined;
  afterEach(async () => {
    stop?.();
    // Emptied, not deleted: the storage layer and the summary code keep their connections open.
    await getDb().enterprises.clear();
    await getDb().assets.clear();
    const store = new SummaryDB();
    await store.summaries.clear();
    store.close();
  });

  /** Starts the feed; `until` resolves with the first feed that passes `test`. */
  function watch() {
    const feeds: OverviewFeed[] = [];
    let wake: (() => void) | undefined;
    const w = watchOverview(
      TODAY,
      (f) => {
        feeds.push(f);
        wake?.();
      },
      { useWorkers: false }
    );
    stop = w.stop;
    const until = async (test: (f: OverviewFeed) => boolean): Promise<OverviewFeed> => {
      for (;;) {
        const hit = feeds.find(test);
        if (hit) return hit;
        await new Promise<void>((r) => (wake = r));
      }
    };
    return { ...w, feeds, until };
  }

  it('shows every enterprise at once, pending, then with its figures; a write updates it', async () => {
    const db = getDb();
    const opts = { today: TODAY, now: NOW };
    const ids: string[] = [];
    for (const name of ['甲', '乙', '丙']) {
      const e = await saveEnterprise(db, enterpriseDraft({ name }), opts);
      await saveAsset(db, assetDraft(e.id), opts);
      ids.push(e.id);
    }
    const w = watch();
    const first = await w.until((f) => f.rows !== undefined);
    expect(first.rows?.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    expect(first).toMatchObject({ busy: true, done: 0, total: 3 });
    await w.settled();
    const done = await w.until((f) => !f.busy);
    expect(done.rows?.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    expect(done).toMatchObject({ done: 3, total: 3, error: null });

    // An enterprise deleted elsewhere leaves the overview by itself.
    const seen = w.feeds.length;
    await deleteEnterprise(db, ids[1]!);
    const after = await w.until((f) => w.feeds.indexOf(f) >= seen && f.rows?.length === 2 && !f.busy);
    expect(after.rows?.map((r) => r.name).sort()).toEqual(['丙', '甲']);
    // Nothing had to be computed again: the other two came from storage.
    expect(after.total).toBe(0);
  });

  it('a second visit takes every figure from storage', async () => {
    const db = getDb();
    const e = await saveEnterprise(db, enterpriseDraft({ name: '甲' }), { today: TODAY, now: NOW });
    await saveAsset(db, assetDraft(e.id), { today: TODAY, now: NOW });
    const one = watch();
    await one.settled();
    one.stop();
    const two = watch();
    const first = await two.until((f) => f.rows !== undefined && !f.busy);
    expect(first.rows?.[0]).toMatchObject({ name: '甲', status: 'ok' });
    expect(first.total).toBe(0);
  });
});
