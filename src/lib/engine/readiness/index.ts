/**
 * First-loan (首贷) readiness: would a bank take this enterprise's IP, what stops it, and what to fix first.
 *   blockers  the grounds on which a pledge registration is refused (facts.md §2.1, per asset, from eligibility)
 *             and the enterprise-level ones (a debt overdue now; nothing pledgeable at all)
 *   score     Σ weight_d × fraction_d over the dimensions of policy/readiness.ts, rounded to a whole point
 *   actions   every gap with the step that closes it, ranked by what closing it gains: unblocks the loan first,
 *             then score points, then pledgeable value; the gain is measured by scoring the state after the step
 *   loanRange the pledgeable value at the low / base / high valuation, capped by an indicative size limit
 * Pure: everything comes in as arguments; the policy can be swapped for a test.
 */
import { yearsBetween, type IsoDate } from '../dates';
import type { Eligibility, EligibilityCode } from '../eligibility';
import type { LegalTerm } from '../legal-term';
import {
  READINESS_POLICY,
  READINESS_DIMENSIONS,
  type DocumentId,
  type DocumentNeed,
  type FirstLoanChannel,
  type ReadinessDimension,
  type ReadinessGrade,
  type ReadinessPolicy
} from '../policy/readiness';
import type { Range, Source } from '../policy/valuation-defaults';
import { isPatentType, type AssetType } from '../schema/asset-type';
import type { Enterprise } from '../schema/enterprise';
import { gapsOf, type ActionCode, type GapAsset, type Horizon } from './actions';
import {
  fractions,
  loanBlocked,
  pledgeableAssets,
  pledgeableWan,
  scoreOf,
  type ReadinessState,
  type StateAsset
} from './state';

export type { ActionCode, Horizon } from './actions';

export interface ReadinessAsset {
  assetId: string;
  type: AssetType;
  title: string;
  identifier: string;
  term: LegalTerm;
  eligibility: Eligibility;
  /** Reconciled value range; null when no approach gave one. */
  value: Range | null;
  pledgeRate: number;
  inUse: boolean;
  pledgee: string;
  coOwners: { name: string; consentToPledge: boolean }[];
}

export interface ReadinessInput {
  asOf: IsoDate;
  enterprise: Pick<
    Enterprise,
    'foundedOn' | 'financials' | 'credit' | 'qualifications' | 'hasHadBankLoan' | 'loans' | 'province'
  >;
  assets: readonly ReadinessAsset[];
  loanTenorYears: number;
  amountWantedWan: number | null;
  /** bundle.pledgeableWan ÷ Σ line pledgeable (1 + synergy), 1 without synergy. */
  synergyFactor: number;
  documentsReady: readonly DocumentId[];
}

/** i18n: `ready.blocker.<code>`; asset codes are the eligibility codes (`val.eligibility.<code>`). */
export type EnterpriseBlockerCode = 'current_overdue' | 'nothing_pledgeable';

/** `actionId`: the ranked action that closes this blocker (`ReadinessAction.id`), null when no step of the
 *  enterprise's own closes it (a summary such as nothing_pledgeable, or a ground only time or a court can lift). */
export type Blocker =
  | { scope: 'enterprise'; code: EnterpriseBlockerCode; actionId: string | null }
  | { scope: 'asset'; code: EligibilityCode; assetId: string; actionId: string | null };

export interface ReadinessAction {
  id: string;
  code: ActionCode;
  kind: 'step' | 'data';
  horizon: Horizon;
  assetId?: string;
  params: Record<string, string | number>;
  gain: {
    /** Closing this gap alone lifts the loan's blockers. */
    unblocks: boolean;
    /** Score after minus score now (whole points, as the score shows). */
    points: number;
    /** Pledgeable value gained at the base valuation, 万元. */
    pledgeableWan: number;
  };
}

export interface DimensionResult {
  id: ReadinessDimension;
  weight: number;
  /** 0-1 */
  fraction: number;
  /** weight × fraction, exact */
  points: number;
}

export interface DocumentItem {
  id: DocumentId;
  need: DocumentNeed;
  /** Counted in the score: always needed, or needed for this portfolio. */
  required: boolean;
  ticked: boolean;
  source: Source;
}

export interface LoanRange {
  /** Pledgeable value at the low / base / high valuation after the cap, 万元. */
  lowWan: number;
  baseWan: number;
  highWan: number;
  /** Before the size cap. */
  uncapped: Range;
  /** Indicative size cap (revenue × share − existing loans); null without a revenue figure. */
  capWan: number | null;
  capShare: number;
  existingLoansWan: number;
  /** The amount the enterprise wants, 万元; null when it named none. */
  wantedWan: number | null;
  /** Whether the amount wanted fits under the base figure; null when it named none. */
  wantedFits: boolean | null;
}

export interface Readiness {
  policyVersion: string;
  /** A loan cannot be applied for now (enterprise-level blockers). */
  blocked: boolean;
  blockers: Blocker[];
  score: number;
  grade: ReadinessGrade;
  /** The bands the grade is read from (a score at or above `min` earns it), highest first. */
  gradeBands: { grade: ReadinessGrade; min: number }[];
  /** Where the weights and bands come from (the screen cites it under the score's parts). */
  scoreSource: Source;
  dimensions: DimensionResult[];
  actions: ReadinessAction[];
  documents: DocumentItem[];
  loanRange: LoanRange;
  firstLoan: { applies: boolean; channels: FirstLoanChannel[] };
}

function requiredDocuments(input: ReadinessInput, policy: ReadinessPolicy): DocumentItem[] {
  const hasPatent = input.assets.some((a) => isPatentType(a.type));
  const coOwned = input.assets.some((a) => a.coOwners.length > 0);
  const ready = new Set(input.documentsReady);
  return policy.documents.value.map((d) => ({
    id: d.id,
    need: d.need,
    required:
      d.need === 'always' || (d.need === 'patents' && hasPatent) || (d.need === 'co_owned' && coOwned),
    ticked: ready.has(d.id),
    source: d.source
  }));
}

/** What the state and the gaps read from one asset: a function of the asset alone. */
export interface DerivedAsset {
  state: StateAsset;
  gap: GapAsset;
}

export function deriveAsset(a: ReadinessAsset): DerivedAsset {
  return {
    state: {
      id: a.assetId,
      blocking: a.eligibility.reasons.filter((r) => r.severity === 'blocking').map((r) => r.code),
      value: a.value,
      pledgeRate: a.pledgeRate,
      yearsRemaining: a.term.yearsRemaining,
      inUse: a.inUse
    },
    gap: {
      id: a.assetId,
      title: a.title,
      identifier: a.identifier,
      term: a.term,
      pledgee: a.pledgee,
      coOwnersWithoutConsent: a.coOwners.filter((c) => !c.consentToPledge).map((c) => c.name)
    }
  };
}

function stateOf(input: ReadinessInput, documents: DocumentItem[], derived: DerivedAsset[]): ReadinessState {
  const e = input.enterprise;
  return {
    assets: derived.map((d) => d.state),
    currentOverdue: e.credit.currentOverdue,
    overdueLast2Years: e.credit.overdueLast2Years,
    operatingYears: e.foundedOn ? Math.max(0, yearsBetween(e.foundedOn, input.asOf)) : null,
    revenueWan: e.financials.revenueWan ?? null,
    rdSpendingWan: e.financials.rdSpendingWan ?? null,
    qualifications: { ...e.qualifications },
    loanTenorYears: input.loanTenorYears,
    requiredDocuments: documents.filter((d) => d.required).map((d) => d.id),
    documentsReady: new Set(documents.filter((d) => d.ticked).map((d) => d.id))
  };
}

function blockersOf(s: ReadinessState, actions: readonly ReadinessAction[]): Blocker[] {
  const ids = new Set(actions.map((a) => a.id));
  const closer = (id: string) => (ids.has(id) ? id : null);
  const out: Blocker[] = [];
  if (s.currentOverdue)
    out.push({ scope: 'enterprise', code: 'current_overdue', actionId: closer('repay_overdue') });
  // An asset's own reason before the summary it causes: the first blocker is the one a step can close.
  for (const a of s.assets)
    for (const code of a.blocking)
      out.push({ scope: 'asset', code, assetId: a.id, actionId: closer(`${a.id}:${code}`) });
  if (pledgeableAssets(s).length === 0)
    out.push({ scope: 'enterprise', code: 'nothing_pledgeable', actionId: null });
  return out;
}

function gradeOf(score: number, policy: ReadinessPolicy): ReadinessGrade {
  return policy.gradeBands.value.find((b) => score >= b.min)?.grade ?? 'D';
}

const HORIZON_ORDER: Record<Horizon, number> = { now: 0, weeks: 1, long: 2 };

function rankedActions(
  input: ReadinessInput,
  s: ReadinessState,
  policy: ReadinessPolicy,
  derived: DerivedAsset[]
): ReadinessAction[] {
  const score = scoreOf(s, policy);
  const blocked = loanBlocked(s);
  const pledgeable = pledgeableWan(s, input.synergyFactor);
  const gapAssets = derived.map((d) => d.gap);
  const years = pledgeableAssets(s).map((a) => a.yearsRemaining ?? Number.POSITIVE_INFINITY);
  const actions = gapsOf(s, policy, gapAssets, input.enterprise.foundedOn ?? null, years).map((g) => {
    const after = g.fix(s);
    const gain = {
      unblocks: blocked && !loanBlocked(after),
      points: scoreOf(after, policy) - score,
      pledgeableWan: pledgeableWan(after, input.synergyFactor) - pledgeable
    };
    // The gap without its fix, field by field (a rest-and-spread of the gaps' two shapes is slow).
    const action: ReadinessAction =
      'assetId' in g
        ? {
            id: g.id,
            code: g.code,
            kind: g.kind,
            horizon: g.horizon,
            assetId: g.assetId,
            params: g.params,
            gain
          }
        : { id: g.id, code: g.code, kind: g.kind, horizon: g.horizon, params: g.params, gain };
    return action;
  });
  return actions.sort(
    (a, b) =>
      Number(b.gain.unblocks) - Number(a.gain.unblocks) ||
      b.gain.points - a.gain.points ||
      b.gain.pledgeableWan - a.gain.pledgeableWan ||
      HORIZON_ORDER[a.horizon] - HORIZON_ORDER[b.horizon] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function loanRangeOf(input: ReadinessInput, s: ReadinessState, policy: ReadinessPolicy): LoanRange {
  const uncapped = {
    low: pledgeableWan(s, input.synergyFactor, 'low'),
    base: pledgeableWan(s, input.synergyFactor, 'base'),
    high: pledgeableWan(s, input.synergyFactor, 'high')
  };
  const existingLoansWan = input.enterprise.loans.reduce((sum, l) => sum + l.amountWan, 0);
  const capShare = policy.debtToRevenueCap.value;
  const revenue = input.enterprise.financials.revenueWan;
  const capWan = revenue === undefined ? null : Math.max(0, revenue * capShare - existingLoansWan);
  const cap = (x: number) => (capWan === null ? x : Math.min(x, capWan));
  const baseWan = cap(uncapped.base);
  return {
    lowWan: cap(uncapped.low),
    baseWan,
    highWan: cap(uncapped.high),
    uncapped,
    capWan,
    capShare,
    existingLoansWan,
    wantedWan: input.amountWantedWan,
    wantedFits: input.amountWantedWan === null ? null : input.amountWantedWan <= baseWan
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
  derive: (a: ReadinessAsset) => DerivedAsset
): Readiness {
  const derived = input.assets.map(derive);
  const documents = requiredDocuments(input, policy);
  const s = stateOf(input, documents, derived);
  const score = scoreOf(s, policy);
  const f = fractions(s, policy);
  const w = policy.weights.value;
  const actions = rankedActions(input, s, policy, derived);
  return {
    policyVersion: policy.version,
    blocked: loanBlocked(s),
    blockers: blockersOf(s, actions),
    score,
    grade: gradeOf(score, policy),
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
    loanRange: loanRangeOf(input, s, policy),
    firstLoan: {
      applies: !input.enterprise.hasHadBankLoan,
      channels: policy.firstLoanChannels.value.filter(
        (c) => c.provinces === null || c.provinces.includes(input.enterprise.province)
      )
    }
  };
}
