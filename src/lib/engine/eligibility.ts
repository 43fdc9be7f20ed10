/**
 * Pledge eligibility of one asset (facts.md §2.1: the grounds on which CNIPA refuses to register a pledge, from the
 * 2021 《专利权质押登记办法》 and earlier CNIPA guidance). Standalone: the readiness check reuses it.
 * Every reason found is listed, not only the first, so the owner sees everything to fix. `blocking` reasons make the
 * asset count zero for a pledge; `caution` reasons do not, but a bank will ask about them.
 */
import { addMonths, compareDates, monthsOfYears, type IsoDate } from './dates';
import type { LegalTerm } from './legal-term';
import { RECENT_ACQUISITION } from './policy/readiness';
import type { Asset } from './schema/asset';
import { isPatentType } from './schema/asset-type';

/** `valuation.eligibility.<code>` */
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
  /** The enterprise only holds a licence: a licence cannot be pledged. */
  'licence_only',
  /** A trademark not renewed by the end of its grace period is cancelled and cannot be restored. */
  'trademark_lapsed',
  'infringement_dispute',
  'exclusive_licence',
  'renewal_window',
  /** Held by the controller, a shareholder or another party: it pledges for the company's loan as a third party. */
  'third_party_holder',
  /** A patent in a person's name made in the course of their work for the enterprise: an ownership risk. */
  'service_invention',
  /** A patent in a person's name: the bank will ask whether it is a service invention. */
  'service_invention_unknown',
  /** Bought or transferred within the last 12 months: the bank checks the price and the transfer. */
  'recently_acquired'
] as const;
export type EligibilityCode = (typeof ELIGIBILITY_CODES)[number];

export type Severity = 'blocking' | 'caution';

export interface EligibilityReason {
  /** i18n: `valuation.eligibility.<code>` */
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
> &
  Partial<Pick<Asset, 'holder' | 'serviceInvention' | 'acquiredOn'>>;

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
  return addMonths(asOf, monthsOfYears(tenorYears));
}

function termReasons(
  type: Asset['type'],
  term: LegalTerm,
  asOf: IsoDate,
  loanTenorYears: number
): EligibilityCode[] {
  // A trademark past its renewal grace, or cancelled on the register, cannot be restored (商标法 第四十条): unlike a
  // patent lapsed for fees, there is no restoration request, only a new application.
  if (type === 'trademark' && (term.status === 'expired' || term.status === 'lapsed'))
    return ['trademark_lapsed'];
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
  // A GI belongs to a collective (an association); a member enterprise only uses it. A right another person holds
  // can be pledged by that holder for the company's loan (债务人或者第三人出质, 民法典 第四百二十五条, 第四百四十六条):
  // a caution, not a blocker. A licence cannot be pledged. Until the owner says who holds it, it cannot count.
  if (!a.ownedByEnterprise) {
    if (a.type === 'gi') out.push('gi_collective');
    else if (a.holder === 'licence_only') out.push('licence_only');
    else if (a.holder === undefined) out.push('not_owner');
  }
  if (a.coOwners.some((c) => !c.consentToPledge)) out.push('co_owner_consent');
  if (a.pledged) out.push('already_pledged');
  if (a.disputes.ownership) out.push('dispute_ownership');
  if (a.disputes.frozen) out.push('frozen');
  // CNIPA registers during invalidation only if the parties insist; no bank lends on it.
  if (a.disputes.invalidationPending) out.push('invalidation_pending');
  return out;
}

/** A right held by a natural person (the controller or a shareholder), not by the enterprise. */
export function heldByPerson(a: Pick<EligibilityAsset, 'ownedByEnterprise' | 'holder'>): boolean {
  return !a.ownedByEnterprise && (a.holder === 'controller' || a.holder === 'shareholder');
}

function cautionReasons(a: EligibilityAsset, term: LegalTerm, asOf: IsoDate): EligibilityCode[] {
  const out: EligibilityCode[] = [];
  if (a.disputes.infringement) out.push('infringement_dispute');
  if (a.licence.kind === 'exclusive') out.push('exclusive_licence');
  if (term.renewalWindowOpen && term.status === 'in_force') out.push('renewal_window');
  if (!a.ownedByEnterprise && a.type !== 'gi' && a.holder !== undefined && a.holder !== 'licence_only')
    out.push('third_party_holder');
  // A service invention belongs to the employer (专利法 第六条); in a person's name it is an ownership risk.
  if (isPatentType(a.type) && heldByPerson(a) && a.serviceInvention !== false)
    out.push(a.serviceInvention === undefined ? 'service_invention_unknown' : 'service_invention');
  if (a.acquiredOn && compareDates(a.acquiredOn, addMonths(asOf, -RECENT_ACQUISITION.value)) > 0)
    out.push('recently_acquired');
  return out;
}

/** Whether `asset` can be pledged for a loan of `loanTenorYears` at `asOf`, and every reason why not. */
export function pledgeEligibility(
  asset: EligibilityAsset,
  term: LegalTerm,
  asOf: IsoDate,
  loanTenorYears: number
): Eligibility {
  const blocking = [...termReasons(asset.type, term, asOf, loanTenorYears), ...ownershipReasons(asset)];
  const reasons: EligibilityReason[] = [
    ...blocking.map((code) => ({ code, severity: 'blocking' as const })),
    ...cautionReasons(asset, term, asOf).map((code) => ({ code, severity: 'caution' as const }))
  ];
  return { eligible: blocking.length === 0, reasons };
}
