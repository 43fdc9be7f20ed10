/**
 * Products and the royalty their rights share (facts.md §1.3: a royalty is a share of the product's sales, priced for
 * the product's technology, brand or content as a whole). Rights of one family that serve the same product share
 * that product's royalty; each keeps its own stand-alone rate r_j times its share:
 *   k_j = r_j × w_j ÷ Σ_{i serving the product} w_i
 * with w the owner's weight, else (when the enterprise chooses the quality rule) the quality index ÷ 50 (at least the
 * policy floor ÷ 50), else 1: one scale, where a right of neutral quality weighs 1. Five patents on one product
 * together earn what one earns; adding a right never changes another's weight, so it never raises their part.
 *
 * Which product a right serves: the enterprise's products it links (`use.productIds`), else the product text it
 * typed (`use.products`, matched after trimming, folding width and case), else none (it shares with nobody).
 * Only rights valued by royalty relief on a royalty that is not their own take part: a royalty, profit split,
 * profit share or licence income the owner set on a right is that right's own figure, taken as its part.
 * A right with several products takes the revenue-weighted mean of its shares (the plain mean without revenues).
 */
import type { LegalTerm } from '../legal-term';
import {
  QUALITY_MAX_PREMIUM,
  QUALITY_WEIGHTS,
  ROYALTY_FAMILY,
  ROYALTY_SHARE,
  type RoyaltyFamily
} from '../policy/valuation-defaults';
import type { Asset } from '../schema/asset';
import type { Enterprise, Product } from '../schema/enterprise';
import { METHOD_FIT } from './methods';
import { qualityIndex } from './quality';
import type { ProductShare, RoyaltySplit, ShareRule } from './types';

export type { ProductShare, RoyaltySplit, ShareRule } from './types';

/** One product an asset serves, as the valuation reads it. */
export interface ProductRef {
  /** `p:<product id>` for a listed product, `t:<folded text>` for typed text. */
  key: string;
  productId: string | null;
  /** The product's name as listed, or the text as typed. */
  name: string;
  /** Last year's revenue: the listed product's, or (typed text) the asset's own figure. */
  revenueWan: number | null;
}

/** What pass one reads from one asset: its products, whether it shares their royalty, and its weight. */
export interface ShareProfile {
  assetId: string;
  products: ProductRef[];
  family: RoyaltyFamily;
  /** Valued by royalty relief on a royalty not its own, with revenue to apply it to, and a live right. */
  shares: boolean;
  ownerWeight: number | null;
  qualityIndex: number;
  /** Revenue of the listed products the asset links (their sum), null when none gives one. */
  linkedRevenueWan: number | null;
}

/** What the valuation of one asset takes from the others: the linked products' revenue and its royalty split. */
export interface AssetContext {
  productRevenueWan: number | null;
  split: RoyaltySplit | null;
}

export const NO_CONTEXT: AssetContext = { productRevenueWan: null, split: null };

/** Typed product text folded for matching: width (NFKC), case, runs of space. */
export function foldProductText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const ENDED: readonly LegalTerm['status'][] = ['expired', 'lapsed', 'invalidated', 'abandoned'];

/** The quality index of an unanswered questionnaire: a right of neutral quality weighs 1. */
const NEUTRAL_QUALITY = 50;

function ownRoyalty(a: Asset): boolean {
  const v = a.valuation;
  return (
    v.royaltyRate !== undefined ||
    v.profitSplit !== undefined ||
    v.profitShare !== undefined ||
    v.observedRoyaltyWan !== undefined
  );
}

/** The products an asset serves: its listed links, else its typed text, else none. */
export function productRefs(asset: Asset, products: ReadonlyMap<string, Product>): ProductRef[] {
  const linked: ProductRef[] = [];
  for (const id of asset.use.productIds) {
    const p = products.get(id);
    if (p && !linked.some((l) => l.productId === id))
      linked.push({ key: `p:${id}`, productId: id, name: p.name, revenueWan: p.revenueWan ?? null });
  }
  if (linked.length > 0) return linked;
  const text = foldProductText(asset.use.products);
  if (text === '') return [];
  return [
    {
      key: `t:${text}`,
      productId: null,
      name: asset.use.products.trim(),
      revenueWan: asset.use.revenueWan ?? null
    }
  ];
}

function positive(n: number | null | undefined): boolean {
  return n !== null && n !== undefined && n > 0;
}

/** Pass one: what one asset brings to the split. Pure in the asset, the enterprise's products and settings. */
export function shareProfile(
  asset: Asset,
  term: LegalTerm,
  enterprise: Pick<Enterprise, 'valuationSettings'>,
  products: ReadonlyMap<string, Product>
): ShareProfile {
  const refs = productRefs(asset, products);
  const listed = refs.filter((r) => r.productId !== null && r.revenueWan !== null);
  const linkedRevenueWan = listed.length > 0 ? listed.reduce((s, r) => s + (r.revenueWan ?? 0), 0) : null;
  const v = asset.valuation;
  const history = v.revenueHistory ?? [];
  const hasRevenue =
    (v.revenueForecastWan ?? []).some((x) => x > 0) ||
    history.some((h) => h.revenueWan > 0) ||
    positive(linkedRevenueWan) ||
    positive(asset.use.revenueWan);
  const shares =
    refs.length > 0 &&
    !ENDED.includes(term.status) &&
    METHOD_FIT[asset.type].income.applies &&
    !ownRoyalty(asset) &&
    hasRevenue;
  const weights = v.qualityWeights ?? enterprise.valuationSettings.qualityWeights ?? QUALITY_WEIGHTS.value;
  return {
    assetId: asset.id,
    products: refs,
    family: ROYALTY_FAMILY.value[asset.type],
    shares,
    ownerWeight: asset.use.shareWeight ?? null,
    qualityIndex: qualityIndex(v.quality ?? {}, weights, QUALITY_MAX_PREMIUM.value).index,
    linkedRevenueWan
  };
}

/** A product as the result lists it: its revenue and the rights that serve it, with their shares. */
export interface ProductLine {
  key: string;
  productId: string | null;
  name: string;
  revenueWan: number | null;
  /** Every asset that serves it (sharing its royalty or not). */
  assetIds: string[];
  /** Per royalty family, the rights that share its royalty and their shares. */
  splits: {
    family: RoyaltyFamily;
    rule: ShareRule;
    members: { assetId: string; weight: number; share: number }[];
  }[];
}

export interface ProductsSummary {
  products: ProductLine[];
  /** Σ of the products' revenues (each product once), 万元; null when none gives one. */
  totalRevenueWan: number | null;
  /** The enterprise's revenue last year, 万元; null when not given. */
  companyRevenueWan: number | null;
  /** The products' revenues add up to more than the enterprise's: a typo or the same sales counted twice. */
  exceedsCompany: boolean;
}

/** Pass two: every asset's split and context, and the products as the result lists them. */
export function splitRoyalties(
  profiles: readonly ShareProfile[],
  enterprise: Pick<Enterprise, 'valuationSettings' | 'financials' | 'products'>
): { contexts: Map<string, AssetContext>; summary: ProductsSummary } {
  const byKey = new Map<string, { ref: ProductRef; assetIds: string[]; revenues: number[] }>();
  // Per (product, family): the rights that share its royalty.
  const sharing = new Map<string, ShareProfile[]>();
  for (const p of profiles)
    for (const ref of p.products) {
      let g = byKey.get(ref.key);
      if (!g) byKey.set(ref.key, (g = { ref, assetIds: [], revenues: [] }));
      g.assetIds.push(p.assetId);
      if (ref.revenueWan !== null) g.revenues.push(ref.revenueWan);
      if (!p.shares) continue;
      const k = `${ref.key}|${p.family}`;
      const list = sharing.get(k);
      if (list) list.push(p);
      else sharing.set(k, [p]);
    }
  const setting = enterprise.valuationSettings.shareBy ?? ROYALTY_SHARE.value.rule;
  const floor = ROYALTY_SHARE.value.qualityFloor;
  // Per (product, family): the rule and each member's weight.
  const groups = new Map<string, { rule: ShareRule; weights: Map<string, number>; total: number }>();
  for (const [k, members] of sharing) {
    // A right's weight is its owner's, else (quality rule) its quality index over the neutral 50, else 1: one scale,
    // so a right added to the product never changes another's weight (and never raises another's part).
    const rule: ShareRule = members.some((m) => m.ownerWeight !== null) ? 'owner' : setting;
    const weights = new Map<string, number>();
    for (const m of members)
      weights.set(
        m.assetId,
        m.ownerWeight ?? (setting === 'quality' ? Math.max(floor, m.qualityIndex) / NEUTRAL_QUALITY : 1)
      );
    let total = 0;
    for (const w of weights.values()) total += w;
    groups.set(k, { rule, weights, total });
  }
  const contexts = new Map<string, AssetContext>();
  for (const p of profiles) {
    let split: RoyaltySplit | null = null;
    if (p.shares) {
      const lines: ProductShare[] = [];
      let rule: ShareRule = 'equal';
      for (const ref of p.products) {
        const g = groups.get(`${ref.key}|${p.family}`);
        const w = g?.weights.get(p.assetId);
        if (!g || w === undefined) continue;
        rule = g.rule;
        lines.push({
          key: ref.key,
          productId: ref.productId,
          name: ref.name,
          revenueWan: groupRevenue(byKey.get(ref.key)),
          members: g.weights.size,
          weight: w,
          share: w / g.total
        });
      }
      const withRevenue = lines.every((l) => positive(l.revenueWan));
      const factor = withRevenue
        ? lines.reduce((s, l) => s + l.share * (l.revenueWan as number), 0) /
          lines.reduce((s, l) => s + (l.revenueWan as number), 0)
        : lines.reduce((s, l) => s + l.share, 0) / lines.length;
      // A right alone on its products keeps its whole royalty: no split to show.
      if (lines.length > 0 && lines.some((l) => l.members > 1))
        split = { factor, rule, family: p.family, products: lines };
    }
    contexts.set(p.assetId, { productRevenueWan: p.linkedRevenueWan, split });
  }
  const splitsOf = new Map<string, ProductLine['splits']>();
  for (const [k, v] of groups) {
    const cut = k.lastIndexOf('|');
    const key = k.slice(0, cut);
    const list = splitsOf.get(key) ?? [];
    list.push({
      family: k.slice(cut + 1) as RoyaltyFamily,
      rule: v.rule,
      members: [...v.weights.entries()].map(([assetId, weight]) => ({
        assetId,
        weight,
        share: weight / v.total
      }))
    });
    splitsOf.set(key, list);
  }
  const products: ProductLine[] = [...byKey.entries()].map(([key, g]) => ({
    key,
    productId: g.ref.productId,
    name: g.ref.name,
    revenueWan: groupRevenue(g),
    assetIds: g.assetIds,
    splits: splitsOf.get(key) ?? []
  }));
  // Listed products the enterprise gave a revenue but no asset links still count in the total.
  for (const p of enterprise.products)
    if (!byKey.has(`p:${p.id}`))
      products.push({
        key: `p:${p.id}`,
        productId: p.id,
        name: p.name,
        revenueWan: p.revenueWan ?? null,
        assetIds: [],
        splits: []
      });
  const known = products.filter((p) => p.revenueWan !== null);
  const totalRevenueWan = known.length > 0 ? known.reduce((s, p) => s + (p.revenueWan as number), 0) : null;
  const companyRevenueWan = enterprise.financials.revenueWan ?? null;
  return {
    contexts,
    summary: {
      products,
      totalRevenueWan,
      companyRevenueWan,
      exceedsCompany:
        totalRevenueWan !== null && companyRevenueWan !== null && totalRevenueWan > companyRevenueWan + 1e-9
    }
  };
}

/**
 * A product's revenue: a listed product's own figure; typed text shared by several assets takes the largest figure
 * they typed (they describe the same sales, which are counted once).
 */
function groupRevenue(g: { ref: ProductRef; revenues: number[] } | undefined): number | null {
  if (!g) return null;
  if (g.ref.productId !== null) return g.ref.revenueWan;
  return g.revenues.length > 0 ? Math.max(...g.revenues) : null;
}
