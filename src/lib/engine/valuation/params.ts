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
  PLEDGE_TAX_BASIS,
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
import { INCOME_TAX, type TaxRegime } from '../policy/rates';
import { inForce } from '../policy/types';
import type { Asset } from '../schema/asset';
import type { Enterprise } from '../schema/enterprise';
import { METHOD_FIT, METHOD_FIT_SOURCE, METHODS, type MethodWeights } from './methods';
import type { Origin, Param } from './types';

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

export interface TaxParam extends Param<number> {
  /** Regime of a default rate; null when the user set the rate. */
  variant: TaxRegime | null;
  basis: 'own' | 'statutory';
  /** Last day the rate applies (a dated relief), and the rate after it; null / same rate when undated. */
  until: IsoDate | null;
  after: number;
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
      royalty: { ...fromDefault(byType), from: 'default', variant: asset.type },
      royaltyTypeFactor: null
    };
  // The enterprise's royalty is the industry's patent rate: it replaces the sector row, and the per-type factor
  // (utility × 0.7, design × 0.6) still applies. Types with their own default (trademark, software…) keep it.
  const s = enterprise.valuationSettings.royaltyRate;
  const row = s !== undefined ? null : ROYALTY_BY_INDUSTRY[enterprise.industry];
  const factor = ROYALTY_TYPE_FACTOR[asset.type];
  const k = factor?.value ?? 1;
  const patent = row ? row.value : fixed(s as number);
  const value = { low: patent.low * k, base: patent.base * k, high: patent.high * k };
  return {
    royalty: row
      ? { ...fromDefault({ ...row, value }), from: 'default', variant: enterprise.industry }
      : { ...set(value, 'enterprise'), from: 'royalty', variant: asset.type },
    royaltyTypeFactor: factor ? fromDefault(factor) : null
  };
}

/** Raw compound annual growth over the revenue history (unbounded); null with fewer than 2 years or a 0 end. */
export function historyGrowth(history: readonly { year: number; revenueWan: number }[]): number | null {
  if (history.length < 2) return null;
  const sorted = [...history].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || first.revenueWan <= 0 || last.revenueWan <= 0) return null;
  return (last.revenueWan / first.revenueWan) ** (1 / (last.year - first.year)) - 1;
}

function resolveGrowth(asset: Asset, enterprise: Enterprise): GrowthParam {
  const history = asset.valuation.revenueHistory ?? [];
  const rule = HISTORY_GROWTH.value;
  const common = { bound: { min: rule.min, max: rule.max }, longRun: rule.longRun };
  const explicit = pick(asset.valuation.growth, enterprise.valuationSettings.growth, fromDefault(GROWTH));
  const none = { ...common, raw: null, fades: false, isBounded: false };
  if (explicit.origin !== 'default') return { ...explicit, ...none, fromHistory: 'none' };
  const g = historyGrowth(history);
  if (g === null) return { ...explicit, ...none, fromHistory: history.length >= 2 ? 'unusable' : 'none' };
  // Growth read from history: clamped to the bound, fading linearly to the long-run rate (a few good years are not a trend).
  const clamped = Math.min(rule.max, Math.max(rule.min, g));
  return {
    value: clamped,
    origin: 'derived',
    source: HISTORY_GROWTH.source,
    effectiveFrom: HISTORY_GROWTH.effectiveFrom,
    ...common,
    raw: g,
    fades: true,
    isBounded: clamped !== g,
    fromHistory: 'used'
  };
}

/**
 * Whether the owner is a 小型微利企业: its own answer, else derived when staff, total assets and net profit (the
 * taxable income's stand-in) are all known and within the caps of the entry in force.
 */
export function isSmallLowProfit(
  enterprise: Enterprise,
  caps: Readonly<Record<string, number>> | undefined
): boolean {
  const said = enterprise.valuationSettings.smallLowProfit;
  if (said !== undefined) return said;
  const f = enterprise.financials;
  if (!caps || enterprise.employees === undefined) return false;
  if (f.totalAssetsWan === undefined || f.netProfitWan === undefined) return false;
  return (
    enterprise.employees <= (caps.employees ?? 0) &&
    f.totalAssetsWan <= (caps.totalAssetsWan ?? 0) &&
    f.netProfitWan <= (caps.taxableIncomeWan ?? 0)
  );
}

type TaxEntry = (typeof INCOME_TAX)[number];

function regimeEntry(regime: TaxRegime, asOf: IsoDate): TaxEntry | null {
  return inForce(
    INCOME_TAX.filter((e) => e.value.regime === regime),
    'national',
    asOf
  );
}

/** The owner's rate at `asOf`: the lowest of the regimes it qualifies for (reliefs do not stack). */
function ownRate(enterprise: Enterprise, asOf: IsoDate): TaxEntry {
  const standard = regimeEntry('standard', asOf) as TaxEntry;
  let best = standard;
  const consider = (e: TaxEntry | null) => {
    if (e && e.value.rate < best.value.rate) best = e;
  };
  if (enterprise.qualifications.highTech) consider(regimeEntry('high_tech', asOf));
  const small = regimeEntry('small_low_profit', asOf);
  if (small && isSmallLowProfit(enterprise, small.caps)) consider(small);
  return best;
}

function taxEntryParam(entry: TaxEntry, basis: TaxParam['basis'], after: number): TaxParam {
  return {
    value: entry.value.rate,
    origin: 'default',
    source: entry.source,
    effectiveFrom: entry.effectiveFrom,
    variant: entry.value.regime,
    basis,
    until: entry.effectiveTo,
    after: entry.effectiveTo === null ? entry.value.rate : after
  };
}

/** The owner's own effective rate as a parameter: a dated relief ends, then the rate without it applies. */
function ownTaxParam(enterprise: Enterprise, asOf: IsoDate): TaxParam {
  const entry = ownRate(enterprise, asOf);
  const after =
    entry.effectiveTo === null
      ? entry.value.rate
      : ownRate(
          { ...enterprise, valuationSettings: { ...enterprise.valuationSettings, smallLowProfit: false } },
          asOf
        ).value.rate;
  return taxEntryParam(entry, 'own', after);
}

function sameTax(a: TaxParam, b: TaxParam): boolean {
  return a.value === b.value && a.until === b.until && a.after === b.after;
}

/**
 * The income tax of the royalty-relief and observed-royalty forms. The value a pledge is given against uses a market
 * participant's basis by default (policy PLEDGE_TAX_BASIS: the statutory 25 % of a typical licensee; the owner's
 * relief does not pass to a buyer); the enterprise may choose its own rate instead (`taxBasis: 'own'`). What the
 * right is worth to the owner uses the owner's own effective rate (小型微利 5 % until 2027-12-31, 高新 15 %): a dated
 * relief applies to the years before its end, later years take the rate without it. A rate the user set is used for
 * both.
 */
function resolveTax(
  asset: Asset,
  enterprise: Enterprise,
  asOf: IsoDate
): { taxRate: TaxParam; ownTax: TaxParam | null } {
  const basis = enterprise.valuationSettings.taxBasis ?? PLEDGE_TAX_BASIS.value;
  const userRate = asset.valuation.taxRate ?? enterprise.valuationSettings.taxRate;
  if (userRate !== undefined) {
    const origin = asset.valuation.taxRate !== undefined ? 'asset' : 'enterprise';
    return {
      taxRate: { ...set(userRate, origin), variant: null, basis, until: null, after: userRate },
      ownTax: null
    };
  }
  const own = ownTaxParam(enterprise, asOf);
  if (basis === 'own') return { taxRate: own, ownTax: null };
  const standard = regimeEntry('standard', asOf) as TaxEntry;
  const market = taxEntryParam(standard, 'statutory', standard.value.rate);
  return { taxRate: market, ownTax: sameTax(market, own) ? null : own };
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
    return {
      value: defaults,
      origin: 'default',
      source: METHOD_FIT_SOURCE,
      effectiveFrom: METHOD_WEIGHTS_EFFECTIVE_FROM
    };
  const merged = Object.fromEntries(
    METHODS.map((m) => [m, fit[m].applies ? (o[m] ?? defaults[m]) : 0])
  ) as MethodWeights;
  return set(merged, 'asset');
}

/** All parameters of one asset's valuation, each with where it came from. */
export function resolveParams(asset: Asset, enterprise: Enterprise, asOf: IsoDate): ResolvedParams {
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
    ...resolveTax(asset, enterprise, asOf),
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
