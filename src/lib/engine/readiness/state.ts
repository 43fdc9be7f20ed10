/**
 * The facts readiness is scored on, as one plain value. The score reads only this; every action is a change of it,
 * so what closing a gap gains is the score after the change minus the score now, never a separate estimate.
 */
import type { EligibilityCode } from '../eligibility';
import type { DocumentId, ReadinessGrade, ReadinessPolicy } from '../policy/readiness';
import type { Range } from '../policy/types';
import type { TaxCreditGrade } from '../schema/enterprise';

export interface StateAsset {
  id: string;
  /** Blocking eligibility codes still open. */
  blocking: readonly EligibilityCode[];
  value: Range | null;
  pledgeRate: number;
  /** Years of legal term left; null when the right has no term (a GI). */
  yearsRemaining: number | null;
  inUse: boolean;
  /** The products it serves (`ProductRef.key`), for whether the pledged IP carries the main revenue. */
  productKeys: readonly string[];
}

export interface ReadinessState {
  assets: readonly StateAsset[];
  currentOverdue: boolean;
  overdueLast2Years: boolean;
  /** The actual controller's personal guarantee and credit; null = not answered. */
  controllerGuarantee: boolean | null;
  personalCreditClean: boolean | null;
  taxCreditGrade: TaxCreditGrade | null;
  /** Court enforcement (被执行人) and 失信 listing; null = not answered. */
  courtEnforcement: boolean | null;
  dishonest: boolean | null;
  /** Total liabilities ÷ total assets; null when either is missing (or assets are 0). */
  leverage: number | null;
  /** Years since founding; null when the founding date is not given. */
  operatingYears: number | null;
  revenueWan: number | null;
  rdSpendingWan: number | null;
  /** Last year's revenue of each product the assets serve (`ProductRef.key`), where known. */
  productRevenue: ReadonlyMap<string, number>;
  qualifications: {
    highTech: boolean;
    specialized: boolean;
    littleGiant: boolean;
    techSme: boolean;
    innovativeSme: boolean;
  };
  loanTenorYears: number;
  requiredDocuments: readonly DocumentId[];
  documentsReady: ReadonlySet<DocumentId>;
}

/** What the score and the gains read from a list of assets, computed once per list. */
interface AssetFacts {
  pledgeable: StateAsset[];
  /** Σ value × pledge rate over the pledgeable assets, at low / base / high, in the assets' order. */
  sums: Partial<Record<keyof Range, number>>;
  /** A pledgeable asset without a term (a GI), and the longest term among the others. */
  termless: boolean;
  longestYears: number;
  anyInUse: boolean;
  /** The products the pledgeable assets serve, each once. */
  pledgedProducts: ReadonlySet<string>;
}

// Keyed by the state's asset list: a readiness state and the states its gaps lead to are built inside
// assessReadiness and never changed, and a gap that does not touch the assets keeps the same list, so scoring the
// state after it does not walk the assets again.
const factsOf = new WeakMap<readonly StateAsset[], AssetFacts>();

function facts(s: ReadinessState): AssetFacts {
  let f = factsOf.get(s.assets);
  if (f === undefined) {
    const pledgeable = s.assets.filter(
      (a) => a.blocking.length === 0 && a.value !== null && a.value.base * a.pledgeRate > 0
    );
    let termless = false;
    let longestYears = Number.NEGATIVE_INFINITY;
    for (const a of pledgeable) {
      if (a.yearsRemaining === null) termless = true;
      else if (a.yearsRemaining > longestYears) longestYears = a.yearsRemaining;
    }
    const pledgedProducts = new Set<string>();
    for (const a of pledgeable) for (const k of a.productKeys) pledgedProducts.add(k);
    f = {
      pledgeable,
      sums: {},
      termless,
      longestYears,
      anyInUse: s.assets.some((a) => a.inUse),
      pledgedProducts
    };
    factsOf.set(s.assets, f);
  }
  return f;
}

/** An asset counts for a pledge when no blocking reason is open and it has a positive value. */
export function pledgeableAssets(s: ReadinessState): StateAsset[] {
  return facts(s).pledgeable;
}

/** R&D share of revenue a research-intensive firm of this size shows (高新技术企业 test, tiered by revenue). */
export function rdThreshold(revenueWan: number, policy: ReadinessPolicy): number {
  const tier = policy.rdRatioTiers.value.find(
    (t) => t.maxRevenueWan === null || revenueWan <= t.maxRevenueWan
  );
  return tier?.ratio ?? 0;
}

/**
 * Whether the pledgeable IP carries the main revenue: its products (each once) earned at least the policy's share of
 * last year's revenue. Needs the revenue and the products' revenues.
 */
export function carriesMainRevenue(s: ReadinessState, policy: ReadinessPolicy): boolean {
  if (s.revenueWan === null || s.revenueWan <= 0) return false;
  let sum = 0;
  for (const k of facts(s).pledgedProducts) sum += s.productRevenue.get(k) ?? 0;
  return sum >= policy.mainRevenueShare.value * s.revenueWan;
}

/** Share (0-1) of each dimension's points the state earns. An unanswered question earns nothing. */
export function fractions(s: ReadinessState, policy: ReadinessPolicy) {
  const assets = facts(s);
  const pledgeable = assets.pledgeable;
  const tenorNeed = s.loanTenorYears + policy.termMarginYears.value;
  const q = s.qualifications;
  const shares = policy.qualificationShares.value;
  const held = (Object.keys(shares) as (keyof typeof shares)[]).filter((k) => q[k]).map((k) => shares[k]);
  const rdOk =
    s.revenueWan !== null &&
    s.revenueWan > 0 &&
    s.rdSpendingWan !== null &&
    s.rdSpendingWan / s.revenueWan >= rdThreshold(s.revenueWan, policy);
  const c = policy.controllerShares.value;
  const comp = policy.complianceShares.value;
  const use = carriesMainRevenue(s, policy) ? 1 : assets.anyInUse ? 0.5 : 0;
  return {
    ip: pledgeable.length > 0 ? 1 : 0,
    // Some pledgeable asset has no term or a term of at least tenorNeed (the longest one, NaN never counting).
    term: assets.termless || assets.longestYears >= tenorNeed ? 1 : 0,
    credit: s.currentOverdue || s.overdueLast2Years ? 0 : 1,
    controller:
      (s.controllerGuarantee === true ? c.guarantee : 0) +
      (s.personalCreditClean === true ? c.personalCredit : 0),
    compliance:
      (s.taxCreditGrade === null ? 0 : comp.taxGrade[s.taxCreditGrade]) +
      (s.courtEnforcement === false && s.dishonest === false ? comp.court : 0),
    operating:
      ((s.operatingYears !== null && s.operatingYears >= policy.minOperatingYears.value ? 1 : 0) +
        (s.revenueWan !== null && s.revenueWan > 0 ? 1 : 0) +
        (s.leverage !== null && s.leverage <= policy.leverage.value.maxRatio ? 1 : 0)) /
      3,
    qualifications: held.length > 0 ? Math.max(...held) : 0,
    rnd_use: 0.5 * use + (rdOk ? 0.5 : 0)
  };
}

/** The score, 0-100, rounded to a whole point (the only rounding: dimension points stay exact). */
export function scoreOf(s: ReadinessState, policy: ReadinessPolicy): number {
  const f = fractions(s, policy);
  const w = policy.weights.value;
  const total = (Object.keys(w) as (keyof typeof w)[]).reduce((sum, k) => sum + w[k] * f[k], 0);
  return Math.round(total);
}

/**
 * Whether a loan cannot be applied for at all: a debt overdue now, a 失信 listing, or no IP that counts for a pledge.
 * An asset that cannot be pledged only leaves that asset out; it stops the loan only when nothing else counts.
 */
export function loanBlocked(s: ReadinessState, policy: ReadinessPolicy): boolean {
  return (
    s.currentOverdue ||
    (s.dishonest === true && policy.dishonestBlocks.value) ||
    pledgeableAssets(s).length === 0
  );
}

/** Whether every required document is ticked. */
export function documentsComplete(s: ReadinessState): boolean {
  return s.requiredDocuments.every((d) => s.documentsReady.has(d));
}

const GRADE_ORDER: readonly ReadinessGrade[] = ['A', 'B', 'C', 'D'];

/** The lower (worse) of two grades. */
export function worseGrade(a: ReadinessGrade, b: ReadinessGrade): ReadinessGrade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}

/** Whether grade `a` is better than `b`. */
export function betterGrade(a: ReadinessGrade, b: ReadinessGrade): boolean {
  return GRADE_ORDER.indexOf(a) < GRADE_ORDER.indexOf(b);
}

/** The grade the score earns (its band), before the gates. */
export function bandOf(score: number, policy: ReadinessPolicy): ReadinessGrade {
  return policy.gradeBands.value.find((b) => score >= b.min)?.grade ?? 'D';
}

/**
 * The grade of the state: the score's band, capped by the gates (a loan that cannot be applied for now, documents
 * not ready), and what capped it.
 */
export function gradeOf(
  s: ReadinessState,
  policy: ReadinessPolicy,
  score: number = scoreOf(s, policy)
): { grade: ReadinessGrade; band: ReadinessGrade; cappedBy: 'blocked' | 'documents' | null } {
  const band = bandOf(score, policy);
  const gates = policy.gradeGates.value;
  if (loanBlocked(s, policy) && betterGrade(band, gates.blocked))
    return { grade: gates.blocked, band, cappedBy: 'blocked' };
  if (!documentsComplete(s) && betterGrade(band, gates.documentsMissing))
    return { grade: gates.documentsMissing, band, cappedBy: 'documents' };
  return { grade: band, band, cappedBy: null };
}

/** Pledgeable value of the state (base values × pledge rates × the bundle's synergy factor), 万元. */
export function pledgeableValueWan(
  s: ReadinessState,
  synergyFactor: number,
  at: keyof Range = 'base'
): number {
  const f = facts(s);
  let sum = f.sums[at];
  if (sum === undefined) {
    sum = f.pledgeable.reduce((t, a) => t + (a.value as Range)[at] * a.pledgeRate, 0);
    f.sums[at] = sum;
  }
  return sum * synergyFactor;
}
