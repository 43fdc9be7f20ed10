/**
 * Resolves every valuation parameter of one asset with its provenance. Precedence: the asset's own input, then the
 * enterprise's settings, then the default from policy/valuation-defaults.ts. A value the user set is the same at
 * low, base and high; only defaults carry a spread.
 */
import {
  DECAY,
  DISCOUNT_RATE,
  ECONOMIC_LIFE,
  GROWTH,
  PLEDGE_RATE,
  QUALITY_MAX_PREMIUM,
  QUALITY_WEIGHTS,
  REASONABLE_PROFIT,
  ROYALTY_BY_INDUSTRY,
  ROYALTY_BY_TYPE,
  ROYALTY_TYPE_FACTOR,
  TAX_RATE,
  type QualityWeights,
  type Range,
  type Sourced
} from '../policy/valuation-defaults';
import type { Asset } from '../schema/asset';
import type { Enterprise } from '../schema/enterprise';
import { METHOD_FIT, METHOD_FIT_SOURCE, METHODS, type MethodWeights } from './methods';
import type { Origin, Param } from './types';

export interface ResolvedParams {
  royalty: Param<Range> & { from: 'royalty' | 'profit_split' | 'default'; variant: string };
  royaltyTypeFactor: Param<number> | null;
  growth: Param<number> & { fromHistory: 'used' | 'unusable' | 'none' };
  decay: Param<number>;
  economicLife: Param<number>;
  discount: Param<Range>;
  taxRate: Param<number> & { variant: 'standard' | 'high_tech' | null };
  reasonableProfit: Param<Range>;
  pledgeRate: Param<number>;
  qualityWeights: Param<QualityWeights>;
  qualityMaxPremium: Param<number>;
  methodWeights: Param<MethodWeights>;
}

const fixed = (v: number): Range => ({ low: v, base: v, high: v });

function fromDefault<T>(d: Sourced<T>): Param<T> {
  return { value: d.value, origin: 'default', source: d.source, effectiveFrom: d.effectiveFrom };
}

function set<T>(value: T, origin: Origin): Param<T> {
  return { value, origin, source: null, effectiveFrom: null };
}

/** The asset's value, else the enterprise's, else the default. */
function pick<T>(assetValue: T | undefined, enterpriseValue: T | undefined, fallback: Param<T>): Param<T> {
  if (assetValue !== undefined) return set(assetValue, 'asset');
  if (enterpriseValue !== undefined) return set(enterpriseValue, 'enterprise');
  return fallback;
}

function baseOf(d: Sourced<Range>): Sourced<number> {
  return { ...d, value: d.value.base };
}

function resolveRoyalty(
  asset: Asset,
  enterprise: Enterprise
): Pick<ResolvedParams, 'royalty' | 'royaltyTypeFactor'> {
  const v = asset.valuation;
  if (v.royaltyRate !== undefined) {
    return {
      royalty: { ...set(fixed(v.royaltyRate), 'asset'), from: 'royalty', variant: asset.type },
      royaltyTypeFactor: null
    };
  }
  if (v.profitSplit) {
    const r = v.profitSplit.share * v.profitSplit.operatingMargin;
    return {
      royalty: { ...set(fixed(r), 'asset'), from: 'profit_split', variant: asset.type },
      royaltyTypeFactor: null
    };
  }
  const s = enterprise.valuationSettings.royaltyRate;
  if (s !== undefined) {
    return {
      royalty: { ...set(fixed(s), 'enterprise'), from: 'royalty', variant: asset.type },
      royaltyTypeFactor: null
    };
  }
  const byType = ROYALTY_BY_TYPE[asset.type];
  if (byType)
    return {
      royalty: { ...fromDefault(byType), from: 'default', variant: asset.type },
      royaltyTypeFactor: null
    };
  const row = ROYALTY_BY_INDUSTRY[enterprise.industry];
  const factor = ROYALTY_TYPE_FACTOR[asset.type];
  const k = factor?.value ?? 1;
  const value = { low: row.value.low * k, base: row.value.base * k, high: row.value.high * k };
  return {
    royalty: { ...fromDefault({ ...row, value }), from: 'default', variant: enterprise.industry },
    royaltyTypeFactor: factor ? fromDefault(factor) : null
  };
}

/** Compound annual growth over the revenue history; null when it cannot be computed (fewer than 2 years, or a 0 start). */
export function historyGrowth(history: readonly { year: number; revenueWan: number }[]): number | null {
  if (history.length < 2) return null;
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || first.revenueWan <= 0 || last.revenueWan <= 0) return null;
  const g = (last.revenueWan / first.revenueWan) ** (1 / (last.year - first.year)) - 1;
  return Math.min(1, Math.max(-0.5, g));
}

function resolveGrowth(asset: Asset, enterprise: Enterprise): ResolvedParams['growth'] {
  const history = asset.valuation.revenueHistory ?? [];
  const g = historyGrowth(history);
  const explicit = pick(asset.valuation.growth, enterprise.valuationSettings.growth, fromDefault(GROWTH));
  if (explicit.origin !== 'default') return { ...explicit, fromHistory: 'none' };
  if (g !== null) return { ...set(g, 'derived'), fromHistory: 'used' };
  return { ...explicit, fromHistory: history.length >= 2 ? 'unusable' : 'none' };
}

function resolveTax(asset: Asset, enterprise: Enterprise): ResolvedParams['taxRate'] {
  const d = enterprise.qualifications.highTech ? TAX_RATE.highTech : TAX_RATE.standard;
  const p = pick(asset.valuation.taxRate, enterprise.valuationSettings.taxRate, fromDefault(d));
  return {
    ...p,
    variant: p.origin === 'default' ? (enterprise.qualifications.highTech ? 'high_tech' : 'standard') : null
  };
}

function resolveMethodWeights(asset: Asset): Param<MethodWeights> {
  const fit = METHOD_FIT[asset.type];
  const defaults = Object.fromEntries(METHODS.map((m) => [m, fit[m].weight])) as MethodWeights;
  const o = asset.valuation.methodWeights;
  if (!o)
    return {
      value: defaults,
      origin: 'default',
      source: METHOD_FIT_SOURCE,
      effectiveFrom: DISCOUNT_RATE.effectiveFrom
    };
  const merged = Object.fromEntries(
    METHODS.map((m) => [m, fit[m].applies ? (o[m] ?? defaults[m]) : 0])
  ) as MethodWeights;
  return set(merged, 'asset');
}

/** All parameters of one asset's valuation, each with where it came from. */
export function resolveParams(asset: Asset, enterprise: Enterprise): ResolvedParams {
  const v = asset.valuation;
  const s = enterprise.valuationSettings;
  return {
    ...resolveRoyalty(asset, enterprise),
    growth: resolveGrowth(asset, enterprise),
    decay: pick(v.decay, s.decay, fromDefault(baseOf(DECAY))),
    economicLife: pick(v.economicLifeYears, undefined, fromDefault(baseOf(ECONOMIC_LIFE[asset.type]))),
    discount: pick(
      v.discountRate === undefined ? undefined : fixed(v.discountRate),
      s.discountRate === undefined ? undefined : fixed(s.discountRate),
      fromDefault(DISCOUNT_RATE)
    ),
    taxRate: resolveTax(asset, enterprise),
    reasonableProfit: pick(
      v.cost?.reasonableProfit === undefined ? undefined : fixed(v.cost.reasonableProfit),
      undefined,
      fromDefault(REASONABLE_PROFIT)
    ),
    pledgeRate: pick(v.pledgeRate, s.pledgeRates?.[asset.type], fromDefault(baseOf(PLEDGE_RATE[asset.type]))),
    qualityWeights: pick(v.qualityWeights, s.qualityWeights, fromDefault(QUALITY_WEIGHTS)),
    qualityMaxPremium: fromDefault(QUALITY_MAX_PREMIUM),
    methodWeights: resolveMethodWeights(asset)
  };
}
