/**
 * Pledge eligibility of one asset (facts.md §2.1: the grounds on which CNIPA refuses to register a pledge, from the
 * 2021 《专利权质押登记办法》 and earlier CNIPA guidance). Standalone: the readiness check reuses it.
 * Every reason found is listed, not only the first, so the owner sees everything to fix. `blocking` reasons make the
 * asset count zero for a pledge; `caution` reasons do not, but a bank will ask about them.
 */
import { addMonths, compareDates, type IsoDate } from './dates';
import type { LegalTerm } from './legal-term';
import type { Asset } from './schema/asset';

/** `val.eligibility.<code>` */
export const ELIGIBILITY_CODES = [
  'not_granted',
  'expired',
  'lapsed_fees',
  'fee_grace',
  'renewal_grace',
  'invalidated',
  'abandoned',
  'term_unknown',
  'not_owner',
  'gi_collective',
  'co_owner_consent',
  'already_pledged',
  'dispute_ownership',
  'frozen',
  'invalidation_pending',
  'term_shorter_than_loan',
  'infringement_dispute',
  'exclusive_licence',
  'renewal_window'
] as const;
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];

export type Severity = 'blocking' | 'caution';

export interface EligibilityReason {
  /** i18n: `val.eligibility.<code>` */
  code: EligibilityCode;
  severity: Severity;
}

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
}

type EligibilityAsset = Pick<
  Asset,
  'type' | 'ownedByEnterprise' | 'coOwners' | 'pledged' | 'disputes' | 'licence'
>;

const STATUS_CODES: Partial<Record<LegalTerm['status'], EligibilityCode>> = {
  not_granted: 'not_granted',
  expired: 'expired',
  lapsed: 'lapsed_fees',
  // Earlier CNIPA guidance: no pledge registration while the annual fee sits in its grace period.
  fee_grace: 'fee_grace',
  // The registration has run out; it must be renewed before a bank will take it.
  renewal_grace: 'renewal_grace',
  invalidated: 'invalidated',
  abandoned: 'abandoned',
  unknown: 'term_unknown'
};

/** Last day of a loan of `tenorYears` taken at `asOf` (tenor in whole months). */
export function loanEndsOn(asOf: IsoDate, tenorYears: number): IsoDate {
  return addMonths(asOf, Math.round(tenorYears * 12));
}

function termReasons(term: LegalTerm, asOf: IsoDate, loanTenorYears: number): EligibilityCode[] {
  const fromStatus = STATUS_CODES[term.status];
  if (fromStatus) return [fromStatus];
  // CNIPA refuses a pledge whose debt runs past the right's expiry. A trademark can be renewed, but only a renewal
  // already on the register counts.
  if (term.endsOn !== null && compareDates(term.endsOn, loanEndsOn(asOf, loanTenorYears)) < 0) {
    return ['term_shorter_than_loan'];
  }
  return [];
}

function ownershipReasons(a: EligibilityAsset): EligibilityCode[] {
  const out: EligibilityCode[] = [];
  // A GI belongs to a collective (an association); a member enterprise only uses it.
  if (!a.ownedByEnterprise) out.push(a.type === 'gi' ? 'gi_collective' : 'not_owner');
  if (a.coOwners.some((c) => !c.consentToPledge)) out.push('co_owner_consent');
  if (a.pledged) out.push('already_pledged');
  if (a.disputes.ownership) out.push('dispute_ownership');
  if (a.disputes.frozen) out.push('frozen');
  // CNIPA registers during invalidation only if the parties insist; no bank lends on it.
  if (a.disputes.invalidationPending) out.push('invalidation_pending');
  return out;
}

function cautionReasons(a: EligibilityAsset, term: LegalTerm): EligibilityCode[] {
  const out: EligibilityCode[] = [];
  if (a.disputes.infringement) out.push('infringement_dispute');
  if (a.licence.kind === 'exclusive') out.push('exclusive_licence');
  if (term.renewalWindowOpen && term.status === 'in_force') out.push('renewal_window');
  return out;
}

/** Whether `asset` can be pledged for a loan of `loanTenorYears` at `asOf`, and every reason why not. */
export function pledgeEligibility(
  asset: EligibilityAsset,
  term: LegalTerm,
  asOf: IsoDate,
  loanTenorYears: number
): Eligibility {
  const blocking = [...termReasons(term, asOf, loanTenorYears), ...ownershipReasons(asset)];
  const reasons: EligibilityReason[] = [
    ...blocking.map((code) => ({ code, severity: 'blocking' as const })),
    ...cautionReasons(asset, term).map((code) => ({ code, severity: 'caution' as const }))
  ];
  return { eligible: blocking.length === 0, reasons };
}
