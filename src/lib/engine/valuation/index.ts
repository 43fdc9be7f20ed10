/**
 * Valuation of an enterprise's IP (issue 3): per asset, the approaches that fit, reconciled into a range, pledge
 * eligibility; for the enterprise, the bundle and the assumptions used. Called by `assess()` with parsed input.
 */
import { pledgeEligibility, type Eligibility } from '../eligibility';
import type { LegalTerm } from '../legal-term';
import { SYNERGY } from '../policy/valuation-defaults';
import type { ParsedAssessmentInput } from '../schema/input';
import { valueAsset } from './asset';
import { assetAssumptions, mergeAssumptions, synergyAssumption } from './assumptions';
import { bundle, type Bundle } from './bundle';
import { resolveParams } from './params';
import type { Asset } from '../schema/asset';
import type { AssetValuation, Assumption, Param, QualityWeights, Range } from './types';

export type { Bundle, BundleLine } from './bundle';
export type * from './types';
export { AssetValuationInputSchema, ValuationSettingsSchema } from './schema';
export type { AssetValuationInput, ValuationSettings } from './schema';

/**
 * What each editable parameter of an asset would be without the asset's own override: the enterprise setting, the
 * default, or (growth) derived from the revenue history. The form shows it as the value a reset returns to.
 */
export interface InheritedParams {
  royalty: Param<Range>;
  growth: Param<number>;
  decay: Param<number>;
  economicLife: Param<number>;
  discount: Param<Range>;
  pledgeRate: Param<number>;
  qualityWeights: Param<QualityWeights>;
}

export interface ValuedAsset {
  valuation: AssetValuation;
  eligibility: Eligibility;
  pledgeRate: number;
  inherited: InheritedParams;
}

/** The asset with its own parameter overrides removed (its data, such as revenue and cost, kept). */
function withoutOverrides(asset: Asset): Asset {
  const {
    royaltyRate: _r,
    profitSplit: _s,
    growth: _g,
    decay: _d,
    economicLifeYears: _l,
    discountRate: _i,
    pledgeRate: _p,
    qualityWeights: _w,
    ...data
  } = asset.valuation;
  return { ...asset, valuation: data };
}

function inheritedParams(asset: Asset, enterprise: ParsedAssessmentInput['enterprise']): InheritedParams {
  const p = resolveParams(withoutOverrides(asset), enterprise);
  return {
    royalty: p.royalty,
    growth: p.growth,
    decay: p.decay,
    economicLife: p.economicLife,
    discount: p.discount,
    pledgeRate: p.pledgeRate,
    qualityWeights: p.qualityWeights
  };
}

export interface EnterpriseValuation {
  assets: ValuedAsset[];
  bundle: Bundle;
  assumptions: Assumption[];
}

function synergySetting(input: ParsedAssessmentInput): {
  enabled: boolean;
  rate: number;
  isOverridden: boolean;
} {
  const s = input.enterprise.valuationSettings.synergy;
  if (!s?.enabled) return { enabled: false, rate: 0, isOverridden: s !== undefined };
  return { enabled: true, rate: s.rate ?? SYNERGY.value.base, isOverridden: s.rate !== undefined };
}

/** Values every asset (with `terms[i]` the legal term of `input.assets[i]`) and builds the bundle. */
export function valueEnterprise(
  input: ParsedAssessmentInput,
  terms: readonly LegalTerm[]
): EnterpriseValuation {
  const perAsset = input.assets.map((asset, i) => {
    const term = terms[i] as LegalTerm;
    const params = resolveParams(asset, input.enterprise);
    const valuation = valueAsset(asset, term, input.asOf, params);
    const eligibility = pledgeEligibility(asset, term, input.asOf, input.options.loanTenorYears);
    const uses = (m: string) => valuation.methods.some((r) => r.method === m && r.status === 'applied');
    const entries = assetAssumptions(params, asset.type, uses('income'), uses('cost'));
    return { asset, valuation, eligibility, pledgeRate: params.pledgeRate.value, entries };
  });
  const synergy = synergySetting(input);
  return {
    assets: perAsset.map(({ asset, valuation, eligibility, pledgeRate }) => ({
      valuation,
      eligibility,
      pledgeRate,
      inherited: inheritedParams(asset, input.enterprise)
    })),
    bundle: bundle(
      perAsset.map((a) => ({
        assetId: a.asset.id,
        type: a.asset.type,
        value: a.valuation.value,
        pledgeRate: a.pledgeRate,
        eligibility: a.eligibility,
        sensitivity: a.valuation.sensitivity
      })),
      synergy
    ),
    assumptions: mergeAssumptions(
      perAsset.map((a) => ({ assetId: a.asset.id, entries: a.entries })),
      [synergyAssumption(synergy.rate, SYNERGY, synergy.isOverridden)]
    )
  };
}
