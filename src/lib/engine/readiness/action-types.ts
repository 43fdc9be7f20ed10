/** The codes, horizons and tiers of readiness steps, and what a step needs to know of an asset. */
import type { LegalTerm } from '../legal-term';
import type { AssetType } from '../schema/asset-type';

/** i18n: `readiness.action.<code>` */
export type ActionCode =
  | 'enter_ip_revenue'
  | 'pay_fee'
  | 'restore_patent'
  | 'renew_trademark'
  | 'renew_trademark_early'
  | 'get_consent'
  | 'release_pledge'
  | 'name_holder'
  | 'record_transfer'
  | 'resolve_dispute'
  | 'lift_freeze'
  | 'await_invalidation'
  | 'shorten_tenor'
  | 'await_grant'
  | 'enter_dates'
  | 'repay_overdue'
  | 'clear_dishonest'
  | 'keep_clean_record'
  | 'enter_controller'
  | 'controller_guarantee'
  | 'repair_personal_credit'
  | 'enter_tax_grade'
  | 'improve_tax_grade'
  | 'enter_court'
  | 'settle_enforcement'
  | 'enter_founded_on'
  | 'operate_longer'
  | 'enter_revenue'
  | 'enter_balance_sheet'
  | 'lower_leverage'
  | 'apply_tech_sme'
  | 'apply_high_tech'
  | 'put_ip_to_use'
  | 'enter_rd'
  | 'raise_rd'
  | 'choose_shorter_tenor'
  | 'prepare_documents';

/** How soon the step can be done: now (days), weeks, or only over a long time. */
export type Horizon = 'now' | 'weeks' | 'long';

/** Where the step comes in the ranking (`policy/readiness.ts` ACTION_EFFORT_WEEKS says the order). */
export type ActionTier = 'value' | 'loan_blocker' | 'asset_blocker' | 'points' | 'grade' | 'other';

/** Where the owner types the revenue that gives an asset its value: its own form, or a listed product. */
export interface RevenueInput {
  productId: string | null;
  productName: string | null;
}

/** What the asset page needs to phrase an asset's step. */
export interface GapAsset {
  id: string;
  type: AssetType;
  title: string;
  identifier: string;
  term: LegalTerm;
  pledgee: string;
  coOwnersWithoutConsent: string[];
  /** The asset has no value for want of revenue: where to enter it (null when it has a value or cannot get one). */
  revenueInput: RevenueInput | null;
}
