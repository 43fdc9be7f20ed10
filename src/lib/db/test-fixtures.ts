/** Records and helpers shared by the storage tests (not shipped: only *.test.ts files import this). */
import 'fake-indexeddb/auto';
import type { AssetDraft, EnterpriseDraft } from './repo';
import { ZhirongDB } from './database';
import { assetInput, enterpriseInput } from '$lib/engine/test-fixtures';

/** A valid 统一社会信用代码 (check character computed per GB 32100-2015). */
export const VALID_USCC = '91110108MA01ABCD1E';
/** The same code with a wrong check character. */
export const BAD_USCC = '91110108MA01ABCD1F';

export const TODAY = '2026-11-21';
export const NOW = '2026-11-21T08:00:00.000Z';

let counter = 0;
/** A fresh database with a unique name; close it in afterEach. */
export function freshDb(): ZhirongDB {
  return new ZhirongDB(`test-${Date.now()}-${counter++}`);
}

/** A valid enterprise draft (no id, no timestamps). */
export function enterpriseDraft(over: Partial<EnterpriseDraft> = {}): EnterpriseDraft {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...base
  } = enterpriseInput({
    creditCode: VALID_USCC,
    province: '广东',
    city: '深圳',
    financials: { revenueWan: 3200, netProfitWan: 260 },
    hasHadBankLoan: true
  });
  return { ...base, ...over };
}

/** A valid invention-patent draft of `enterpriseId`, typed as people type the number. */
export function assetDraft(enterpriseId: string, over: Partial<AssetDraft> = {}): AssetDraft {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...base
  } = assetInput({
    enterpriseId,
    identifier: 'ZL 2018 1 0557067.3',
    filingDate: '2018-06-01',
    grantDate: '2021-04-13'
  });
  return { ...base, ...over };
}

/** A valid software-copyright draft of `enterpriseId`. */
export function softwareDraft(enterpriseId: string, over: Partial<AssetDraft> = {}): AssetDraft {
  return assetDraft(enterpriseId, {
    type: 'software',
    identifier: '2022SR1480776',
    title: '知融数据网关软件 V1.0',
    filingDate: undefined,
    grantDate: '2022-10-20',
    firstPublicationDate: '2022-05-01',
    ...over
  });
}
