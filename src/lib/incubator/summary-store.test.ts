import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, importBackup, undoImport, type ZhirongDB } from '$lib/db';
import { deleteEnterprise, saveAsset, saveEnterprise } from '$lib/db/repo';
import { assetDraft, enterpriseDraft, freshDb, NOW, TODAY } from '$lib/db/test-fixtures';
import { currentVersions, type KeyVersions } from './summary';
import { refreshSummaries, scanSummaries, SummaryDB } from './summary-store';

let db: ZhirongDB;
let store: SummaryDB;
let versions: KeyVersions;
let n = 0;
beforeEach(async () => {
  db = freshDb();
  store = new SummaryDB(`summaries-test-${Date.now()}-${n++}`);
  versions = await currentVersions();
});
afterEach(async () => {
  db.close();
  await store.delete();
});

const opts = { today: TODAY, now: NOW };

async function threeEnterprises(): Promise<string[]> {
  const ids: string[] = [];
  for (const name of ['甲', '乙', '丙']) {
    const e = await saveEnterprise(db, enterpriseDraft({ name }), opts);
    await saveAsset(db, assetDraft(e.id), opts);
    ids.push(e.id);
  }
  return ids;
}

/** Scans, computes every stale summary, and returns the ids that were stale. */
async function fill(asOf = TODAY, v = versions): Promise<string[]> {
  const { stale } = await scanSummaries(db, store, asOf, v);
  await refreshSummaries(db, store, stale, asOf, v);
  return stale.sort();
}

describe('stored summaries', () => {
  it('are computed once, then read back; an edit invalidates exactly its own enterprise', async () => {
    const [a, b, c] = await threeEnterprises();
    expect(await fill()).toEqual([a, b, c].sort());
    const again = await scanSummaries(db, store, TODAY, versions);
    expect(again.stale).toEqual([]);
    expect(again.lines.map((l) => l.summary?.status)).toEqual(['ok', 'ok', 'ok']);
    expect(again.lines.find((l) => l.id === a)?.assetCount).toBe(1);

    await saveAsset(db, assetDraft(b!, { title: '另一项' }), opts);
    expect(await fill()).toEqual([b]);
    await saveEnterprise(db, { ...(await db.enterprises.get(c!))!, employees: 7 }, opts);
    expect(await fill()).toEqual([c]);
  });

  it('a change that keeps updatedAt (an import of an edited file) still invalidates that enterprise', async () => {
    const [a, b] = await threeEnterprises();
    await fill();
    const backup = await buildBackup(db, { enterpriseId: a! }, NOW);
    const edited = {
      ...backup,
      assets: backup.assets.map((x) => ({
        ...x,
        use: { ...x.use, inUse: true, products: 'x', revenueWan: 5000 }
      }))
    };
    const { undo } = await importBackup(db, edited);
    expect(await fill()).toEqual([a]);
    await undoImport(db, undo);
    expect(await fill()).toEqual([a]);
    // A raw write, as a migration would make it, touching no stamp.
    const asset = (await db.assets.where('enterpriseId').equals(b!).first())!;
    await db.assets.put({ ...asset, pledged: true, pledgee: '某银行' });
    expect(await fill()).toEqual([b]);
  });

  it('a new day, engine or policy version invalidates every summary', async () => {
    const ids = (await threeEnterprises()).sort();
    await fill();
    expect(await fill('2026-11-22')).toEqual(ids);
    expect(await fill('2026-11-22', { ...versions, engine: `${versions.engine}+1` })).toEqual(ids);
    expect(await fill('2026-11-22', { ...versions, engine: `${versions.engine}+1` })).toEqual([]);
    expect(
      await fill('2026-11-22', { ...versions, engine: `${versions.engine}+1`, financingPolicy: 'next' })
    ).toEqual(ids);
  });

  it('drops the summaries of enterprises no longer on the device', async () => {
    const [a, b, c] = await threeEnterprises();
    await fill();
    await deleteEnterprise(db, b!);
    const { lines } = await scanSummaries(db, store, TODAY, versions);
    expect(lines.map((l) => l.id).sort()).toEqual([a, c].sort());
    expect((await store.summaries.toCollection().primaryKeys()).sort()).toEqual([a, c].sort());
    expect(await refreshSummaries(db, store, [b!], TODAY, versions)).toEqual([
      { id: b, key: null, summary: null }
    ]);
  });

  it('lives in its own database: the backup and the app database never see it', async () => {
    await threeEnterprises();
    await fill();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['assets', 'enterprises', 'meta']);
    expect(Object.keys(await buildBackup(db, {}, NOW))).not.toContain('summaries');
    expect(store.name).not.toBe(db.name);
    await store.summaries.clear();
    expect(await db.enterprises.count()).toBe(3);
  });
});
