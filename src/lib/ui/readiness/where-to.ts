/**
 * Where a readiness step is done in the app: the form and the field holding the missing fact (opened and focused
 * through the address's #hash), the documents checklist, or the loan scenario. The overview's "next step" and the
 * readiness screen link the same way.
 */
import type { ReadinessAction } from '$lib/engine';

export interface Destination {
  href: string;
  /** i18n key of the link's text. */
  key: string;
}

/** Fields of the enterprise form a step fills in (their input ids). */
const ENTERPRISE_FIELDS: Partial<Record<ReadinessAction['code'], string>> = {
  enter_founded_on: 'foundedOn',
  enter_revenue: 'revenueWan',
  enter_rd: 'rdSpendingWan',
  raise_rd: 'rdSpendingWan',
  enter_balance_sheet: 'totalAssetsWan',
  lower_leverage: 'totalLiabilitiesWan',
  enter_controller: 'controllerGuarantee',
  controller_guarantee: 'controllerGuarantee',
  repair_personal_credit: 'personalCreditClean',
  enter_tax_grade: 'taxCreditGrade',
  improve_tax_grade: 'taxCreditGrade',
  enter_court: 'courtEnforcement',
  settle_enforcement: 'courtEnforcement',
  clear_dishonest: 'courtDishonest',
  repay_overdue: 'currentOverdue',
  keep_clean_record: 'overdueLast2Years',
  apply_tech_sme: 'techSme',
  apply_high_tech: 'highTech'
};

/** Fields of the asset form a step fills in. */
const ASSET_FIELDS: Partial<Record<ReadinessAction['code'], string>> = {
  enter_ip_revenue: 'revenueWan',
  renew_trademark_early: 'renewedUntil',
  renew_trademark: 'renewedUntil',
  pay_fee: 'feesPaidThrough',
  name_holder: 'holder',
  enter_dates: 'filingDate',
  get_consent: 'coOwner-0'
};

export function whereTo(a: ReadinessAction, enterpriseId: string): Destination | null {
  const q = encodeURIComponent(enterpriseId);
  if (a.code === 'shorten_tenor' || a.code === 'choose_shorter_tenor')
    return { href: '#scenario', key: 'readiness.go.scenario' };
  if (a.code === 'prepare_documents') return { href: '#ready-docs', key: 'readiness.go.docs' };
  // The revenue of a listed product goes in the enterprise's product list, on that product's line.
  if (a.code === 'enter_ip_revenue' && a.params.productId !== undefined)
    return {
      href: `/enterprise?id=${q}#product-${encodeURIComponent(String(a.params.productId))}-revenue`,
      key: 'readiness.go.product'
    };
  if (a.assetId) {
    const field = ASSET_FIELDS[a.code];
    const key =
      a.code === 'enter_ip_revenue'
        ? 'readiness.go.revenue'
        : a.code === 'renew_trademark_early'
          ? 'readiness.go.renewal'
          : 'readiness.go.asset';
    return {
      href: `/asset?e=${q}&id=${encodeURIComponent(a.assetId)}${field ? `#${field}` : ''}`,
      key
    };
  }
  if (a.code === 'put_ip_to_use') return { href: `/assets?e=${q}`, key: 'readiness.go.assets' };
  const field = ENTERPRISE_FIELDS[a.code];
  if (field) return { href: `/enterprise?id=${q}#${field}`, key: 'readiness.go.enterprise' };
  return null;
}
