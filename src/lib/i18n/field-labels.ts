/**
 * Human names for the places in a record, so an error says "第 2 家企业 › 统一社会信用代码" and not only
 * "enterprises[1].creditCode". Values are i18n keys; a path segment without a name is shown as it is.
 */
import type { MessageRef } from './issue';

const FIELD_KEYS: Record<string, string> = {
  name: 'enterprise.name',
  creditCode: 'enterprise.creditCode',
  province: 'enterprise.province',
  city: 'enterprise.city',
  industry: 'enterprise.industryLabel',
  foundedOn: 'enterprise.foundedOn',
  employees: 'enterprise.employees',
  'financials.revenueWan': 'enterprise.revenue',
  'financials.netProfitWan': 'enterprise.netProfit',
  'financials.totalAssetsWan': 'enterprise.totalAssets',
  'financials.totalLiabilitiesWan': 'enterprise.totalLiabilities',
  'financials.rdSpendingWan': 'enterprise.rdSpending',
  hasHadBankLoan: 'enterprise.hasHadBankLoan',
  'credit.overdueLast2Years': 'enterprise.overdueLast2Years',
  'credit.currentOverdue': 'enterprise.currentOverdue',
  loans: 'enterprise.loansTitle',
  notes: 'enterprise.notes',
  type: 'asset.typeLabel',
  identifier: 'asset.identifier.invention',
  title: 'asset.title.invention',
  status: 'asset.statusLabel',
  filingDate: 'asset.filingDate',
  grantDate: 'asset.grantDate.invention',
  renewedUntil: 'asset.renewedUntil',
  feesPaidThrough: 'asset.feesPaidThrough',
  authorKind: 'asset.authorKind',
  niceClasses: 'asset.niceClasses',
  ownedByEnterprise: 'asset.ownedByEnterprise',
  pledged: 'asset.pledged',
  pledgee: 'asset.pledgee',
  'use.revenueWan': 'asset.revenue',
  'use.products': 'asset.products',
  'licence.annualIncomeWan': 'asset.licenceIncome',
  enterpriseId: 'backup.field.enterpriseId'
};

const RECORD_KEYS: Record<string, string> = {
  enterprises: 'backup.field.enterpriseN',
  assets: 'backup.field.assetN'
};

/** The named parts of a path such as 'enterprises[1].financials.revenueWan', as i18n references. */
export function pathLabels(path: string): MessageRef[] {
  const m = /^(enterprises|assets)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m) return path ? [{ key: FIELD_KEYS[path] ?? '', values: { raw: path } }].filter((r) => r.key) : [];
  const [, table, index, rest] = m as unknown as [string, string, string, string];
  const parts: MessageRef[] = [{ key: RECORD_KEYS[table]!, values: { n: Number(index) + 1 } }];
  const field = rest.replace(/\.\d+.*$/, '').replace(/\[\d+\].*$/, '');
  const fieldKey = FIELD_KEYS[rest] ?? FIELD_KEYS[field];
  if (fieldKey) parts.push({ key: fieldKey });
  return parts;
}
