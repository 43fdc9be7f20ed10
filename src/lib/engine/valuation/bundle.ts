/**
 * The bundle (打包组合, provision 5 of the 2019 notice; facts.md §9.4 and §9.6):
 *   total = Σ V_j over all assets with a value
 *   eligible = Σ V_j over the assets that pass pledge eligibility
 *   synergy = s × eligible, only when the enterprise turns it on and at least two eligible assets have a value
 *   pledgeable = (1 + s) × Σ_{eligible} V_j × p_type(j)
 * An ineligible asset, or one without a value, counts zero and carries the reason.
 */
import type { Eligibility, EligibilityReason } from '../eligibility';
import type { Range } from '../policy/types';
import type { AssetType } from '../schema/asset-type';
import type { SensitivityRow } from './types';

export interface BundleLine {
  assetId: string;
  type: AssetType;
  /** Reconciled base value; null when no approach gave one. */
  valueWan: number | null;
  pledgeRate: number;
  eligible: boolean;
  /** Blocking eligibility reasons (empty when eligible). */
  reasons: EligibilityReason[];
  /** The asset's pledgeable value: valueWan × pledgeRate when eligible, else 0. */
  pledgeableValueWan: number;
  /** Why the line counts zero: `valuation.bundle.zero.<code>`. */
  zeroBecause: 'ineligible' | 'no_value' | null;
}

export interface Bundle {
  /** Σ of the values on the pledge's basis (a market participant's tax rate unless the enterprise chose its own). */
  total: Range;
  /** Σ of what the rights are worth to the owner (its own tax rate where that differs; else the same value). */
  ownerTotal: Range;
  eligibleValueWan: number;
  synergy: {
    enabled: boolean;
    rate: number;
    amountWan: number;
    /** 1 + the rate applied (1 when synergy is off or fewer than two assets count): pledgeable value = Σ lines × this. */
    factor: number;
    reason: 'needs_two_assets' | null;
  };
  /** eligibleValueWan + synergy. */
  bundleValueWan: number;
  /** The bundle's pledgeable value (Σ lines' pledgeable value × synergy factor), before any loan-size cap. */
  pledgeableValueWan: number;
  lines: BundleLine[];
  /** How the total base value moves (the assets' sensitivity rows, summed). */
  sensitivity: SensitivityRow[];
}

export interface BundleAsset {
  assetId: string;
  type: AssetType;
  value: Range | null;
  /** The owner's value when it differs from `value` (its own tax rate), else null. */
  ownerValue?: Range | null;
  pledgeRate: number;
  eligibility: Eligibility;
  sensitivity: SensitivityRow[];
}

/** One asset's line in the bundle. */
export function bundleLine(a: BundleAsset): BundleLine {
  const reasons = a.eligibility.reasons.filter((r) => r.severity === 'blocking');
  const valueWan = a.value?.base ?? null;
  const zeroBecause = !a.eligibility.eligible ? 'ineligible' : valueWan === null ? 'no_value' : null;
  const pledgeableValueWan = zeroBecause === null ? (valueWan ?? 0) * a.pledgeRate : 0;
  return {
    assetId: a.assetId,
    type: a.type,
    valueWan,
    pledgeRate: a.pledgeRate,
    eligible: a.eligibility.eligible,
    reasons,
    pledgeableValueWan,
    zeroBecause
  };
}

function sumSensitivity(assets: readonly BundleAsset[]): SensitivityRow[] {
  const rows = assets.find((a) => a.sensitivity.length > 0)?.sensitivity ?? [];
  const out = rows.map((row) => ({ ...row, baseWan: 0, changeWan: 0 }));
  for (const a of assets) {
    for (let i = 0; i < out.length; i++) {
      const r = a.sensitivity[i];
      const o = out[i];
      if (!r || !o) continue;
      o.baseWan += r.baseWan;
      o.changeWan += r.changeWan;
    }
  }
  return out;
}

/** Sums, synergy and pledgeable value of the enterprise's assets. */
export function bundle(
  assets: readonly BundleAsset[],
  synergy: { enabled: boolean; rate: number },
  /** `assets.map(bundleLine)`, when the caller kept them. */
  lines: readonly BundleLine[] = assets.map(bundleLine)
): Bundle {
  const total = { low: 0, base: 0, high: 0 };
  const ownerTotal = { low: 0, base: 0, high: 0 };
  for (const a of assets) {
    if (!a.value) continue;
    total.low += a.value.low;
    total.base += a.value.base;
    total.high += a.value.high;
    const o = a.ownerValue ?? a.value;
    ownerTotal.low += o.low;
    ownerTotal.base += o.base;
    ownerTotal.high += o.high;
  }
  const counted = lines.filter((l) => l.zeroBecause === null);
  const eligibleValueWan = counted.reduce((s, l) => s + (l.valueWan ?? 0), 0);
  const hasFamily = counted.length >= 2;
  const rate = synergy.enabled && hasFamily ? synergy.rate : 0;
  const amountWan = eligibleValueWan * rate;
  const pledgeBase = lines.reduce((s, l) => s + l.pledgeableValueWan, 0);
  return {
    total,
    ownerTotal,
    eligibleValueWan,
    synergy: {
      ...synergy,
      amountWan,
      factor: 1 + rate,
      reason: synergy.enabled && !hasFamily ? 'needs_two_assets' : null
    },
    bundleValueWan: eligibleValueWan + amountWan,
    pledgeableValueWan: pledgeBase * (1 + rate),
    // A new array either way (the default, or the one combine builds): the result's own.
    lines: lines as BundleLine[],
    sensitivity: sumSensitivity(assets)
  };
}
