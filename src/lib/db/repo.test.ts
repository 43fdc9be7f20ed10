import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZhirongDB } from './database';
import { RecordNotFoundError, ValidationError } from './errors';
import {
  deleteAsset,
  deleteEnterprise,
  getAsset,
  getEnterprise,
  listAssets,
  listAssetsOfType,
  listEnterprises,
  restoreSnapshot,
  saveAsset,
  saveEnterprise
} from './repo';
import { assetDraft, BAD_USCC, enterpriseDraft, freshDb, NOW, softwareDraft, TODAY } from './test-fixtures';

let db: ZhirongDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const T1 = '2026-11-20T01:00:00.000Z';
const T2 = '2026-11-20T02:00:00.000Z';
const T3 = '2026-11-20T03:00:00.000Z';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e
  );
}

/** The issues of a ValidationError as [path, message] pairs. */
async function issuesOf(p: Promise<unknown>): Promise<[string, string][]> {
  const e = await rejection(p);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => [i.path.join('.'), i.message]);
}

describe('saveEnterprise', () => {
  it('creates a record with a uuid, timestamps, normalized credit code and default valuation settings', async () => {
    const saved = await saveEnterprise(db, enterpriseDraft({ creditCode: ' 91110108ma01abcd1e ' }), {
      today: TODAY,
      now: NOW
    });
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(saved.createdAt).toBe(NOW);
    expect(saved.updatedAt).toBe(NOW);
    expect(saved.creditCode).toBe('91110108MA01ABCD1E');
    expect((saved as { valuationSettings?: unknown }).valuationSettings).toEqual({});
    expect(await getEnterprise(db, saved.id)).toEqual(saved);
  });

  it('updates in place: keeps createdAt and valuation settings a form did not send, moves updatedAt', async () => {
    const first = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    await db.enterprises.update(first.id, { valuationSettings: { discountRate: 0.12 } } as object);
    const second = await saveEnterprise(
      db,
      { ...enterpriseDraft({ name: '新名字' }), id: first.id },
      { today: TODAY, now: T2 }
    );
    expect(second).toMatchObject({ id: first.id, name: '新名字', createdAt: T1, updatedAt: T2 });
    expect(await db.enterprises.count()).toBe(1);
    expect((await getEnterprise(db, first.id)) as object).toMatchObject({
      valuationSettings: { discountRate: 0.12 }
    });
  });

  it.each([
    ['revenue 1e20', { financials: { revenueWan: 1e20 } }, [['financials.revenueWan', 'errors.max']]],
    ['negative revenue', { financials: { revenueWan: -1 } }, [['financials.revenueWan', 'errors.min']]],
    ['NaN revenue', { financials: { revenueWan: NaN } }, [['financials.revenueWan', 'errors.number']]],
    ['a founding date tomorrow', { foundedOn: '2026-11-22' }, [['foundedOn', 'errors.future_date']]],
    ['a bad credit code', { creditCode: BAD_USCC }, [['creditCode', 'identifier.checksum']]],
    ['an empty name', { name: '  ' }, [['name', 'errors.required']]],
    [
      'several problems at once',
      { name: '', foundedOn: '2030-01-01', employees: 1.5 },
      [
        ['name', 'errors.required'],
        ['employees', 'errors.integer'],
        ['foundedOn', 'errors.future_date']
      ]
    ]
  ])('refuses %s and writes nothing', async (_label, over, expected) => {
    const issues = await issuesOf(saveEnterprise(db, enterpriseDraft(over), { today: TODAY, now: NOW }));
    expect(issues).toEqual(expected);
    expect(await db.enterprises.count()).toBe(0);
  });

  it('refuses Infinity and writes nothing', async () => {
    const e = await rejection(
      saveEnterprise(db, enterpriseDraft({ financials: { revenueWan: Infinity } }), { today: TODAY })
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues[0]?.path).toEqual(['financials', 'revenueWan']);
    expect(await db.enterprises.count()).toBe(0);
  });

  it('accepts a founding date of today', async () => {
    const saved = await saveEnterprise(db, enterpriseDraft({ foundedOn: TODAY }), { today: TODAY });
    expect(saved.foundedOn).toBe(TODAY);
  });

  it('does not overwrite a stored record with an invalid update', async () => {
    const first = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    await rejection(saveEnterprise(db, { ...enterpriseDraft({ name: '' }), id: first.id }, { today: TODAY }));
    expect(await getEnterprise(db, first.id)).toEqual(first);
  });
});

describe('listEnterprises', () => {
  it('sorts by updatedAt, newest first, with asset counts; saving an asset touches its enterprise', async () => {
    const a = await saveEnterprise(db, enterpriseDraft({ name: 'A' }), { today: TODAY, now: T1 });
    const b = await saveEnterprise(db, enterpriseDraft({ name: 'B' }), { today: TODAY, now: T2 });
    expect((await listEnterprises(db)).map((e) => [e.name, e.assetCount])).toEqual([
      ['B', 0],
      ['A', 0]
    ]);
    await saveAsset(db, assetDraft(a.id), { today: TODAY, now: T3 });
    await saveAsset(db, softwareDraft(a.id), { today: TODAY, now: T3 });
    const list = await listEnterprises(db);
    expect(list.map((e) => [e.name, e.assetCount, e.updatedAt])).toEqual([
      ['A', 2, T3],
      ['B', 0, T2]
    ]);
    expect(b.updatedAt).toBe(T2);
  });

  it('is empty for an empty database', async () => {
    expect(await listEnterprises(db)).toEqual([]);
  });
});

describe('saveAsset', () => {
  it('stores a normalized asset with default valuation and lists it by enterprise and type', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    const patent = await saveAsset(db, assetDraft(e.id), { today: TODAY, now: T2 });
    const software = await saveAsset(db, softwareDraft(e.id), { today: TODAY, now: T3 });
    expect(patent.identifier).toBe('201810557067.3');
    expect((patent as { valuation?: unknown }).valuation).toEqual({});
    expect(await getAsset(db, patent.id)).toEqual(patent);
    expect((await listAssets(db, e.id)).map((a) => a.id)).toEqual([patent.id, software.id]);
    expect((await listAssetsOfType(db, e.id, 'software')).map((a) => a.id)).toEqual([software.id]);
    expect(await listAssets(db, 'other')).toEqual([]);
  });

  it('refuses an asset of a missing enterprise with RecordNotFoundError and writes nothing', async () => {
    const e = await rejection(saveAsset(db, assetDraft('ghost'), { today: TODAY, now: NOW }));
    expect(e).toBeInstanceOf(RecordNotFoundError);
    expect(e).toMatchObject({ table: 'enterprises', id: 'ghost' });
    expect(await db.assets.count()).toBe(0);
  });

  it.each([
    ['a grant date in the future', { grantDate: '2026-12-01' }, [['grantDate', 'errors.future_date']]],
    [
      'a utility-model number on an invention',
      { identifier: '202120123456.2' },
      [['identifier', 'identifier.type_mismatch']]
    ],
    ['a grant before filing', { grantDate: '2017-01-01' }, [['grantDate', 'errors.grant_before_filing']]],
    [
      'product revenue 1e20',
      { use: { inUse: true, products: '', revenueWan: 1e20 } },
      [['use.revenueWan', 'errors.max']]
    ]
  ])('refuses %s, writes nothing and leaves the enterprise untouched', async (_label, over, expected) => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    expect(await issuesOf(saveAsset(db, assetDraft(e.id, over), { today: TODAY, now: T2 }))).toEqual(
      expected
    );
    expect(await db.assets.count()).toBe(0);
    expect((await getEnterprise(db, e.id))?.updatedAt).toBe(T1);
  });

  it('keeps createdAt and a stored valuation on update', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    const first = await saveAsset(db, assetDraft(e.id), { today: TODAY, now: T1 });
    await db.assets.update(first.id, { valuation: { royaltyRate: 0.05 } } as object);
    const second = await saveAsset(
      db,
      { ...assetDraft(e.id, { title: '改名' }), id: first.id },
      { today: TODAY, now: T2 }
    );
    expect(second).toMatchObject({
      createdAt: T1,
      updatedAt: T2,
      title: '改名',
      valuation: { royaltyRate: 0.05 }
    });
    expect(await db.assets.count()).toBe(1);
  });
});

describe('delete and undo', () => {
  it('deleteEnterprise removes the enterprise and only its assets, and restoreSnapshot puts them back as they were', async () => {
    const a = await saveEnterprise(db, enterpriseDraft({ name: 'A' }), { today: TODAY, now: T1 });
    const b = await saveEnterprise(db, enterpriseDraft({ name: 'B' }), { today: TODAY, now: T1 });
    await saveAsset(db, assetDraft(a.id), { today: TODAY, now: T2 });
    await saveAsset(db, softwareDraft(a.id), { today: TODAY, now: T2 });
    const kept = await saveAsset(db, assetDraft(b.id), { today: TODAY, now: T2 });
    const before = { enterprise: await getEnterprise(db, a.id), assets: await listAssets(db, a.id) };

    const snapshot = await deleteEnterprise(db, a.id);
    expect(snapshot?.enterprise).toEqual(before.enterprise);
    expect(snapshot?.assets).toHaveLength(2);
    expect(await getEnterprise(db, a.id)).toBeUndefined();
    expect((await db.assets.toArray()).map((x) => x.id)).toEqual([kept.id]);

    await restoreSnapshot(db, snapshot!, T3);
    expect(await getEnterprise(db, a.id)).toEqual(before.enterprise);
    expect(await listAssets(db, a.id)).toEqual(before.assets);
  });

  it('deleteEnterprise of an unknown id returns undefined', async () => {
    expect(await deleteEnterprise(db, 'nope')).toBeUndefined();
  });

  it('deleteEnterprise is one transaction: a failure while deleting the enterprise keeps its assets', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    await saveAsset(db, assetDraft(e.id), { today: TODAY, now: T2 });
    db.enterprises.hook('deleting', () => {
      throw new Error('simulated failure');
    });
    await expect(deleteEnterprise(db, e.id)).rejects.toThrow('simulated failure');
    expect(await db.assets.count()).toBe(1);
    expect(await db.enterprises.count()).toBe(1);
  });

  it('deleteAsset touches the enterprise; undo restores the asset and touches it again', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    const asset = await saveAsset(db, assetDraft(e.id), { today: TODAY, now: T1 });
    const snapshot = await deleteAsset(db, asset.id, T2);
    expect(snapshot).toEqual({ assets: [asset] });
    expect(await getAsset(db, asset.id)).toBeUndefined();
    expect((await getEnterprise(db, e.id))?.updatedAt).toBe(T2);
    await restoreSnapshot(db, snapshot!, T3);
    expect(await getAsset(db, asset.id)).toEqual(asset);
    expect((await getEnterprise(db, e.id))?.updatedAt).toBe(T3);
  });

  it('undoing an asset delete after its enterprise was deleted fails and writes nothing', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), { today: TODAY, now: T1 });
    const asset = await saveAsset(db, assetDraft(e.id), { today: TODAY, now: T1 });
    const snapshot = await deleteAsset(db, asset.id, T2);
    await deleteEnterprise(db, e.id);
    expect(await rejection(restoreSnapshot(db, snapshot!, T3))).toBeInstanceOf(RecordNotFoundError);
    expect(await db.assets.count()).toBe(0);
  });
});
