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
  type ReadinessPolicy,
  type StartUpRoute
} from '../policy/readiness';
import type { Range, Source } from '../policy/valuation-defaults';
import type { HolderKind } from '../schema/asset';
import { isPatentType, type AssetType } from '../schema/asset-type';
import type { Enterprise } from '../schema/enterprise';
import {
  gapsOf,
  type ActionCode,
  type ActionTier,
  type GapAsset,
  type Horizon,
  type RevenueInput
} from './actions';
import {
  betterGrade,
  fractions,
  gradeOf,
  loanBlocked,
  pledgeableAssets,
  pledgeableWan,
  scoreOf,
  type ReadinessState,
  type StateAsset
} from './state';

export type { ActionCode, ActionTier, Horizon, RevenueInput } from './actions';

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
  /** Whether the enterprise holds it, and if not who does (null = not said). */
  ownedByEnterprise: boolean;
  holder: HolderKind | null;
  /** The products it serves (`ProductRef.key`). */
  productKeys: readonly string[];
  /** No value for want of revenue: where the owner enters it; null when it has a value or cannot get one. */
  revenueInput: RevenueInput | null;
}

export interface ReadinessInput {
  asOf: IsoDate;
  enterprise: Pick<
    Enterprise,
    | 'foundedOn'
    | 'financials'
    | 'credit'
    | 'qualifications'
    | 'hasHadBankLoan'
    | 'loans'
    | 'province'
    | 'controller'
    | 'taxCreditGrade'
    | 'court'
  >;
  assets: readonly ReadinessAsset[];
  /** Last year's revenue of each product the assets serve (`ProductRef.key` → 万元), where known. */
  productRevenue: ReadonlyMap<string, number>;
  loanTenorYears: number;
  amountWantedWan: number | null;
  /** bundle.pledgeableWan ÷ Σ line pledgeable (1 + synergy), 1 without synergy. */
  synergyFactor: number;
  documentsReady: readonly DocumentId[];
}

/** i18n: `ready.blocker.<code>`; asset codes are the eligibility codes (`val.eligibility.<code>`). */
export type EnterpriseBlockerCode = 'current_overdue' | 'dishonest_debtor' | 'nothing_pledgeable';

/**
 * What a blocker does, said once for every screen and the PDF: `stops_loan`, the loan cannot be applied for (the
 * enterprise's own grounds, or nothing pledgeable is left); `excludes_asset`, this asset cannot be pledged and counts
 * zero, the loan may go on with the others.
 */
export type BlockerEffect = 'stops_loan' | 'excludes_asset';

/** `actionId`: the ranked action that closes this blocker (`ReadinessAction.id`), null when no step of the
 *  enterprise's own closes it (a summary such as nothing_pledgeable, or a ground only time or a court can lift). */
export type Blocker =
  | { scope: 'enterprise'; code: EnterpriseBlockerCode; effect: 'stops_loan'; actionId: string | null }
  | {
      scope: 'asset';
      code: EligibilityCode;
      assetId: string;
      effect: 'excludes_asset';
      actionId: string | null;
    };

/** A question the bank will ask about an asset that does not stop its pledge (`val.eligibility.<code>`). */
export interface Caution {
  assetId: string;
  code: EligibilityCode;
}

export interface ReadinessAction {
  id: string;
  code: ActionCode;
  kind: 'step' | 'data';
  horizon: Horizon;
  assetId?: string;
  params: Record<string, string | number>;
  /** Where it ranks and why (the order of `ActionTier`, then the gain within the tier). */
  tier: ActionTier;
  /** Another way to close the same blocker as the action `alternativeTo`. */
  alternativeTo?: string;
  gain: {
    /** Closing this gap alone lifts the loan's blockers. */
    unblocks: boolean;
    /** Score after minus score now (whole points, as the score shows). */
    points: number;
    /** Points per week of effort (policy ACTION_EFFORT_WEEKS), the order within the points tier. */
    pointsPerWeek: number;
    /** Pledgeable value gained at the base valuation, 万元 (0 for an input whose amount is not known yet). */
    pledgeableWan: number;
    /** The grade after, when it is better than now; null otherwise. */
    grade: ReadinessGrade | null;
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

/** What limits the indicative amount: no pledgeable IP value at all, the size cap, or the IP's pledgeable value. */
export type LoanLimit = 'nothing_pledgeable' | 'size_cap' | 'ip_value';

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
  /**
   * What limits the base figure: `nothing_pledgeable` (no pledgeable IP value), `size_cap` (the enterprise's size:
   * the cap is below the IP's pledgeable value, e.g. revenue 0), or `ip_value` (the IP's pledgeable value).
   */
  limitedBy: LoanLimit;
  /** When the size cap limits it: what a start-up can do instead (first-loan channels, guarantee products). */
  startUp: StartUpRoute[];
}

export interface Readiness {
  policyVersion: string;
  /** A loan cannot be applied for now (a blocker with effect `stops_loan`). */
  blocked: boolean;
  /**
   * The one sentence every screen and the PDF lead with: `blocked` (cannot apply now), `assets_excluded` (can apply;
   * some assets cannot be pledged and count zero), `clear` (can apply, no blocker).
   */
  headline: 'blocked' | 'assets_excluded' | 'clear';
  blockers: Blocker[];
  /** What the bank will ask about assets that can still be pledged (a third-party holder, a recent transfer …). */
  cautions: Caution[];
  score: number;
  /** The grade: the score's band (`band`), capped by the gates (`gradeCap`). */
  grade: ReadinessGrade;
  band: ReadinessGrade;
  /** Why the grade is below the score's band: the loan is blocked, or documents are not ready; null when not. */
  gradeCap: 'blocked' | 'documents' | null;
  /** The bands the grade is read from (a score at or above `min` earns it), highest first. */
  gradeBands: { grade: ReadinessGrade; min: number }[];
  /** Where the weights and bands come from (the screen cites it under the score's parts). */
  scoreSource: Source;
  dimensions: DimensionResult[];
  actions: ReadinessAction[];
  documents: DocumentItem[];
  /** Required documents ticked, of those required. */
  documentsReady: { ready: number; required: number };
  loanRange: LoanRange;
  firstLoan: { applies: boolean; channels: FirstLoanChannel[] };
}

function requiredDocuments(input: ReadinessInput, policy: ReadinessPolicy): DocumentItem[] {
  const hasPatent = input.assets.some((a) => isPatentType(a.type));
  const utilityDesign = input.assets.some((a) => a.type === 'utility' || a.type === 'design');
  const coOwned = input.assets.some((a) => a.coOwners.length > 0);
  const thirdParty = input.assets.some(
    (a) => !a.ownedByEnterprise && a.type !== 'gi' && a.holder !== null && a.holder !== 'licence_only'
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
      inUse: a.inUse,
      productKeys: a.productKeys
    },
    gap: {
      id: a.assetId,
      type: a.type,
      title: a.title,
      identifier: a.identifier,
      term: a.term,
      pledgee: a.pledgee,
      coOwnersWithoutConsent: a.coOwners.filter((c) => !c.consentToPledge).map((c) => c.name),
      revenueInput: a.revenueInput
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

function blockersOf(
  s: ReadinessState,
  actions: readonly ReadinessAction[],
  policy: ReadinessPolicy
): Blocker[] {
  const ids = new Set(actions.map((a) => a.id));
  const closer = (id: string) => (ids.has(id) ? id : null);
  const out: Blocker[] = [];
  if (s.currentOverdue)
    out.push({
      scope: 'enterprise',
      code: 'current_overdue',
      effect: 'stops_loan',
      actionId: closer('repay_overdue')
    });
  if (s.dishonest === true && policy.dishonestBlocks.value)
    out.push({
      scope: 'enterprise',
      code: 'dishonest_debtor',
      effect: 'stops_loan',
      actionId: closer('clear_dishonest')
    });
  // Nothing pledgeable: the step that closes it is the first ranked step that would make an asset count.
  if (pledgeableAssets(s).length === 0)
    out.push({
      scope: 'enterprise',
      code: 'nothing_pledgeable',
      effect: 'stops_loan',
      actionId:
        actions.find(
          (a) =>
            a.tier === 'value' || (a.assetId !== undefined && (a.gain.unblocks || a.gain.pledgeableWan > 0))
        )?.id ?? null
    });
  // Each asset's own reason: it leaves that asset out (when nothing else is left, nothing_pledgeable above says so).
  for (const a of s.assets)
    for (const code of a.blocking)
      out.push({
        scope: 'asset',
        code,
        assetId: a.id,
        effect: 'excludes_asset',
        actionId: closer(`${a.id}:${code}`)
      });
  return out;
}

const TIER_ORDER: Record<ActionTier, number> = {
  value: 0,
  loan_blocker: 1,
  asset_blocker: 2,
  points: 3,
  grade: 4,
  other: 5
};

function rankedActions(
  input: ReadinessInput,
  s: ReadinessState,
  policy: ReadinessPolicy,
  derived: DerivedAsset[]
): ReadinessAction[] {
  const score = scoreOf(s, policy);
  const grade = gradeOf(s, policy, score).grade;
  const blocked = loanBlocked(s, policy);
  const pledgeable = pledgeableWan(s, input.synergyFactor);
  const gapAssets = derived.map((d) => d.gap);
  const years = pledgeableAssets(s).map((a) => a.yearsRemaining ?? Number.POSITIVE_INFINITY);
  const effort = policy.actionEffortWeeks.value;
  const stateOfAsset = new Map(s.assets.map((a) => [a.id, a]));
  const actions = gapsOf(s, policy, gapAssets, input.enterprise.foundedOn ?? null, years).map((g) => {
    const after = g.fix(s);
    const points = scoreOf(after, policy) - score;
    const gradeAfter = gradeOf(after, policy).grade;
    const gain = {
      unblocks: blocked && !loanBlocked(after, policy),
      points,
      pointsPerWeek: points / effort[g.horizon],
      // The amount an input will give is not known until it is entered.
      pledgeableWan: g.nature === 'value' ? 0 : pledgeableWan(after, input.synergyFactor) - pledgeable,
      grade: betterGrade(gradeAfter, grade) ? gradeAfter : null
    };
    const tier: ActionTier =
      g.nature === 'value'
        ? 'value'
        : gain.unblocks
          ? 'loan_blocker'
          : g.nature === 'asset_blocker'
            ? 'asset_blocker'
            : points > 0
              ? 'points'
              : gain.grade !== null
                ? 'grade'
                : 'other';
    // The gap without its fix, field by field (a rest-and-spread of the gaps' shapes is slow).
    const action: ReadinessAction = {
      id: g.id,
      code: g.code,
      kind: g.kind,
      horizon: g.horizon,
      params: g.params,
      tier,
      gain
    };
    if (g.assetId !== undefined) action.assetId = g.assetId;
    if (g.alternativeTo !== undefined) action.alternativeTo = g.alternativeTo;
    return action;
  });
  // Within the value tier: the asset where a value matters most, one that can be pledged and lends most per 万元.
  const valueRank = (a: ReadinessAction) => {
    const x = a.assetId === undefined ? undefined : stateOfAsset.get(a.assetId);
    return {
      open: x && x.blocking.length === 0 ? 0 : 1,
      rate: x?.pledgeRate ?? 0,
      years: x?.yearsRemaining ?? Number.POSITIVE_INFINITY
    };
  };
  const byId = (a: ReadinessAction, b: ReadinessAction) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return actions.sort((a, b) => {
    const t = TIER_ORDER[a.tier] - TIER_ORDER[b.tier];
    if (t !== 0) return t;
    switch (a.tier) {
      case 'value': {
        const x = valueRank(a);
        const y = valueRank(b);
        return x.open - y.open || y.rate - x.rate || y.years - x.years || byId(a, b);
      }
      case 'loan_blocker':
      case 'asset_blocker':
        return (
          b.gain.pledgeableWan - a.gain.pledgeableWan ||
          Number(a.alternativeTo !== undefined) - Number(b.alternativeTo !== undefined) ||
          b.gain.points - a.gain.points ||
          effort[a.horizon] - effort[b.horizon] ||
          byId(a, b)
        );
      case 'points':
        return b.gain.pointsPerWeek - a.gain.pointsPerWeek || b.gain.points - a.gain.points || byId(a, b);
      default:
        return effort[a.horizon] - effort[b.horizon] || byId(a, b);
    }
  });
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
  derive: (a: ReadinessAsset) => DerivedAsset
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
    blocked,
    headline: blocked ? 'blocked' : blockers.length > 0 ? 'assets_excluded' : 'clear',
    blockers,
    cautions: input.assets.flatMap((a) =>
      a.eligibility.reasons
        .filter((r) => r.severity === 'caution')
        .map((r) => ({ assetId: a.assetId, code: r.code }))
    ),
    score,
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
