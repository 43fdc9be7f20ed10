/** Valid records for engine tests (only *.test.ts files import this). */
import { AssetSchema, type Asset, type AssetInput } from './schema/asset';
import { EnterpriseSchema, type Enterprise, type EnterpriseInput } from './schema/enterprise';

export const ENTERPRISE_ID = 'ent-1';

/** Huawei's code, publicly listed (see identifiers/index.test.ts). */
export const REAL_USCC = '914403001922038216';

export function enterpriseInput(over: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    id: ENTERPRISE_ID,
    name: '深圳市知融科技有限公司',
    creditCode: REAL_USCC,
    province: '440000',
    city: '深圳市南山区',
    industry: 'high_tech',
    foundedOn: '2015-03-02',
    employees: 48,
    financials: { revenueWan: 3200, netProfitWan: 260, totalAssetsWan: 5000, totalLiabilitiesWan: 2100 },
    credit: { overdueLast2Years: false, currentOverdue: false },
    qualifications: {
      highTech: true,
      specialized: false,
      littleGiant: false,
      techSme: true,
      innovativeSme: false
    },
    hasHadBankLoan: false,
    loans: [],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  };
}

export function enterprise(over: Partial<EnterpriseInput> = {}): Enterprise {
  return EnterpriseSchema.parse(enterpriseInput(over));
}

/** Real, publicly listed identifiers per type (sources in identifiers/index.test.ts). */
export const REAL_IDS = {
  invention: '201810557067.3',
  utility: '200920182473.2',
  design: '201730033448.8',
  trademark: '7199523',
  copyright: '国作登字-2021-L-00268255',
  software: '2022SR1480776',
  gi: 'AGI01234',
  ic_layout: 'BS.185559220'
} as const;

export function assetInput(over: Partial<AssetInput> = {}): AssetInput {
  const type = over.type ?? 'invention';
  return {
    id: 'a-1',
    enterpriseId: ENTERPRISE_ID,
    type,
    identifier: REAL_IDS[type],
    title: '一种数据压缩方法',
    status: 'granted',
    authorKind: 'legal_person',
    niceClasses: [],
    ownedByEnterprise: true,
    coOwners: [],
    pledged: false,
    pledgee: '',
    licence: { kind: 'none' },
    disputes: { ownership: false, invalidationPending: false, frozen: false, infringement: false },
    use: { inUse: true, products: '压缩网关', revenueWan: 900 },
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over
  };
}

export function asset(over: Partial<AssetInput> = {}): Asset {
  return AssetSchema.parse(assetInput(over));
}

/** mulberry32: a small seeded generator for property loops, so a failing sequence can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
