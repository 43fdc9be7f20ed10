/**
 * The facts readiness is scored on, as one plain value. The score reads only this; every action is a change of it,
 * so what closing a gap gains is the score after the change minus the score now, never a separate estimate.
 */
import type { EligibilityCode } from '../eligibility';
import type { DocumentId, ReadinessPolicy } from '../policy/readiness';
import type { Range } from '../policy/valuation-defaults';

export interface StateAsset {
  id: string;
  /** Blocking eligibility codes still open. */
  blocking: readonly EligibilityCode[];
  value: Range | null;
  pledgeRate: number;
  /** Years of legal term left; null when the right has no term (a GI). */
  yearsRemaining: number | null;
  inUse: boolean;
}

export interface ReadinessState {
  assets: readonly StateAsset[];
  currentOverdue: boolean;
  overdueLast2Years: boolean;
  /** Years since founding; null when the founding date is not given. */
  operatingYears: number | null;
  revenueWan: number | null;
  rdSpendingWan: number | null;
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
    f = { pledgeable, sums: {}, termless, longestYears, anyInUse: s.assets.some((a) => a.inUse) };
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

/** Share (0-1) of each dimension's points the state earns. */
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
  const ready = s.requiredDocuments.filter((d) => s.documentsReady.has(d)).length;
  return {
    ip: pledgeable.length > 0 ? 1 : 0,
    // Some pledgeable asset has no term or a term of at least tenorNeed (the longest one, NaN never counting).
    term: assets.termless || assets.longestYears >= tenorNeed ? 1 : 0,
    credit: s.currentOverdue || s.overdueLast2Years ? 0 : 1,
    operating:
      (s.operatingYears !== null && s.operatingYears >= policy.minOperatingYears.value ? 0.5 : 0) +
      (s.revenueWan !== null && s.revenueWan > 0 ? 0.5 : 0),
    qualifications: held.length > 0 ? Math.max(...held) : 0,
    rnd_use: (assets.anyInUse ? 0.5 : 0) + (rdOk ? 0.5 : 0),
    documents: s.requiredDocuments.length === 0 ? 1 : ready / s.requiredDocuments.length
  };
}

/** The score, 0-100, rounded to a whole point (the only rounding: dimension points stay exact). */
export function scoreOf(s: ReadinessState, policy: ReadinessPolicy): number {
  const f = fractions(s, policy);
  const w = policy.weights.value;
  const total = (Object.keys(w) as (keyof typeof w)[]).reduce((sum, k) => sum + w[k] * f[k], 0);
  return Math.round(total);
}

/** Whether a loan cannot be applied for at all: a debt overdue now, or no IP that counts for a pledge. */
export function loanBlocked(s: ReadinessState): boolean {
  return s.currentOverdue || pledgeableAssets(s).length === 0;
}

/** Pledgeable value of the state (base values × pledge rates × the bundle's synergy factor), 万元. */
export function pledgeableWan(s: ReadinessState, synergyFactor: number, at: keyof Range = 'base'): number {
  const f = facts(s);
  let sum = f.sums[at];
  if (sum === undefined) {
    sum = f.pledgeable.reduce((t, a) => t + (a.value as Range)[at] * a.pledgeRate, 0);
    f.sums[at] = sum;
  }
  return sum * synergyFactor;
}
