/**
 * The valuation of one asset: the three approaches where they fit, reconciled into low / base / high, with the
 * remaining life, the quality adjustment and the sensitivity. Pure: everything comes in as arguments.
 */
import { yearsBetween, type IsoDate } from '../dates';
import type { LegalTerm } from '../legal-term';
import type { Range } from '../policy/valuation-defaults';
import type { Asset } from '../schema/asset';
import { costValue, obsolescence } from './cost';
import { hasRevenue, royaltyReliefSchedule, royaltyReliefValue, type RoyaltyReliefInputs } from './income';
import { legalYearsForValuation, remainingLife } from './life';
import { adjustComparable, marketRange } from './market';
import { METHOD_FIT, METHODS, type Method } from './methods';
import type { ResolvedParams } from './params';
import { qualityIndex } from './quality';
import { reconcile, type Reconciled } from './reconcile';
import { sensitivity, type Tweak, NO_TWEAK } from './sensitivity';
import type { AssetValuation, MethodResult, QualityResult, RemainingLife, ValuationWarning } from './types';

/** Lowest discount rate the engine uses after the quality adjustment and sensitivity moves. */
export const DISCOUNT_FLOOR = 0.01;

interface Context {
  asset: Asset;
  term: LegalTerm;
  asOf: IsoDate;
  params: ResolvedParams;
  quality: QualityResult;
  legalYears: number | null;
}

interface Core {
  methods: MethodResult[];
  reconciled: Reconciled;
  life: RemainingLife;
  discountAfter: Range;
  isFloored: boolean;
}

function shift(r: Range, delta: number): { range: Range; isFloored: boolean } {
  const f = (x: number) => Math.max(DISCOUNT_FLOOR, x + delta);
  const range = { low: f(r.low), base: f(r.base), high: f(r.high) };
  return { range, isFloored: r.low + delta < DISCOUNT_FLOOR };
}

function lifeWith(ctx: Context, tweak: Tweak): RemainingLife {
  const life = remainingLife(ctx.params.economicLife.value, ctx.legalYears);
  if (tweak.lifeDelta === 0) return life;
  const cap = ctx.legalYears ?? Number.POSITIVE_INFINITY;
  return { ...life, years: Math.max(0, Math.min(cap, life.years + tweak.lifeDelta)) };
}

function baseRevenue(asset: Asset): { wan: number | null; from: 'history' | 'use' } {
  const history = asset.valuation.revenueHistory ?? [];
  if (history.length > 0) {
    const latest = history.reduce((a, b) => (b.year > a.year ? b : a));
    return { wan: latest.revenueWan, from: 'history' };
  }
  return { wan: asset.use.revenueWan ?? null, from: 'use' };
}

function incomeMethod(
  ctx: Context,
  why: string,
  life: RemainingLife,
  discount: Range,
  tweak: Tweak
): MethodResult {
  const p = ctx.params;
  const revenue = baseRevenue(ctx.asset);
  const forecastWan = ctx.asset.valuation.revenueForecastWan ?? [];
  const common = {
    baseRevenueWan: revenue.wan,
    forecastWan,
    growth: p.growth.value + tweak.growthDelta,
    taxRate: p.taxRate.value,
    decay: p.decay.value,
    lifeYears: life.years
  };
  if (!hasRevenue(common)) return { method: 'income', status: 'not_applicable', why, reason: 'no_revenue' };
  const royalty = {
    low: p.royalty.value.low * tweak.royaltyFactor,
    base: p.royalty.value.base * tweak.royaltyFactor,
    high: p.royalty.value.high * tweak.royaltyFactor
  };
  const at = (royaltyRate: number, discountRate: number): RoyaltyReliefInputs => ({
    ...common,
    royaltyRate,
    discountRate
  });
  const base = at(royalty.base, discount.base);
  return {
    method: 'income',
    status: 'applied',
    why,
    // Low pairs the low royalty with the high discount rate; high the reverse.
    value: {
      low: royaltyReliefValue(at(royalty.low, discount.high)),
      base: royaltyReliefValue(base),
      high: royaltyReliefValue(at(royalty.high, discount.low))
    },
    detail: {
      ...common,
      revenueFrom: forecastWan.length > 0 ? 'forecast' : revenue.from,
      royalty,
      royaltyFrom: p.royalty.from,
      discount,
      years: royaltyReliefSchedule(base)
    }
  };
}

/** When the cost was incurred: the user's date, else the start of the legal term, else the creation date. */
function costDate(ctx: Context): IsoDate | null {
  return ctx.asset.valuation.cost?.incurredOn ?? ctx.term.startsOn ?? ctx.asset.creationDate ?? null;
}

function costMethod(ctx: Context, why: string, life: RemainingLife): MethodResult {
  const c = ctx.asset.valuation.cost;
  if (!c) return { method: 'cost', status: 'not_applicable', why, reason: 'no_cost' };
  const date = costDate(ctx);
  const elapsedYears = date ? Math.max(0, yearsBetween(date, ctx.asOf)) : 0;
  const profit = ctx.params.reasonableProfit.value;
  const at = (reasonableProfit: number) =>
    costValue({
      amountWan: c.amountWan,
      priceIndex: c.priceIndex ?? 1,
      reasonableProfit,
      elapsedYears,
      remainingYears: life.years
    });
  return {
    method: 'cost',
    status: 'applied',
    why,
    value: { low: at(profit.low), base: at(profit.base), high: at(profit.high) },
    detail: {
      amountWan: c.amountWan,
      priceIndex: c.priceIndex ?? 1,
      reasonableProfit: profit,
      elapsedYears,
      remainingYears: life.years,
      obsolescence: obsolescence(elapsedYears, life.years)
    }
  };
}

function marketMethod(ctx: Context, why: string): MethodResult {
  const comparables = (ctx.asset.valuation.comparables ?? []).map(adjustComparable);
  const value = marketRange(comparables);
  if (!value) return { method: 'market', status: 'not_applicable', why, reason: 'no_comparables' };
  return { method: 'market', status: 'applied', why, value, detail: { comparables } };
}

function methodResult(
  ctx: Context,
  m: Method,
  life: RemainingLife,
  discount: Range,
  tweak: Tweak
): MethodResult {
  const fit = METHOD_FIT[ctx.asset.type][m];
  if (!fit.applies) return { method: m, status: 'not_applicable', why: fit.why, reason: 'not_for_type' };
  if (m === 'income') return incomeMethod(ctx, fit.why, life, discount, tweak);
  if (m === 'cost') return costMethod(ctx, fit.why, life);
  return marketMethod(ctx, fit.why);
}

function core(ctx: Context, tweak: Tweak): Core {
  const life = lifeWith(ctx, tweak);
  const { range: discountAfter, isFloored } = shift(
    ctx.params.discount.value,
    ctx.quality.discountAdjustment + tweak.discountDelta
  );
  const methods = METHODS.map((m) => methodResult(ctx, m, life, discountAfter, tweak));
  return {
    methods,
    reconciled: reconcile(methods, ctx.params.methodWeights.value),
    life,
    discountAfter,
    isFloored
  };
}

function warningsOf(ctx: Context, c: Core): ValuationWarning[] {
  const w: ValuationWarning[] = [];
  const p = ctx.params;
  if (p.economicLife.origin === 'asset' && ctx.legalYears !== null && p.economicLife.value > ctx.legalYears) {
    w.push('life_exceeds_legal');
  }
  if (p.growth.fromHistory === 'used') w.push('growth_from_history');
  if (p.growth.fromHistory === 'unusable') w.push('growth_history_unusable');
  if (ctx.term.status === 'unknown') w.push('term_unknown');
  if (c.reconciled.isFallback) w.push('weights_fallback');
  if (c.isFloored) w.push('discount_floor');
  if (ctx.asset.valuation.cost && !costDate(ctx)) w.push('cost_date_unknown');
  return w;
}

/** Values one asset at `asOf` from its resolved parameters and legal term. */
export function valueAsset(
  asset: Asset,
  term: LegalTerm,
  asOf: IsoDate,
  params: ResolvedParams
): AssetValuation {
  const quality = qualityIndex(
    asset.valuation.quality ?? {},
    params.qualityWeights.value,
    params.qualityMaxPremium.value
  );
  const ctx: Context = {
    asset,
    term,
    asOf,
    params,
    quality,
    legalYears: legalYearsForValuation(asset.type, term)
  };
  const c = core(ctx, NO_TWEAK);
  const valueAt = (t: Tweak) => core(ctx, t).reconciled.value?.base ?? 0;
  return {
    methods: c.methods,
    weights: c.reconciled.weights,
    value: c.reconciled.value,
    reason: c.reconciled.value ? null : 'no_method_data',
    life: c.life,
    quality,
    discount: {
      before: params.discount.value,
      adjustment: quality.discountAdjustment,
      after: c.discountAfter
    },
    sensitivity: c.reconciled.value ? sensitivity(valueAt) : [],
    warnings: warningsOf(ctx, c)
  };
}
