/**
 * What each enterprise-wide valuation setting falls back to when the enterprise leaves it empty: the default the
 * engine then uses, with its source. The settings screen shows these; it does not pick defaults itself.
 */
import { VALUATION_DEFAULTS as D, type QualityWeights } from './policy/valuation-defaults';
import type { Range, Source, Sourced } from './policy/types';
import { ASSET_TYPES, type AssetType } from './schema/asset-type';
import type { Industry } from './schema/industry';
import type { Param } from './valuation';

/** A default always has its source. */
export type DefaultParam<T> = Param<T> & { origin: 'default'; source: Source };

export interface EnterpriseSettingDefaults {
  discountRate: DefaultParam<Range>;
  /** The royalty rate of the enterprise's industry (the settings' royalty applies to all its assets). */
  royaltyRate: DefaultParam<Range>;
  qualityWeights: DefaultParam<QualityWeights>;
  pledgeRates: Record<AssetType, DefaultParam<Range>>;
  /** The synergy uplift used once the enterprise turns synergy on without a rate of its own. */
  synergyRate: DefaultParam<number>;
}

function fromDefault<T>(d: Sourced<T>): DefaultParam<T> {
  return { value: d.value, origin: 'default', source: d.source, effectiveFrom: d.effectiveFrom };
}

/** The defaults behind an enterprise's valuation settings, for an enterprise in `industry`. */
export function enterpriseSettingDefaults(industry: Industry): EnterpriseSettingDefaults {
  return {
    discountRate: fromDefault(D.discountRate),
    royaltyRate: fromDefault(D.royaltyByIndustry[industry]),
    qualityWeights: fromDefault(D.qualityWeights),
    pledgeRates: Object.fromEntries(ASSET_TYPES.map((t) => [t, fromDefault(D.pledgeRate[t])])) as Record<
      AssetType,
      DefaultParam<Range>
    >,
    synergyRate: fromDefault({ ...D.synergy, value: D.synergy.value.base })
  };
}
