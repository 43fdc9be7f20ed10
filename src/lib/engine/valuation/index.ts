/**
 * Valuation of an enterprise's IP: per asset, the approaches that fit, reconciled into a range, pledge
 * eligibility; for the enterprise, the bundle and the assumptions used. Called by `assess()` with parsed input.
 */
import { pledgeEligibility, type Eligibility } from '../eligibility';
import type { LegalTerm } from '../legal-term';
import { SYNERGY } from '../policy/valuation-defaults';
import type { ParsedAssessmentInput } from '../schema/input';
import { valueAsset } from './asset';
import { assetAssumptions, internedEntryKey, mergeAssumptions, synergyAssumption } from './assumptions';
import { bundle, bundleLine, type Bundle, type BundleAsset, type BundleLine } from './bundle';
import { resolveParams } from './params';
import {
  NO_CONTEXT,
  shareProfile,
  splitRoyalties,
  type AssetContext,
  type ProductsSummary
} from './products';
import type { Asset } from '../schema/asset';
import type { Product } from '../schema/enterprise';
import type { AssetValuation, Assumption, IncomeDetail, Param, QualityWeights, Range } from './types';

export type { Bundle, BundleLine } from './bundle';
export { foldProductText, shareProfile, splitRoyalties, NO_CONTEXT } from './products';
export type {
  AssetContext,
  ProductLine,
  ProductRef,
  ProductShare,
  ProductsSummary,
  RoyaltySplit,
  ShareProfile,
  ShareRule
} from './products';
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

/** One asset's valuation step: the valuation, whether it can be pledged, its pledge rate and inherited parameters. */
export interface ValuationOutcome {
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
    profitShare: _ps,
    observedRoyaltyWan: _o,
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

function inheritedParams(
  asset: Asset,
  enterprise: ParsedAssessmentInput['enterprise'],
  asOf: string
): InheritedParams {
  return pickInherited(resolveParams(withoutOverrides(asset), enterprise, asOf));
}

const OVERRIDE_KEYS = [
  'royaltyRate',
  'profitSplit',
  'profitShare',
  'observedRoyaltyWan',
  'growth',
  'decay',
  'economicLifeYears',
  'discountRate',
  'pledgeRate',
  'qualityWeights'
] as const;

function hasOverrides(asset: Asset): boolean {
  const v = asset.valuation;
  return OVERRIDE_KEYS.some((k) => v[k] !== undefined);
}

function pickInherited(p: ReturnType<typeof resolveParams>): InheritedParams {
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
  assets: ValuationOutcome[];
  bundle: Bundle;
  assumptions: Assumption[];
  products: ProductsSummary;
}

function synergySetting(input: Pick<ParsedAssessmentInput, 'enterprise'>): {
  enabled: boolean;
  rate: number;
  isOverridden: boolean;
} {
  const s = input.enterprise.valuationSettings.synergy;
  if (!s?.enabled) return { enabled: false, rate: 0, isOverridden: s !== undefined };
  return { enabled: true, rate: s.rate ?? SYNERGY.value.base, isOverridden: s.rate !== undefined };
}

/** One asset's valuation, eligibility, pledge rate, inherited parameters and assumption entries. */
export interface AssetValued extends ValuationOutcome {
  entries: AssumptionEntry[];
  /** `entryKey` of each entry, computed once. */
  entryKeys: string[];
}

export type AssumptionEntry = Omit<Assumption, 'assetIds'>;

/**
 * Values one asset (with `term` its legal term at `asOf`): what the enterprise valuation needs from it. `ctx` is what
 * it takes from the other assets (its products' revenue and its share of their royalty, `products.ts`).
 */
export function valueOneAsset(
  asset: Asset,
  term: LegalTerm,
  enterprise: ParsedAssessmentInput['enterprise'],
  asOf: string,
  loanTenorYears: number,
  ctx: AssetContext = NO_CONTEXT
): AssetValued {
  const params = resolveParams(asset, enterprise, asOf);
  const valuation = valueAsset(asset, term, asOf, params, ctx);
  const eligibility = pledgeEligibility(asset, term, asOf, loanTenorYears);
  let income: IncomeDetail | null = null;
  let cost = false;
  for (const r of valuation.methods) {
    if (r.status !== 'applied') continue;
    if (r.method === 'income') income = r.detail;
    if (r.method === 'cost') cost = true;
  }
  const stale =
    income?.baseYear != null && valuation.warnings.includes('base_year_stale') ? income.baseYear : null;
  const entries = assetAssumptions(params, asset.type, income !== null, cost, income, stale);
  return {
    valuation,
    eligibility,
    pledgeRate: params.pledgeRate.value,
    // Without its own overrides the asset resolves to the same parameters: no second resolution needed.
    inherited: hasOverrides(asset) ? inheritedParams(asset, enterprise, asOf) : pickInherited(params),
    entries,
    entryKeys: entries.map(internedEntryKey)
  };
}

/** One asset's part of the bundle: its figures and its line (the memo keeps it with the valued asset). */
export interface Bundled {
  asset: BundleAsset;
  line: BundleLine;
}

export function bundled(asset: Pick<Asset, 'id' | 'type'>, valued: AssetValued): Bundled {
  const a: BundleAsset = {
    assetId: asset.id,
    type: asset.type,
    value: valued.valuation.value,
    ownerValue: valued.valuation.ownerValue,
    pledgeRate: valued.pledgeRate,
    eligibility: valued.eligibility,
    sensitivity: valued.valuation.sensitivity
  };
  return { asset: a, line: bundleLine(a) };
}

/** Builds the bundle and the merged assumptions from valued assets (`bundled` when the caller kept it). */
export function combine(
  input: Pick<ParsedAssessmentInput, 'enterprise'>,
  assets: readonly { asset: Pick<Asset, 'id' | 'type'>; valued: AssetValued; bundled?: Bundled }[]
): Omit<EnterpriseValuation, 'assets' | 'products'> {
  const synergy = synergySetting(input);
  const parts = assets.map((a) => a.bundled ?? bundled(a.asset, a.valued));
  return {
    bundle: bundle(
      parts.map((p) => p.asset),
      synergy,
      parts.map((p) => p.line)
    ),
    assumptions: mergeAssumptions(
      assets.map(({ asset, valued }) => ({
        assetId: asset.id,
        entries: valued.entries,
        keys: valued.entryKeys
      })),
      [synergyAssumption(synergy.rate, SYNERGY, synergy.isOverridden)]
    )
  };
}

/** The products of the enterprise by id (what `shareProfile` looks links up in). */
export function productMap(enterprise: ParsedAssessmentInput['enterprise']): Map<string, Product> {
  return new Map(enterprise.products.map((p) => [p.id, p]));
}

/** Values every asset (with `terms[i]` the legal term of `input.assets[i]`) and builds the bundle. */
export function valueEnterprise(
  input: ParsedAssessmentInput,
  terms: readonly LegalTerm[]
): EnterpriseValuation {
  const products = productMap(input.enterprise);
  const profiles = input.assets.map((asset, i) =>
    shareProfile(asset, terms[i] as LegalTerm, input.enterprise, products)
  );
  const { contexts, summary } = splitRoyalties(profiles, input.enterprise);
  const valued = input.assets.map((asset, i) => ({
    asset,
    valued: valueOneAsset(
      asset,
      terms[i] as LegalTerm,
      input.enterprise,
      input.asOf,
      input.options.loanTenorYears,
      contexts.get(asset.id)
    )
  }));
  return {
    assets: valued.map(({ valued: { entries: _e, entryKeys: _k, ...v } }) => v),
    ...combine(input, valued),
    products: summary
  };
}
