/**
 * What each valued asset gives the result: its line (`AssetResult`) and the view readiness and financing read
 * (`ValuedAsset`). `assess` builds them for every asset; the memo builds them once per unchanged asset.
 */
import type { LegalTerm } from './legal-term';
import type { ValuedAsset } from './valued-asset';
import type { AssetResult } from './result';
import type { Asset } from './schema/asset';
import { tornadoBars } from './tornado';
import type { AssetValued, ShareProfile } from './valuation';

/** The view of a valued asset that readiness and financing read. */
export function valuedView(m: {
  asset: Asset;
  term: LegalTerm;
  valued: AssetValued;
  profile: ShareProfile;
}): ValuedAsset {
  const v = m.valued.valuation;
  const income = v.methods.find((x) => x.method === 'income');
  const noRevenue = v.value === null && income?.status === 'not_applicable' && income.reason === 'no_revenue';
  // A listed product without revenue is where the figure goes; else the asset's own revenue field.
  const product = m.profile.products.find((p) => p.productId !== null && p.revenueWan === null);
  return {
    asset: m.asset,
    term: m.term,
    eligibility: m.valued.eligibility,
    value: v.value,
    pledgeRate: m.valued.pledgeRate,
    productKeys: m.profile.products.map((p) => p.key),
    revenueInput: noRevenue
      ? { productId: product?.productId ?? null, productName: product?.name ?? null }
      : null
  };
}

/** The asset's line of the result. */
export function assetResult(asset: Asset, term: LegalTerm, valued: AssetValued): AssetResult {
  const { entries: _e, entryKeys: _k, ...v } = valued;
  return { assetId: asset.id, type: asset.type, term, ...v, tornado: tornadoBars(v.valuation.sensitivity) };
}
