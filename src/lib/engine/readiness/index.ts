/**
 * First-loan (首贷) readiness: would a bank take this enterprise's IP, what stops it, and what to fix first.
 *   blockers  one rule, said once: an asset that cannot be pledged (facts.md §2.1, from its eligibility) is left out
 *             of the pledge (`excludes_asset`); the loan itself stops only on the enterprise's own grounds (a debt
 *             overdue now, a 失信 listing) or when no asset is left (`nothing_pledgeable`) (`stops_loan`)
 *   score     Σ weight_d × fraction_d over the dimensions of policy/readiness.ts, rounded to a whole point
 *   grade     the score's band, capped by the gates: a blocked loan C at best, grade A only with the documents ready
 *   actions   every gap with the step that closes it, ranked: the input that gives the IP a value, then what clears
 *             a blocker (the loan's, then an asset's by pledgeable value gained), then points per week of effort,
 *             then what lifts the grade; each gain is measured by scoring the state after the step
 *   loanRange the pledgeable value at the low / base / high valuation, capped by an indicative size limit, and which
 *             of the two limits it
 * Pure: everything comes in as arguments; the policy can be swapped for a test.
 */
import { yearsBetween } from '../dates';
import {
  READINESS_POLICY,
  READINESS_DIMENSIONS,
  type DocumentNeed,
  type ReadinessPolicy
} from '../policy/readiness';
import { isPatentType } from '../schema/asset-type';
import type { ValuedAsset } from '../valued-asset';
import { fractions, gradeOf, loanBlocked, pledgeableValueWan, scoreOf, type ReadinessState } from './state';
import { blockersByEffect, blockersOf, rankedActions } from './rank';
import type { DerivedAsset, DocumentItem, LoanLimit, LoanRange, Readiness, ReadinessInput } from './types';

export type { ActionCode, ActionTier, Horizon, RevenueInput } from './actions';
export type * from './types';
function requiredDocuments(input: ReadinessInput, policy: ReadinessPolicy): DocumentItem[] {
  const assets = input.assets.map((v) => v.asset);
  const hasPatent = assets.some((a) => isPatentType(a.type));
  const utilityDesign = assets.some((a) => a.type === 'utility' || a.type === 'design');
  const coOwned = assets.some((a) => a.coOwners.length > 0);
  const thirdParty = assets.some(
    (a) =>
      !a.ownedByEnterprise && a.type !== 'gi' && (a.holder ?? null) !== null && a.holder !== 'licence_only'
  );
  const needed: Record<DocumentNeed, boolean> = {
    always: true,
    patents: hasPatent,
    utility_design: utilityDesign,
    co_owned: coOwned,
    third_party: thirdParty,
    if_bank_asks: false
  };
  const ready = new Set(input.documentsReady);
  return policy.documents.value.map((d) => ({
    id: d.id,
    need: d.need,
    required: needed[d.need],
    ticked: ready.has(d.id),
    source: d.source
  }));
}

export function deriveAsset(v: ValuedAsset): DerivedAsset {
  const a = v.asset;
  return {
    state: {
      id: a.id,
      blocking: v.eligibility.reasons.filter((r) => r.severity === 'blocking').map((r) => r.code),
      value: v.value,
      pledgeRate: v.pledgeRate,
      yearsRemaining: v.term.yearsRemaining,
      inUse: a.use.inUse,
      productKeys: v.productKeys
    },
    gap: {
      id: a.id,
      type: a.type,
      title: a.title,
      identifier: a.identifier,
      term: v.term,
      pledgee: a.pledgee,
      coOwnersWithoutConsent: a.coOwners.filter((c) => !c.consentToPledge).map((c) => c.name),
      revenueInput: v.revenueInput
    }
  };
}

function stateOf(input: ReadinessInput, documents: DocumentItem[], derived: DerivedAsset[]): ReadinessState {
  const e = input.enterprise;
  const f = e.financials;
  return {
    assets: derived.map((d) => d.state),
    currentOverdue: e.credit.currentOverdue,
    overdueLast2Years: e.credit.overdueLast2Years,
    controllerGuarantee: e.controller.guarantee ?? null,
    personalCreditClean: e.controller.personalCreditClean ?? null,
    taxCreditGrade: e.taxCreditGrade ?? null,
    courtEnforcement: e.court.enforcement ?? null,
    dishonest: e.court.dishonest ?? null,
    leverage:
      f.totalAssetsWan !== undefined && f.totalLiabilitiesWan !== undefined && f.totalAssetsWan > 0
        ? f.totalLiabilitiesWan / f.totalAssetsWan
        : null,
    productRevenue: input.productRevenue,
    operatingYears: e.foundedOn ? Math.max(0, yearsBetween(e.foundedOn, input.asOf)) : null,
    revenueWan: e.financials.revenueWan ?? null,
    rdSpendingWan: e.financials.rdSpendingWan ?? null,
    qualifications: { ...e.qualifications },
    loanTenorYears: input.loanTenorYears,
    requiredDocuments: documents.filter((d) => d.required).map((d) => d.id),
    documentsReady: new Set(documents.filter((d) => d.ticked).map((d) => d.id))
  };
}

function loanRangeOf(input: ReadinessInput, s: ReadinessState, policy: ReadinessPolicy): LoanRange {
  const uncapped = {
    low: pledgeableValueWan(s, input.synergyFactor, 'low'),
    base: pledgeableValueWan(s, input.synergyFactor, 'base'),
    high: pledgeableValueWan(s, input.synergyFactor, 'high')
  };
  const existingLoansWan = input.enterprise.loans.reduce((sum, l) => sum + l.amountWan, 0);
  const capShare = policy.debtToRevenueCap.value;
  const revenue = input.enterprise.financials.revenueWan;
  const capWan = revenue === undefined ? null : Math.max(0, revenue * capShare - existingLoansWan);
  const cap = (x: number) => (capWan === null ? x : Math.min(x, capWan));
  const baseWan = cap(uncapped.base);
  const limitedBy: LoanLimit =
    uncapped.base <= 0
      ? 'nothing_pledgeable'
      : capWan !== null && capWan < uncapped.base
        ? 'size_cap'
        : 'ip_value';
  return {
    lowWan: cap(uncapped.low),
    baseWan,
    highWan: cap(uncapped.high),
    uncapped,
    capWan,
    capShare,
    existingLoansWan,
    wantedWan: input.amountWantedWan,
    wantedFits: input.amountWantedWan === null ? null : input.amountWantedWan <= baseWan,
    limitedBy,
    startUp: limitedBy === 'size_cap' ? policy.startUpRoutes.value.map((r) => ({ ...r })) : []
  };
}

/** Readiness of one enterprise for an IP pledge loan at `input.asOf`. */
export function assessReadiness(
  input: ReadinessInput,
  policy: ReadinessPolicy = READINESS_POLICY
): Readiness {
  return readinessOf(input, policy, deriveAsset);
}

/**
 * `assessReadiness` with `derive(a)` = `deriveAsset(a)`, which `assess()` keeps per asset: it passes assets the
 * engine built and never changes, so an unchanged asset is not derived again.
 */
export function readinessOf(
  input: ReadinessInput,
  policy: ReadinessPolicy,
  derive: (a: ValuedAsset) => DerivedAsset
): Readiness {
  const derived = input.assets.map(derive);
  const documents = requiredDocuments(input, policy);
  const s = stateOf(input, documents, derived);
  const score = scoreOf(s, policy);
  const g = gradeOf(s, policy, score);
  const f = fractions(s, policy);
  const w = policy.weights.value;
  const actions = rankedActions(input, s, policy, derived);
  const blockers = blockersOf(s, actions, policy);
  const blocked = loanBlocked(s, policy);
  const required = documents.filter((d) => d.required);
  return {
    policyVersion: policy.version,
    profile: {
      operatingYears: s.operatingYears,
      leverage: s.leverage,
      rdRatio:
        s.rdSpendingWan !== null && s.revenueWan !== null && s.revenueWan > 0
          ? s.rdSpendingWan / s.revenueWan
          : null,
      existingLoansWan: input.enterprise.loans.reduce((sum, l) => sum + l.amountWan, 0)
    },
    blocked,
    headline: blocked ? 'blocked' : blockers.length > 0 ? 'assets_excluded' : 'clear',
    blockers,
    blockersByEffect: blockersByEffect(blockers),
    cautions: input.assets.flatMap((a) =>
      a.eligibility.reasons
        .filter((r) => r.severity === 'caution')
        .map((r) => ({ assetId: a.asset.id, code: r.code }))
    ),
    score,
    missingInputs: actions.filter((a) => a.kind === 'data' && a.assetId === undefined).map((a) => a.code),
    grade: g.grade,
    band: g.band,
    gradeCap: g.cappedBy,
    gradeBands: policy.gradeBands.value.map((b) => ({ ...b })),
    scoreSource: policy.weights.source,
    dimensions: READINESS_DIMENSIONS.map((id) => ({
      id,
      weight: w[id],
      fraction: f[id],
      points: w[id] * f[id]
    })),
    actions,
    documents,
    documentsReady: { ready: required.filter((d) => d.ticked).length, required: required.length },
    loanRange: loanRangeOf(input, s, policy),
    firstLoan: {
      applies: !input.enterprise.hasHadBankLoan,
      channels: policy.firstLoanChannels.value.filter(
        (c) => c.provinces === null || c.provinces.includes(input.enterprise.province)
      )
    }
  };
}
