import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AssetSchema, EnterpriseSchema } from '$lib/engine';
import {
  DB_VERSION,
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
  ZhirongDB,
  type ConnectionEvent
} from './database';
import {
  upgradeToV2,
  upgradeToV3,
  withEnterpriseDefaultsV3,
  withEnterpriseDefaultsV4,
  withEnterpriseDefaultsV5
} from './migrations';
import { listAssetsOfType } from './repo';
import { VALID_USCC } from './test-fixtures';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

let n = 0;
const uniqueName = () => `db-test-${Date.now()}-${n++}`;

/** Records exactly as version 1 stored them: no valuation, no valuationSettings. */
const V1_ENTERPRISE = {
  id: 'e1',
  name: '杭州青禾农业科技有限公司',
  creditCode: VALID_USCC,
  province: '浙江',
  city: '杭州',
  industry: 'agri_food',
  foundedOn: '2012-05-09',
  financials: { revenueWan: 1500 },
  credit: { overdueLast2Years: false, currentOverdue: false },
  qualifications: {
    highTech: false,
    specialized: true,
    littleGiant: false,
    techSme: false,
    innovativeSme: true
  },
  hasHadBankLoan: false,
  loans: [],
  notes: '',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z'
};
const V1_ASSET_BASE = {
  enterpriseId: 'e1',
  status: 'granted',
  authorKind: 'legal_person',
  niceClasses: [],
  ownedByEnterprise: true,
  coOwners: [],
  pledged: false,
  pledgee: '',
  licence: { kind: 'none' },
  disputes: { ownership: false, invalidationPending: false, frozen: false, infringement: false },
  use: { inUse: true, products: '' },
  notes: '',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z'
};
const V1_ASSETS = [
  {
    ...V1_ASSET_BASE,
    id: 'a1',
    type: 'invention',
    identifier: '201810557067.3',
    title: '保鲜方法',
    filingDate: '2018-06-01'
  },
  {
    ...V1_ASSET_BASE,
    id: 'a2',
    type: 'trademark',
    identifier: '7199523',
    title: '青禾',
    grantDate: '2010-08-14',
    niceClasses: [29, 31]
  }
];

async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.table('enterprises').add(V1_ENTERPRISE);
  await v1.table('assets').bulkAdd(V1_ASSETS);
  await v1.table('meta').put({ key: 'lastBackupAt', value: '2025-01-03T00:00:00.000Z' });
  v1.close();
}

describe('schema versions', () => {
  it('declares version 5 as the newest and the [enterpriseId+type] index on assets', async () => {
    const db = new ZhirongDB(uniqueName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(5);
    expect(db.assets.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[enterpriseId+type]',
      'enterpriseId',
      'type'
    ]);
    expect(db.enterprises.schema.indexes.map((i) => i.name).sort()).toEqual(['name', 'updatedAt']);
    expect(db.meta.schema.primKey.name).toBe('key');
    expect(STORES_V2.enterprises).toBe(STORES_V1.enterprises);
  });

  it('upgrades a version 1 database: fills valuation objects, keeps every field, records parse with current schemas', async () => {
    const name = uniqueName();
    await createV1Database(name);
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const enterprise = await db.enterprises.get('e1');
    expect(enterprise).toEqual({
      ...V1_ENTERPRISE,
      valuationSettings: {},
      scenario: DEFAULT_SCENARIO_V3,
      ...V4_FIELDS
    });
    expect(() => EnterpriseSchema.parse(enterprise)).not.toThrow();

    const assets = await db.assets.orderBy('id').toArray();
    expect(assets).toEqual(V1_ASSETS.map((a) => v5Asset({ ...a, valuation: {} })));
    for (const a of assets) expect(() => AssetSchema.parse(a)).not.toThrow();

    // The new compound index was built over the upgraded rows.
    expect((await listAssetsOfType(db, 'e1', 'trademark')).map((a) => a.id)).toEqual(['a2']);
    expect(await listAssetsOfType(db, 'e1', 'design')).toEqual([]);
    expect(await db.meta.get('lastBackupAt')).toEqual({
      key: 'lastBackupAt',
      value: '2025-01-03T00:00:00.000Z'
    });
  });

  it('upgradeToV2 keeps valuation objects already present and replaces malformed ones', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.table('assets').bulkAdd([
      { ...V1_ASSETS[0], valuation: { method: 'relief', rate: 0.03 } },
      { ...V1_ASSETS[1], valuation: null }
    ]);
    await v1.table('enterprises').add({ ...V1_ENTERPRISE, valuationSettings: [1] });
    v1.close();
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    opened.push(v2);
    expect((await v2.table('assets').toArray()).map((a: { valuation: unknown }) => a.valuation)).toEqual([
      { method: 'relief', rate: 0.03 },
      {}
    ]);
    expect((await v2.table('enterprises').get('e1')).valuationSettings).toEqual({});
  });
});

/** The default scenario written by upgradeToV3, spelt out: a 1-year working-capital loan, no amount yet. */
const DEFAULT_SCENARIO_V3 = { loanTenorYears: 1, purpose: 'working_capital' };

/** A version 2 database as version 2 left it: valuation objects present, no scenario. */
async function createV2Database(name: string, enterprises: object[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(STORES_V1);
  v2.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  await v2.table('enterprises').bulkAdd(enterprises);
  await v2.table('assets').bulkAdd(V1_ASSETS.map((a) => ({ ...a, valuation: {} })));
  v2.close();
}

/**
 * What versions 4 and 5 add to every enterprise: an empty readiness checklist and the financing defaults (4); no
 * products and the controller and court questions unanswered (5).
 */
const V4_FIELDS = { documentsReady: [], financingSettings: {}, products: [], controller: {}, court: {} };

/** What version 5 adds to every asset: no links to listed products. */
function v5Asset<T extends { use: object }>(a: T): T {
  return { ...a, use: { ...a.use, productIds: [] } };
}

describe('version 3: the financing scenario', () => {
  const V2_ENTERPRISE = { ...V1_ENTERPRISE, valuationSettings: { discountRate: 0.14 } };

  it('upgradeToV3 gives every v2 enterprise the default scenario and keeps every other field', async () => {
    const name = uniqueName();
    await createV2Database(name, [V2_ENTERPRISE, { ...V2_ENTERPRISE, id: 'e2', name: '第二家' }]);
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const enterprises = await db.enterprises.orderBy('id').toArray();
    expect(enterprises).toEqual([
      { ...V2_ENTERPRISE, scenario: DEFAULT_SCENARIO_V3, ...V4_FIELDS },
      { ...V2_ENTERPRISE, id: 'e2', name: '第二家', scenario: DEFAULT_SCENARIO_V3, ...V4_FIELDS }
    ]);
    const parsed = EnterpriseSchema.parse(enterprises[0]);
    expect(parsed.scenario).toEqual({ loanTenorYears: 1, purpose: 'working_capital' });
    // Assets are untouched by this step (version 5 then adds their empty product links).
    expect(await db.assets.orderBy('id').toArray()).toEqual(
      V1_ASSETS.map((a) => v5Asset({ ...a, valuation: {} }))
    );
  });

  it('upgradeToV3 keeps a scenario already present and replaces a malformed one', async () => {
    const name = uniqueName();
    const kept = { loanTenorYears: 3, amountWantedWan: 500, purpose: 'rnd' };
    await createV2Database(name, [
      { ...V2_ENTERPRISE, scenario: kept },
      { ...V2_ENTERPRISE, id: 'e2', scenario: 'three years' }
    ]);
    const v3 = new Dexie(name);
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    v3.version(3).stores(STORES_V3).upgrade(upgradeToV3);
    opened.push(v3);
    const rows = await v3.table('enterprises').orderBy('id').toArray();
    expect(rows.map((e: { scenario: unknown }) => e.scenario)).toEqual([kept, DEFAULT_SCENARIO_V3]);
  });

  it('withEnterpriseDefaultsV3 fills a missing scenario (backup files written before version 3)', () => {
    expect(withEnterpriseDefaultsV3({ id: 'e1' })).toEqual({
      id: 'e1',
      valuationSettings: {},
      scenario: DEFAULT_SCENARIO_V3
    });
    expect(withEnterpriseDefaultsV3({ id: 'e1', scenario: { loanTenorYears: 2 } }).scenario).toEqual({
      loanTenorYears: 2
    });
  });
});

describe('version 4: readiness checklist and financing settings', () => {
  it('upgradeToV4 gives every v3 enterprise an empty checklist and default financing, keeping what is there', async () => {
    const name = uniqueName();
    const v3 = new Dexie(name);
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2);
    v3.version(3).stores(STORES_V3);
    await v3.open();
    const base = { ...V1_ENTERPRISE, valuationSettings: {}, scenario: DEFAULT_SCENARIO_V3 };
    await v3.table('enterprises').bulkAdd([
      base,
      {
        ...base,
        id: 'e2',
        documentsReady: ['business_licence'],
        financingSettings: { bank: { spread: 0.012 } }
      },
      { ...base, id: 'e3', documentsReady: 'all', financingSettings: null }
    ]);
    v3.close();
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    const rows = await db.enterprises.orderBy('id').toArray();
    expect(rows.map((e) => [e.documentsReady, e.financingSettings])).toEqual([
      [[], {}],
      [['business_licence'], { bank: { spread: 0.012 } }],
      [[], {}]
    ]);
    for (const e of rows) expect(EnterpriseSchema.safeParse(e).error).toBeUndefined();
  });

  it('withEnterpriseDefaultsV5 fills every later field for backup files written before version 5', () => {
    expect(withEnterpriseDefaultsV5({ id: 'e1', controller: { guarantee: true } })).toEqual({
      id: 'e1',
      valuationSettings: {},
      scenario: DEFAULT_SCENARIO_V3,
      documentsReady: [],
      financingSettings: {},
      products: [],
      controller: { guarantee: true },
      court: {}
    });
  });

  it('withEnterpriseDefaultsV4 fills both for backup files written before version 4', () => {
    expect(withEnterpriseDefaultsV4({ id: 'e1' })).toEqual({
      id: 'e1',
      valuationSettings: {},
      scenario: DEFAULT_SCENARIO_V3,
      documentsReady: [],
      financingSettings: {}
    });
  });
});

describe('version 5: products and the credit officer’s questions', () => {
  it('upgradeToV5 keeps product lists and answers already present and replaces malformed ones', async () => {
    const name = uniqueName();
    const v4 = new Dexie(name);
    for (const [n, stores] of [
      [1, STORES_V1],
      [2, STORES_V2],
      [3, STORES_V3],
      [4, STORES_V4]
    ] as const)
      v4.version(n).stores(stores);
    const base = {
      ...V1_ENTERPRISE,
      valuationSettings: {},
      scenario: DEFAULT_SCENARIO_V3,
      documentsReady: []
    };
    await v4.table('enterprises').bulkAdd([
      {
        ...base,
        financingSettings: {},
        products: [{ id: 'p1', name: '网关' }],
        controller: { guarantee: true }
      },
      { ...base, id: 'e2', financingSettings: {}, products: 'junk', controller: null, court: [1] }
    ]);
    await v4.table('assets').bulkAdd([
      { ...V1_ASSETS[0], valuation: {}, use: { inUse: true, products: '', productIds: ['p1'] } },
      { ...V1_ASSETS[1], valuation: {}, use: { inUse: true, products: '', productIds: 'p1' } }
    ]);
    v4.close();
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    const rows = await db.enterprises.orderBy('id').toArray();
    expect(rows.map((e) => [e.products, e.controller, e.court])).toEqual([
      [[{ id: 'p1', name: '网关' }], { guarantee: true }, {}],
      [[], {}, {}]
    ]);
    expect((await db.assets.orderBy('id').toArray()).map((a) => a.use.productIds)).toEqual([['p1'], []]);
  });
});

describe('connection events', () => {
  it('closes for good and reports versionchange when another tab upgrades', async () => {
    const name = uniqueName();
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    const events: ConnectionEvent[] = [];
    db.onConnectionEvent((e) => events.push(e));

    const newer = new Dexie(name);
    newer.version(DB_VERSION + 1).stores(STORES_V3);
    opened.push(newer);
    await newer.open();

    expect(events).toEqual([{ kind: 'versionchange', deleted: false }]);
    expect(db.isStale).toBe(true);
    expect(db.isOpen()).toBe(false);
    await expect(db.enterprises.count()).rejects.toThrow(/closed/i);
  });

  it('reports deletion by another tab as versionchange with deleted: true', async () => {
    const name = uniqueName();
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    const events: ConnectionEvent[] = [];
    db.onConnectionEvent((e) => events.push(e));
    await Dexie.delete(name);
    expect(events).toEqual([{ kind: 'versionchange', deleted: true }]);
  });

  it('reports blocked while an old connection holds the database, then opens once it closes', async () => {
    const name = uniqueName();
    await createV1Database(name);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10); // Dexie stores version n as 10 n
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = new ZhirongDB(name);
    opened.push(db);
    const events: ConnectionEvent[] = [];
    db.onConnectionEvent((e) => events.push(e));
    const opening = db.open();
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([{ kind: 'blocked' }]);
    expect(db.isBlocked).toBe(true);

    raw.close();
    await opening;
    expect(db.isBlocked).toBe(false);
    expect((await db.assets.get('a1'))?.valuation).toEqual({});
  });

  it('stops calling a listener after unsubscribe', async () => {
    const name = uniqueName();
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    const events: ConnectionEvent[] = [];
    const off = db.onConnectionEvent((e) => events.push(e));
    off();
    await Dexie.delete(name);
    expect(events).toEqual([]);
    expect(db.isStale).toBe(true);
  });
});
