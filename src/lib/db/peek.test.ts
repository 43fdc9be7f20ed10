import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, STORES_V1, ZhirongDB } from './database';
import { markBackedUp } from './backup';
import { peekHome } from './peek';
import { listEnterprises, saveAsset, saveEnterprise } from './repo';
import { assetDraft, enterpriseDraft, freshDb, softwareDraft } from './test-fixtures';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('peekHome: the home screen read without Dexie', () => {
  it('lists what Dexie lists: newest change first, each with its asset count, and the last backup', async () => {
    const db = freshDb();
    opened.push(db);
    const a = await saveEnterprise(db, enterpriseDraft({ name: '甲' }), { today: '2026-11-01' });
    const b = await saveEnterprise(db, enterpriseDraft({ name: '乙' }), { today: '2026-11-02' });
    await saveAsset(db, assetDraft(a.id), { today: '2026-11-03' });
    await saveAsset(db, softwareDraft(a.id), { today: '2026-11-03' });
    await saveAsset(db, softwareDraft(b.id, { identifier: '2023SR0000001' }), { today: '2026-11-03' });
    // The third is saved last: it is the newest change.
    const c = await saveEnterprise(db, enterpriseDraft({ name: '丙' }), { today: '2026-11-04' });
    await markBackedUp(db, '2026-11-05T09:30:00.000Z');

    const peeked = await peekHome(indexedDB, db.name);
    expect(peeked?.lastBackupAt).toBe('2026-11-05T09:30:00.000Z');
    expect(peeked?.enterprises.map((e) => [e.name, e.assetCount])).toEqual([
      ['丙', 0],
      ['乙', 1],
      ['甲', 2]
    ]);
    // Field for field what Dexie's own query gives the list screen.
    expect(peeked?.enterprises).toEqual(await listEnterprises(db));
    expect(peeked?.enterprises[0]?.id).toBe(c.id);
  });

  it('on a device without the database: an empty list, and still no database afterwards', async () => {
    const name = `peek-absent-${Date.now()}`;
    expect(await peekHome(indexedDB, name)).toEqual({ enterprises: [], lastBackupAt: null });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('where the browser cannot list its databases, the open of a missing one is aborted: still no database', async () => {
    const name = `peek-unlisted-${Date.now()}`;
    // The factory as older Firefox had it: open() but no databases().
    const withoutList = { open: (n: string) => indexedDB.open(n) } as unknown as IDBFactory;
    expect(await peekHome(withoutList, name)).toEqual({ enterprises: [], lastBackupAt: null });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('a database of an older version is left to Dexie (null), which migrates it', async () => {
    const name = `peek-v1-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    v1.close();
    expect(await peekHome(indexedDB, name)).toBeNull();
    const current = new ZhirongDB(name);
    opened.push(current);
    await current.open();
    current.close();
    expect(current.verno).toBe(DB_VERSION);
    expect(await peekHome(indexedDB, name)).toEqual({ enterprises: [], lastBackupAt: null });
  });

  it('no IndexedDB (WeChat, some private modes): the error Dexie would give, so the owner reads the same message', async () => {
    await expect(peekHome(null)).rejects.toMatchObject({ name: 'MissingAPIError' });
  });
});
