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
  HISTORY_GROWTH,
  METHOD_WEIGHTS_EFFECTIVE_FROM,
  PLEDGE_RATE,
  PROFIT_SPLIT_SHARE,
  QUALITY_MAX_PREMIUM,
  QUALITY_WEIGHTS,
  REASONABLE_PROFIT,
  ROYALTY_BY_INDUSTRY,
  ROYALTY_BY_TYPE,
  ROYALTY_TYPE_FACTOR,
  type QualityWeights
} from '../policy/valuation-defaults';
import type { Range, Sourced } from '../policy/types';
import type { IsoDate } from '../dates';
import type { Asset } from '../schema/asset';
import type { Enterprise } from '../schema/enterprise';
import { METHOD_FIT, METHOD_FIT_SOURCE, METHODS, type MethodWeights } from './methods';
import { resolveTax, type TaxParam } from './tax-params';
import type { Origin, Param } from './types';

export type { TaxParam } from './tax-params';

export interface GrowthParam extends Param<number> {
  fromHistory: 'used' | 'unusable' | 'none';
  /** The history's CAGR before the bound (null when not from history). */
  raw: number | null;
  /** Bound and long-run rate of the history rule (policy HISTORY_GROWTH). */
  bound: { min: number; max: number };
  longRun: number;
  /** True when the rate fades linearly to `longRun` over the projection (history-derived growth only). */
  fades: boolean;
  isBounded: boolean;
}

export interface ResolvedParams {
  royalty: Param<Range> & { from: 'royalty' | 'profit_split' | 'default'; variant: string };
  royaltyTypeFactor: Param<number> | null;
  growth: GrowthParam;
  decay: Param<number>;
  economicLife: Param<number>;
  discount: Param<Range>;
  /** The tax of the value a pledge is given against (a market participant's rate by default). */
  taxRate: TaxParam;
  /** The owner's own rate, when it differs from `taxRate` (the owner's value is shown beside it); else null. */
  ownTax: TaxParam | null;
  reasonableProfit: Param<Range>;
  pledgeRate: Param<number>;
  qualityWeights: Param<QualityWeights>;
  qualityMaxPremium: Param<number>;
  methodWeights: Param<MethodWeights>;
}

const fixed = (v: number): Range => ({ low: v, base: v, high: v });

// A default's parameter, built once per policy entry and shared by every asset that takes it. Parameters are
// never changed after they are made (the engine builds new ones), and a shared one lets the assumption list reuse
// its row and key (assumptions.ts) instead of rebuilding them per asset.
const DEFAULTS = new WeakMap<object, Param<unknown>>();
const DERIVED = new WeakMap<object, Map<string, unknown>>();

function fromDefault<T>(d: Sourced<T>): Param<T> {
  let p = DEFAULTS.get(d) as Param<T> | undefined;
  if (p === undefined) {
    p = { value: d.value, origin: 'default', source: d.source, effectiveFrom: d.effectiveFrom };
    DEFAULTS.set(d, p);
  }
  return p;
}

/** `make()` once per (policy object, label): a parameter derived from a default, shared like `fromDefault`'s. */
function once<T>(policy: object, label: string, make: () => T): T {
  let byLabel = DERIVED.get(policy);
  if (byLabel === undefined) {
    byLabel = new Map();
    DERIVED.set(policy, byLabel);
  }
  let p = byLabel.get(label) as T | undefined;
  if (p === undefined) {
    p = make();
    byLabel.set(label, p);
  }
  return p;
}

/** `fromDefault` of the default's base value (a default with a range whose spread this parameter does not use). */
function fromDefaultBase(d: Sourced<Range>): Param<number> {
  return once(d, 'base', () => fromDefault(baseOf(d)));
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
    const m = v.profitSplit.operatingMargin;
    const k = v.profitSplit.share;
    if (k !== undefined) {
      return {
        royalty: { ...set(fixed(k * m), 'asset'), from: 'profit_split', variant: asset.type },
        royaltyTypeFactor: null
      };
    }
    // Margin given, share not: the 25 % rule's range (policy PROFIT_SPLIT_SHARE) times the margin.
    const d = PROFIT_SPLIT_SHARE;
    const value = { low: d.value.low * m, base: d.value.base * m, high: d.value.high * m };
    return {
      royalty: {
        value,
        origin: 'derived',
        source: d.source,
        effectiveFrom: d.effectiveFrom,
        from: 'profit_split',
        variant: asset.type
      },
      royaltyTypeFactor: null
    };
  }
  const byType = ROYALTY_BY_TYPE[asset.type];
  if (byType)
    return {
      royalty: once(byType, asset.type, () => ({
        ...fromDefault(byType),
        from: 'default' as const,
        variant: asset.type
      })),
      royaltyTypeFactor: null
    };
  // The enterprise's royalty is the industry's patent rate: it replaces the sector row, and the per-type factor
  // (utility × 0.7, design × 0.6) still applies. Types with their own default (trademark, software…) keep it.
  const s = enterprise.valuationSettings.royaltyRate;
  const row = s !== undefined ? null : ROYALTY_BY_INDUSTRY[enterprise.industry];
  const factor = ROYALTY_TYPE_FACTOR[asset.type];
  const k = factor?.value ?? 1;
  const times = (patent: Range): Range => ({
    low: patent.low * k,
    base: patent.base * k,
    high: patent.high * k
  });
  return {
    royalty: row
      ? // Keyed by type and industry too: two industries could one day share one row object.
        once(row, `${asset.type}|${enterprise.industry}`, () => ({
          value: times(row.value),
          origin: 'default' as const,
          source: row.source,
          effectiveFrom: row.effectiveFrom,
          from: 'default' as const,
          variant: enterprise.industry
        }))
      : { ...set(times(fixed(s as number)), 'enterprise'), from: 'royalty', variant: asset.type },
    royaltyTypeFactor: factor ? fromDefault(factor) : null
  };
}

/** Raw compound annual growth over the revenue history (unbounded); null with fewer than 2 years or a 0 end. */
export function historyGrowth(history: readonly { year: number; revenueWan: number }[]): number | null {
  if (history.length < 2) return null;
  // The earliest and the latest year, as a stable sort by year would put them first and last (ties: the first
  // and the last given; the schema refuses a year given twice).
  let first = history[0];
  let last = history[0];
  for (const row of history) {
    if (first === undefined || row.year < first.year) first = row;
    if (last === undefined || row.year >= last.year) last = row;
  }
  if (!first || !last || first.revenueWan <= 0 || last.revenueWan <= 0) return null;
  return (last.revenueWan / first.revenueWan) ** (1 / (last.year - first.year)) - 1;
}

// The history rule's bound, made once: the rule is policy data, the same for every asset (results share it, read-only).
const GROWTH_BOUND = { min: HISTORY_GROWTH.value.min, max: HISTORY_GROWTH.value.max };

/** Growth not read from history: the user's or the default rate, held (no fade), with the rule it was not read by. */
function heldGrowth(p: Param<number>, fromHistory: 'unusable' | 'none'): GrowthParam {
  return {
    value: p.value,
    origin: p.origin,
    source: p.source,
    effectiveFrom: p.effectiveFrom,
    bound: GROWTH_BOUND,
    longRun: HISTORY_GROWTH.value.longRun,
    raw: null,
    fades: false,
    isBounded: false,
    fromHistory
  };
}

function resolveGrowth(asset: Asset, enterprise: Enterprise): GrowthParam {
  const history = asset.valuation.revenueHistory ?? [];
  const rule = HISTORY_GROWTH.value;
  const explicit = pick(asset.valuation.growth, enterprise.valuationSettings.growth, fromDefault(GROWTH));
  if (explicit.origin !== 'default') return heldGrowth(explicit, 'none');
  const g = historyGrowth(history);
  if (g === null) return heldGrowth(explicit, history.length >= 2 ? 'unusable' : 'none');
  // Growth read from history: clamped to the bound, fading linearly to the long-run rate (a few good years are not a trend).
  const clamped = Math.min(rule.max, Math.max(rule.min, g));
  return {
    value: clamped,
    origin: 'derived',
    source: HISTORY_GROWTH.source,
    effectiveFrom: HISTORY_GROWTH.effectiveFrom,
    bound: GROWTH_BOUND,
    longRun: rule.longRun,
    raw: g,
    fades: true,
    isBounded: clamped !== g,
    fromHistory: 'used'
  };
}

// The default weights of each type, built once: a shared, never-changed value like the policy's own (assumption
// keys of shared values are computed once too).
const DEFAULT_WEIGHTS = new Map<Asset['type'], MethodWeights>();

function defaultWeights(type: Asset['type']): MethodWeights {
  let w = DEFAULT_WEIGHTS.get(type);
  if (w === undefined) {
    const fit = METHOD_FIT[type];
    w = Object.fromEntries(METHODS.map((m) => [m, fit[m].weight])) as MethodWeights;
    DEFAULT_WEIGHTS.set(type, w);
  }
  return w;
}

function resolveMethodWeights(asset: Asset): Param<MethodWeights> {
  const fit = METHOD_FIT[asset.type];
  const defaults = defaultWeights(asset.type);
  const o = asset.valuation.methodWeights;
  if (!o)
    return once(defaults, 'param', () => ({
      value: defaults,
      origin: 'default' as const,
      source: METHOD_FIT_SOURCE,
      effectiveFrom: METHOD_WEIGHTS_EFFECTIVE_FROM
    }));
  const merged = Object.fromEntries(
    METHODS.map((m) => [m, fit[m].applies ? (o[m] ?? defaults[m]) : 0])
  ) as MethodWeights;
  return set(merged, 'asset');
}

/** All parameters of one asset's valuation, each with where it came from. */
export function resolveParams(asset: Asset, enterprise: Enterprise, asOf: IsoDate): ResolvedParams {
  const v = asset.valuation;
  const s = enterprise.valuationSettings;
  // Field by field rather than spreading the royalty and tax parts in: a spread in the middle of a literal is slow.
  const royalty = resolveRoyalty(asset, enterprise);
  const tax = resolveTax(asset, enterprise, asOf);
  return {
    royalty: royalty.royalty,
    royaltyTypeFactor: royalty.royaltyTypeFactor,
    growth: resolveGrowth(asset, enterprise),
    decay: pick(v.decay, s.decay, fromDefaultBase(DECAY)),
    economicLife: pick(v.economicLifeYears, undefined, fromDefaultBase(ECONOMIC_LIFE[asset.type])),
    discount: pick(
      v.discountRate === undefined ? undefined : fixed(v.discountRate),
      s.discountRate === undefined ? undefined : fixed(s.discountRate),
      fromDefault(DISCOUNT_RATE)
    ),
    taxRate: tax.taxRate,
    ownTax: tax.ownTax,
    reasonableProfit: pick(
      v.cost?.reasonableProfit === undefined ? undefined : fixed(v.cost.reasonableProfit),
      undefined,
      fromDefault(REASONABLE_PROFIT)
    ),
    pledgeRate: pick(v.pledgeRate, s.pledgeRates?.[asset.type], fromDefaultBase(PLEDGE_RATE[asset.type])),
    qualityWeights: pick(v.qualityWeights, s.qualityWeights, fromDefault(QUALITY_WEIGHTS)),
    qualityMaxPremium: fromDefault(QUALITY_MAX_PREMIUM),
    methodWeights: resolveMethodWeights(asset)
  };
}
