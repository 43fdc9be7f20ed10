import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, importBackup, backupToJson, type ZhirongDB } from '$lib/db';
import { parseBackup } from '$lib/db/backup-parse';
import {
  deleteEverything,
  listEverything,
  saveAsset,
  saveEnterprise,
  saveEnterpriseWithAssets
} from '$lib/db/repo';
import { assetDraft, enterpriseDraft, freshDb, NOW, TODAY } from '$lib/db/test-fixtures';
import { singleEnterprise, withNewIds } from './handover';

let db: ZhirongDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function seed() {
  const e = await saveEnterprise(db, enterpriseDraft({ name: '甲公司' }), { today: TODAY, now: NOW });
  await saveAsset(db, assetDraft(e.id), { today: TODAY, now: NOW });
  return e;
}

describe('hand-over: keep both', () => {
  it('gives the enterprise and its assets new ids; the copy validates and sits beside the original', async () => {
    const e = await seed();
    const backup = await buildBackup(db, { enterpriseId: e.id }, NOW);
    let n = 0;
    const copy = withNewIds(backup, () => `new-${++n}`);
    expect(copy.enterprises[0]?.id).toBe('new-1');
    expect(copy.assets[0]).toMatchObject({ id: 'new-2', enterpriseId: 'new-1' });
    // The copy is still a valid backup (parsed by the same rules as a file).
    const parsed = parseBackup(backupToJson(copy), TODAY);
    expect(parsed.ok).toBe(true);
    await importBackup(db, copy);
    const all = await listEverything(db);
    expect(all.enterprises.map((x) => x.name)).toEqual(['甲公司', '甲公司']);
    expect(all.assets).toHaveLength(2);
    expect(singleEnterprise(copy)).toEqual({ id: 'new-1', name: '甲公司' });
  });

  it('quick intake saves the enterprise with its assets, or nothing when one asset is invalid', async () => {
    const { enterpriseId: _e, ...asset } = assetDraft('x');
    const r = await saveEnterpriseWithAssets(db, enterpriseDraft({ name: '乙公司' }), [asset, asset], {
      today: TODAY,
      now: NOW
    });
    expect(r.assets.map((a) => a.enterpriseId)).toEqual([r.enterprise.id, r.enterprise.id]);
    const bad = { ...asset, identifier: '' };
    await expect(
      saveEnterpriseWithAssets(db, enterpriseDraft({ name: '丙公司' }), [asset, bad], {
        today: TODAY,
        now: NOW
      })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    const all = await listEverything(db);
    expect(all.enterprises.map((e) => e.name)).toEqual(['乙公司']);
    expect(all.assets).toHaveLength(2);
  });

  it('removes every enterprise and asset in one step and says how many', async () => {
    await seed();
    await seed();
    expect(await deleteEverything(db)).toEqual({ enterprises: 2, assets: 2 });
    expect(await listEverything(db)).toEqual({ enterprises: [], assets: [] });
  });
});
