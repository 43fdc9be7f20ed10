/**
 * Builders of valid assessment inputs for tests and the bench. Pure data, no test framework.
 */
import type { AssetType } from '../schema/asset-type';
import type { AssetInput } from '../schema/asset';
import type { EnterpriseInput } from '../schema/enterprise';
import type { AssessmentInput } from '../schema/input';
import { assetInput } from '../test-fixtures';

export const AS_OF = '2024-01-01';

export function enterprise(over: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    id: 'e1',
    name: '测试科技有限公司',
    creditCode: '',
    province: '广东',
    city: '深圳',
    industry: 'high_tech',
    financials: {},
    credit: { overdueLast2Years: false, currentOverdue: false },
    qualifications: {
      highTech: false,
      specialized: false,
      littleGiant: false,
      techSme: false,
      innovativeSme: false
    },
    hasHadBankLoan: false,
    loans: [],
    notes: '',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...over
  };
}

/** A granted, owned, undisputed asset of `type`, filed 2020-01-01 (granted 2021-06-01). */
export function asset(over: Partial<AssetInput> & { type?: AssetType } = {}): AssetInput {
  const type = over.type ?? 'invention';
  return assetInput({
    id: 'a1',
    enterpriseId: 'e1',
    type,
    title: '测试资产',
    filingDate: '2020-01-01',
    grantDate: '2021-06-01',
    firstPublicationDate: type === 'software' || type === 'copyright' ? '2020-01-01' : undefined,
    niceClasses: type === 'trademark' ? [9] : [],
    use: { inUse: true, products: '' },
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...over
  });
}

export function input(
  assets: AssetInput[],
  over: { enterprise?: Partial<EnterpriseInput>; asOf?: string; loanTenorYears?: number } = {}
): AssessmentInput {
  return {
    asOf: over.asOf ?? AS_OF,
    enterprise: enterprise(over.enterprise),
    assets,
    options: { loanTenorYears: over.loanTenorYears ?? 1 }
  };
}
