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
import type { AssetValuation, Assumption } from './types';

export type { Bundle, BundleLine } from './bundle';
export type * from './types';
export { AssetValuationInputSchema, ValuationSettingsSchema } from './schema';
export type { AssetValuationInput, ValuationSettings } from './schema';

export interface ValuedAsset {
  valuation: AssetValuation;
  eligibility: Eligibility;
  pledgeRate: number;
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
    assets: perAsset.map(({ valuation, eligibility, pledgeRate }) => ({
      valuation,
      eligibility,
      pledgeRate
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
