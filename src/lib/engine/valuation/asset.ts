/**
 * The valuation of one asset: the three approaches where they fit, reconciled into low / base / high, with the
 * remaining life, the quality adjustment and the sensitivity. Pure: everything comes in as arguments.
 *
 * Speed: dates are read once per asset, the income schedule is built once (for the base case), and a
 * sensitivity move recomputes only what it touches: discount, royalty and growth moves only the income base value,
 * a life move the income and cost base values; the market approach and the weights never move.
 */
import { yearOf, yearsBetween, type IsoDate } from '../dates';
import type { LegalTerm } from '../legal-term';
import { DISCOUNT_FLOOR, STALE_BASE_YEAR_GAP } from '../policy/valuation-defaults';
import type { Range } from '../policy/types';
import type { Asset } from '../schema/asset';
import { costValue, obsolescence } from './cost';
import { incomeSchedule, incomeValue } from './income';
import { incomeSetup, taxedBy } from './income-setup';
import { legalYearsForValuation, remainingLife } from './life';
import { adjustComparable, marketRange } from './market';
import { METHOD_FIT, METHODS } from './methods';
import type { ResolvedParams } from './params';
import { NO_CONTEXT, type AssetContext } from './products';
import { qualityIndex } from './quality';
import { reconcile } from './reconcile';
import { SENSITIVITY_MOVES } from './sensitivity';
import type { AssetValuation, MethodResult, RemainingLife, SensitivityRow, ValuationWarning } from './types';

const ZERO: Range = { low: 0, base: 0, high: 0 };
const ENDED: readonly LegalTerm['status'][] = ['expired', 'lapsed', 'invalidated', 'abandoned'];

function floorShift(r: Range, delta: number): { range: Range; isFloored: boolean } {
  const floor = DISCOUNT_FLOOR.value;
  const f = (x: number) => Math.max(floor, x + delta);
  return { range: { low: f(r.low), base: f(r.base), high: f(r.high) }, isFloored: r.low + delta < floor };
}

/** When the cost was incurred: the user's date, else the start of the legal term, else the creation date. */
function costDate(asset: Asset, term: LegalTerm): IsoDate | null {
  return asset.valuation.cost?.incurredOn ?? term.startsOn ?? asset.creationDate ?? null;
}

function lifeMoved(life: RemainingLife, legalYears: number | null, delta: number): number {
  const cap = legalYears ?? Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(cap, life.years + delta));
}

/** An asset whose right has ended: every approach 0, with the reason. */
function ended(
  asset: Asset,
  term: LegalTerm,
  params: ResolvedParams,
  quality: AssetValuation['quality']
): AssetValuation {
  const reason = term.status === 'expired' ? 'expired' : 'right_ended';
  const life = remainingLife(params.economicLife.value, 0);
  const methods: MethodResult[] = METHODS.map((m) => ({
    method: m,
    status: 'not_applicable',
    why: METHOD_FIT[asset.type][m].why,
    reason
  }));
  return {
    methods,
    weights: {},
    value: ZERO,
    ownerValue: null,
    ownerTaxRate: null,
    reason,
    life,
    quality,
    discount: {
      before: params.discount.value,
      adjustment: quality.discountAdjustment,
      after: params.discount.value
    },
    sensitivity: [],
    warnings: term.status === 'expired' ? ['expired'] : []
  };
}

/** Values one asset at `asOf` from its resolved parameters and legal term. */
export function valueAsset(
  asset: Asset,
  term: LegalTerm,
  asOf: IsoDate,
  params: ResolvedParams,
  ctx: AssetContext = NO_CONTEXT
): AssetValuation {
  const quality = qualityIndex(
    asset.valuation.quality ?? {},
    params.qualityWeights.value,
    params.qualityMaxPremium.value
  );
  // A right past its term (and grace) or otherwise ended has no exclusivity left: 0 by every approach.
  if (ENDED.includes(term.status)) return ended(asset, term, params, quality);

  const legalYears = legalYearsForValuation(asset.type, term);
  const life = remainingLife(params.economicLife.value, legalYears);
  const { range: discount, isFloored } = floorShift(params.discount.value, quality.discountAdjustment);
  const fit = METHOD_FIT[asset.type];

  // Income
  const setup = fit.income.applies ? incomeSetup(asset, asOf, params, ctx) : null;
  let income: MethodResult;
  if (!fit.income.applies)
    income = { method: 'income', status: 'not_applicable', why: fit.income.why, reason: 'not_for_type' };
  else if (!setup)
    income = { method: 'income', status: 'not_applicable', why: fit.income.why, reason: 'no_revenue' };
  else {
    const { spec, k } = setup;
    const years = incomeSchedule(spec, k.base, discount.base, life.years);
    let base = 0;
    for (const y of years) base += y.presentValueWan;
    income = {
      method: 'income',
      status: 'applied',
      why: fit.income.why,
      // Low pairs the low split with the high discount rate; high the reverse.
      value: {
        low: incomeValue(spec, k.low, discount.high, life.years),
        base,
        high: incomeValue(spec, k.high, discount.low, life.years)
      },
      detail: { ...setup.detail, discount, lifeYears: life.years, years }
    };
  }

  // Cost
  const c = asset.valuation.cost;
  const cDate = c ? costDate(asset, term) : null;
  const elapsedYears = cDate ? Math.max(0, yearsBetween(cDate, asOf)) : 0;
  const costAt = (reasonableProfit: number, remainingYears: number) =>
    costValue({
      amountWan: (c as NonNullable<typeof c>).amountWan,
      priceIndex: c?.priceIndex ?? 1,
      reasonableProfit,
      elapsedYears,
      remainingYears
    });
  let cost: MethodResult;
  if (!fit.cost.applies)
    cost = { method: 'cost', status: 'not_applicable', why: fit.cost.why, reason: 'not_for_type' };
  else if (!c) cost = { method: 'cost', status: 'not_applicable', why: fit.cost.why, reason: 'no_cost' };
  else {
    const profit = params.reasonableProfit.value;
    cost = {
      method: 'cost',
      status: 'applied',
      why: fit.cost.why,
      value: {
        low: costAt(profit.low, life.years),
        base: costAt(profit.base, life.years),
        high: costAt(profit.high, life.years)
      },
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

  // Market
  let market: MethodResult;
  if (!fit.market.applies)
    market = { method: 'market', status: 'not_applicable', why: fit.market.why, reason: 'not_for_type' };
  else {
    const comparables = (asset.valuation.comparables ?? []).map(adjustComparable);
    const value = marketRange(comparables);
    market = value
      ? { method: 'market', status: 'applied', why: fit.market.why, value, detail: { comparables } }
      : { method: 'market', status: 'not_applicable', why: fit.market.why, reason: 'no_comparables' };
  }

  const methods = [income, cost, market];
  const reconciled = reconcile(methods, params.methodWeights.value);
  const value = reconciled.value;

  // What the asset is worth to the owner, on its own tax rate, when that differs from the pledge's basis: only the
  // income approach moves (the same split, discount and life).
  let ownerValue: Range | null = null;
  const own = params.ownTax;
  if (own && setup && income.status === 'applied' && setup.form !== 'profit_share') {
    const spec = { ...setup.spec, ...taxedBy(own, asOf) };
    const ownIncome: MethodResult = {
      ...income,
      value: {
        low: incomeValue(spec, setup.k.low, discount.high, life.years),
        base: incomeValue(spec, setup.k.base, discount.base, life.years),
        high: incomeValue(spec, setup.k.high, discount.low, life.years)
      }
    };
    ownerValue = reconcile([ownIncome, cost, market], params.methodWeights.value).value;
  }

  let sens: SensitivityRow[] = [];
  if (value) {
    const w = reconciled.weights;
    const wi = w.income ?? 0;
    const wc = w.cost ?? 0;
    const marketBase = market.status === 'applied' ? market.value.base : 0;
    const incomeBase = income.status === 'applied' ? income.value.base : 0;
    const costBase = cost.status === 'applied' ? cost.value.base : 0;
    const profitBase = params.reasonableProfit.value.base;
    sens = SENSITIVITY_MOVES.map((m) => {
      const t = m.tweak;
      let inc = incomeBase;
      let cst = costBase;
      const lifeYears = t.lifeDelta ? lifeMoved(life, legalYears, t.lifeDelta) : life.years;
      if (setup && income.status === 'applied') {
        const i = t.discountDelta
          ? Math.max(
              DISCOUNT_FLOOR.value,
              params.discount.value.base + quality.discountAdjustment + t.discountDelta
            )
          : discount.base;
        inc = incomeValue(
          setup.spec,
          setup.k.base * (t.royaltyFactor ?? 1),
          i,
          lifeYears,
          t.growthDelta ?? 0
        );
      }
      if (t.lifeDelta && cost.status === 'applied') cst = costAt(profitBase, lifeYears);
      const moved = wi * inc + wc * cst + (w.market ?? 0) * marketBase;
      return {
        param: m.param,
        delta: m.delta,
        deltaKind: m.deltaKind,
        baseWan: moved,
        changeWan: moved - value.base
      };
    });
  }

  const warnings: ValuationWarning[] = [];
  const p = params;
  if (p.economicLife.origin === 'asset' && legalYears !== null && p.economicLife.value > legalYears)
    warnings.push('life_exceeds_legal');
  if (p.growth.fromHistory === 'used') warnings.push('growth_from_history');
  if (p.growth.fromHistory === 'used' && p.growth.isBounded) warnings.push('growth_bounded');
  if (p.growth.fromHistory === 'unusable') warnings.push('growth_history_unusable');
  if (setup?.detail.baseYear != null && isStale(setup.detail.baseYear, asOf))
    warnings.push('base_year_stale');
  if (term.status === 'unknown') warnings.push('term_unknown');
  if (reconciled.isFallback) warnings.push('weights_fallback');
  if (isFloored) warnings.push('discount_floor');
  if (c && !cDate) warnings.push('cost_date_unknown');

  return {
    methods,
    weights: reconciled.weights,
    value,
    ownerValue,
    ownerTaxRate: ownerValue && own ? own.value : null,
    reason: value ? null : 'no_method_data',
    life,
    quality,
    discount: { before: params.discount.value, adjustment: quality.discountAdjustment, after: discount },
    sensitivity: sens,
    warnings
  };
}

/** Whether a base year is stale at `asOf`: older than asOf's year − STALE_BASE_YEAR_GAP. */
export function isStale(baseYear: number, asOf: IsoDate): boolean {
  return yearOf(asOf) - baseYear > STALE_BASE_YEAR_GAP.value;
}
