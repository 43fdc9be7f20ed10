/**
 * Every schema version's database opens in the current one with every record intact. One row per version: how
 * that version declared its stores, records exactly as it stored them, and what its upgrade adds to a record
 * written by the version before. Adding a version (say 3) is one more row at the end of VERSIONS.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AssetSchema, EnterpriseSchema } from '$lib/engine';
import { DB_VERSION, STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5, ZhirongDB } from './database';
import { VALID_USCC } from './test-fixtures';

type Row = Record<string, unknown>;

interface VersionRow {
  version: number;
  /** The stores exactly as that version declared them. */
  stores: Record<string, string>;
  /** Records exactly as that version stored them (a user may come back with any of them). */
  enterprises: Row[];
  assets: Row[];
  meta: Row[];
  /** What the upgrade into this version adds to a record written by the version before (identity for v1). */
  upgradeEnterprise: (e: Row) => Row;
  upgradeAsset: (a: Row) => Row;
}

const STAMP = '2025-01-02T03:04:05.000Z';

const v1Enterprise = (over: Row = {}): Row => ({
  id: 'e1',
  name: '杭州青禾农业科技有限公司',
  creditCode: VALID_USCC,
  province: '浙江',
  city: '杭州',
  industry: 'agri_food',
  foundedOn: '2012-05-09',
  employees: 35,
  financials: { revenueWan: 1500, netProfitWan: -12.5, totalAssetsWan: 2200, totalLiabilitiesWan: 900 },
  credit: { overdueLast2Years: false, currentOverdue: false },
  qualifications: {
    highTech: false,
    specialized: true,
    littleGiant: false,
    techSme: false,
    innovativeSme: true
  },
  hasHadBankLoan: true,
  loans: [{ id: 'l1', lender: '杭州银行', kind: 'ip_pledge', amountWan: 300, maturesOn: '2027-06-30' }],
  notes: '第一行\n第二行 ‮ 𠀀 😀',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over
});

const v1Asset = (over: Row): Row => ({
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
  use: { inUse: true, products: '保鲜设备', revenueWan: 420 },
  notes: '',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over
});

const V1_ASSETS = [
  v1Asset({
    id: 'a1',
    type: 'invention',
    identifier: '201810557067.3',
    title: '保鲜方法',
    filingDate: '2018-06-01',
    grantDate: '2021-04-13'
  }),
  v1Asset({
    id: 'a2',
    type: 'trademark',
    identifier: '7199523',
    title: '青禾',
    grantDate: '2010-08-14',
    niceClasses: [29, 31],
    pledged: true,
    pledgee: '杭州银行'
  }),
  v1Asset({
    id: 'a3',
    type: 'software',
    identifier: '2022SR1480776',
    title: '冷链监控软件 V1.0',
    grantDate: '2022-10-20',
    firstPublicationDate: '2022-05-01',
    coOwners: [{ name: '浙江某大学', consentToPledge: true }],
    ownedByEnterprise: false
  })
];

/** Adds `key: {}` where the record lacks it (a v2 upgrade keeps a present object as it is). */
const withEmpty =
  (key: string) =>
  (r: Row): Row => ({ ...r, [key]: r[key] ?? {} });

const VERSIONS: VersionRow[] = [
  {
    version: 1,
    stores: STORES_V1,
    enterprises: [v1Enterprise(), v1Enterprise({ id: 'e2', name: 'Second Co. <b>x</b>', loans: [] })],
    assets: V1_ASSETS,
    meta: [
      { key: 'lastBackupAt', value: '2025-01-03T00:00:00.000Z' },
      { key: 'persistAsked', value: { at: STAMP, granted: false } }
    ],
    upgradeEnterprise: (e) => e,
    upgradeAsset: (a) => a
  },
  {
    version: 2,
    stores: STORES_V2,
    enterprises: [
      v1Enterprise({
        valuationSettings: {
          discountRate: 0.12,
          synergy: { enabled: true, rate: 0.05 },
          pledgeRates: { invention: 0.3 }
        }
      }),
      v1Enterprise({ id: 'e2', name: '空设置企业', valuationSettings: {} })
    ],
    assets: [
      {
        ...V1_ASSETS[0],
        valuation: { royaltyRate: 0.03, revenueForecastWan: [100, 120], economicLifeYears: 8 }
      },
      { ...V1_ASSETS[1], valuation: {} },
      { ...V1_ASSETS[2], valuation: { cost: { amountWan: 80, incurredOn: '2021-06-30' } } }
    ],
    meta: [{ key: 'lastBackupAt', value: '2026-02-03T00:00:00.000Z' }],
    upgradeEnterprise: withEmpty('valuationSettings'),
    upgradeAsset: withEmpty('valuation')
  },
  {
    version: 3,
    stores: STORES_V3,
    enterprises: [
      v1Enterprise({
        valuationSettings: { discountRate: 0.13 },
        scenario: { loanTenorYears: 2, amountWantedWan: 300, purpose: 'rnd' }
      }),
      v1Enterprise({
        id: 'e2',
        name: '默认情景企业',
        valuationSettings: {},
        scenario: { loanTenorYears: 1, purpose: 'working_capital' }
      })
    ],
    assets: [
      { ...V1_ASSETS[0], valuation: {} },
      { ...V1_ASSETS[1], valuation: {} },
      { ...V1_ASSETS[2], valuation: {} }
    ],
    meta: [{ key: 'lastBackupAt', value: '2026-11-01T00:00:00.000Z' }],
    // Version 3 gives every enterprise the default scenario (a 1-year working-capital loan) where it has none.
    upgradeEnterprise: (e) =>
      typeof e.scenario === 'object' && e.scenario !== null
        ? e
        : { ...e, scenario: { loanTenorYears: 1, purpose: 'working_capital' } },
    upgradeAsset: (a) => a
  },
  {
    version: 4,
    stores: STORES_V4,
    enterprises: [
      v1Enterprise({
        valuationSettings: {},
        scenario: { loanTenorYears: 1, amountWantedWan: 80, purpose: 'working_capital' },
        documentsReady: ['business_licence', 'credit_report'],
        financingSettings: { bank: { spread: 0.012, guarantee: true }, factoring: { receivablesWan: 120 } }
      }),
      v1Enterprise({
        id: 'e2',
        name: '空清单企业',
        valuationSettings: {},
        scenario: { loanTenorYears: 1, purpose: 'working_capital' },
        documentsReady: [],
        financingSettings: {}
      })
    ],
    assets: [
      { ...V1_ASSETS[0], valuation: {} },
      { ...V1_ASSETS[1], valuation: {} },
      { ...V1_ASSETS[2], valuation: {} }
    ],
    meta: [{ key: 'lastBackupAt', value: '2026-11-20T00:00:00.000Z' }],
    // Version 4 gives every enterprise an empty readiness checklist and the financing defaults where missing.
    upgradeEnterprise: (e) => ({
      ...e,
      documentsReady: Array.isArray(e.documentsReady) ? e.documentsReady : [],
      financingSettings:
        typeof e.financingSettings === 'object' && e.financingSettings !== null ? e.financingSettings : {}
    }),
    upgradeAsset: (a) => a
  },
  {
    version: 5,
    stores: STORES_V5,
    enterprises: [
      v1Enterprise({
        valuationSettings: { shareBy: 'quality', taxBasis: 'own' },
        scenario: { loanTenorYears: 2, purpose: 'rnd' },
        documentsReady: ['business_licence', 'patent_evaluation_report'],
        financingSettings: {},
        products: [
          { id: 'p1', name: '保鲜设备', revenueWan: 900 },
          { id: 'p2', name: '冷链监控服务' }
        ],
        controller: { guarantee: true, personalCreditClean: false },
        taxCreditGrade: 'M',
        court: { enforcement: false, dishonest: false }
      }),
      v1Enterprise({
        id: 'e2',
        name: '未作答企业',
        valuationSettings: {},
        scenario: { loanTenorYears: 1, purpose: 'working_capital' },
        documentsReady: [],
        financingSettings: {},
        products: [],
        controller: {},
        court: {}
      })
    ],
    assets: [
      {
        ...V1_ASSETS[0],
        valuation: {},
        use: { inUse: true, products: '', productIds: ['p1'], shareWeight: 2 },
        acquiredOn: '2025-03-01'
      },
      { ...V1_ASSETS[1], valuation: {}, use: { inUse: true, products: '保鲜设备', productIds: [] } },
      {
        ...V1_ASSETS[2],
        valuation: {},
        holder: 'controller',
        use: { inUse: true, products: '', revenueWan: 120, productIds: ['p2'] }
      }
    ],
    meta: [{ key: 'lastBackupAt', value: '2026-11-24T00:00:00.000Z' }],
    // Version 5 gives every enterprise its (empty) product list and unanswered controller and court questions,
    // and every asset an empty list of product links, where missing.
    upgradeEnterprise: (e) => ({
      ...e,
      products: Array.isArray(e.products) ? e.products : [],
      controller: typeof e.controller === 'object' && e.controller !== null ? e.controller : {},
      court: typeof e.court === 'object' && e.court !== null ? e.court : {}
    }),
    upgradeAsset: (a) => {
      const use = a.use as Record<string, unknown>;
      return Array.isArray(use.productIds) ? a : { ...a, use: { ...use, productIds: [] } };
    }
  }
];

/** A record written by `from`, as the current version must hold it: each later upgrade applied in order. */
function expected(row: Row, from: number, pick: (v: VersionRow) => (r: Row) => Row): Row {
  return VERSIONS.filter((v) => v.version > from).reduce((r, v) => pick(v)(r), row);
}

async function writeAs(name: string, v: VersionRow): Promise<void> {
  const old = new Dexie(name);
  // A Dexie declared exactly as that version was: every version up to it, stores only (its upgrades ran on the
  // user's device long ago; here the records are written as that version wrote them).
  for (const w of VERSIONS.filter((x) => x.version <= v.version)) old.version(w.version).stores(w.stores);
  await old.open();
  expect(old.verno).toBe(v.version);
  await old.table('enterprises').bulkAdd(v.enterprises);
  await old.table('assets').bulkAdd(v.assets);
  await old.table('meta').bulkAdd(v.meta);
  old.close();
}

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));

let n = 0;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('a database written by every schema version opens in the current one', () => {
  it('has a row for every version from 1 to the current one', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(VERSIONS.map((v) => [v.version, v] as const))('version %i', async (_version, v) => {
    const name = `migrate-all-${Date.now()}-${n++}`;
    await writeAs(name, v);
    const db = new ZhirongDB(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const enterprises = await db.enterprises.toArray();
    expect(enterprises.sort(byId)).toEqual(
      v.enterprises.map((e) => expected(e, v.version, (x) => x.upgradeEnterprise)).sort(byId)
    );
    const assets = await db.assets.toArray();
    expect(assets.sort(byId)).toEqual(
      v.assets.map((a) => expected(a, v.version, (x) => x.upgradeAsset)).sort(byId)
    );
    expect(await db.meta.orderBy('key').toArray()).toEqual(
      [...v.meta].sort((a, b) => String(a.key).localeCompare(String(b.key)))
    );
    // Every upgraded record is valid for today's schemas, and every index answers over the upgraded rows.
    for (const e of enterprises) expect(EnterpriseSchema.safeParse(e).error).toBeUndefined();
    for (const a of assets) expect(AssetSchema.safeParse(a).error).toBeUndefined();
    expect(await db.assets.where('enterpriseId').equals('e1').count()).toBe(v.assets.length);
    expect(await db.assets.where('[enterpriseId+type]').equals(['e1', 'trademark']).primaryKeys()).toEqual([
      'a2'
    ]);
    expect(await db.enterprises.orderBy('name').count()).toBe(v.enterprises.length);
  });
});
