/**
 * What the income approach needs of one asset that does not move with the sensitivity: its form (royalty relief,
 * profit share, observed royalty), the amounts it splits, the split at low / base / high (with the asset's share of
 * a product royalty it shares, products.ts) and the tax of each year.
 */
import { yearOf, type IsoDate } from '../dates';
import type { Range } from '../policy/types';
import type { Asset } from '../schema/asset';
import { hasIncome, type IncomeSpec } from './income';
import type { ResolvedParams, TaxParam } from './params';
import type { AssetContext } from './products';
import type { IncomeDetail, IncomeForm } from './types';

/**
 * The base year's revenue: the latest year of the revenue history, else the revenue of the enterprise's products the
 * asset serves (their sum), else the use section's last-year revenue.
 */
function baseRevenue(
  asset: Asset,
  productRevenueWan: number | null
): { wan: number | null; year: number | null; from: 'history' | 'products' | 'use' } {
  const history = asset.valuation.revenueHistory ?? [];
  if (history.length > 0) {
    let latest = history[0] as { year: number; revenueWan: number };
    for (const h of history) if (h.year > latest.year) latest = h;
    return { wan: latest.revenueWan, year: latest.year, from: 'history' };
  }
  if (productRevenueWan !== null) return { wan: productRevenueWan, year: null, from: 'products' };
  return { wan: asset.use.revenueWan ?? null, year: null, from: 'use' };
}

/** Years 1..N whose year-end cash flow falls on or before `until` (a dated tax relief's last day). */
function yearsUntil(asOf: IsoDate, until: IsoDate | null): number {
  if (until === null) return Number.POSITIVE_INFINITY;
  // Cash flow of year t falls on asOf + t years: on or before `until` when (Y + t)-MM-DD ≤ until.
  const y = yearOf(asOf);
  const md = asOf.slice(4);
  let t = 0;
  while (t < 200 && `${String(y + t + 1).padStart(4, '0')}${md}` <= until) t++;
  return t;
}

export interface IncomeSetup {
  form: IncomeForm;
  spec: IncomeSpec;
  /** Split k at low / base / high (before the sensitivity's royalty factor). */
  k: Range;
  detail: Omit<IncomeDetail, 'discount' | 'lifeYears' | 'years'>;
}

/** The tax fields of an income spec for a tax parameter. */
export function taxedBy(t: TaxParam, asOf: IsoDate): Pick<IncomeSpec, 'taxRate' | 'taxYears' | 'taxAfter'> {
  return { taxRate: t.value, taxYears: yearsUntil(asOf, t.until), taxAfter: t.after };
}

/** Everything the income approach needs that does not move with the sensitivity; null without income data. */
export function incomeSetup(
  asset: Asset,
  asOf: IsoDate,
  p: ResolvedParams,
  ctx: AssetContext
): IncomeSetup | null {
  const v = asset.valuation;
  const userDecay = p.decay.origin === 'asset' || p.decay.origin === 'enterprise';
  const g = p.growth;
  const growth = { growth: g.value, growthLongRun: g.longRun, growthFades: g.fades };
  const revenue = baseRevenue(asset, ctx.productRevenueWan);
  const taxed = taxedBy(p.taxRate, asOf);
  const untaxed = { taxRate: 0, taxYears: Number.POSITIVE_INFINITY, taxAfter: 0 };
  let form: IncomeForm = 'royalty_relief';
  let spec: IncomeSpec;
  let k: Range;
  let from: IncomeDetail['revenueFrom'];
  let royaltyFrom: IncomeDetail['royaltyFrom'] = p.royalty.from;
  let baseYear: number | null = null;
  if (v.profitShare) {
    // After-tax profit × share; no tax again, decay only when the user set one (the share is the owner's own).
    form = 'profit_share';
    const s = v.profitShare.share;
    const decay = userDecay ? p.decay.value : 0;
    if (v.profitShare.afterTaxProfitWan) {
      spec = { baseWan: null, forecastWan: v.profitShare.afterTaxProfitWan, ...growth, ...untaxed, decay };
      k = { low: s, base: s, high: s };
      from = 'profit_forecast';
    } else {
      const m = v.profitShare.afterTaxMargin ?? 0;
      spec = { baseWan: revenue.wan, forecastWan: v.revenueForecastWan ?? [], ...growth, ...untaxed, decay };
      k = { low: s * m, base: s * m, high: s * m };
      from = (v.revenueForecastWan ?? []).length > 0 ? 'forecast' : revenue.from;
      baseYear = revenue.year;
    }
    royaltyFrom = 'profit_share';
  } else if (v.observedRoyaltyWan !== undefined) {
    // Licence income already received: taxed at the owner's rate, flat unless the user set a growth or decay.
    form = 'observed_royalty';
    const userGrowth = g.origin === 'asset' || g.origin === 'enterprise';
    spec = {
      baseWan: v.observedRoyaltyWan,
      forecastWan: [],
      growth: userGrowth ? g.value : 0,
      growthLongRun: 0,
      growthFades: false,
      ...taxed,
      decay: userDecay ? p.decay.value : 0
    };
    k = { low: 1, base: 1, high: 1 };
    from = 'observed';
    royaltyFrom = 'observed';
  } else {
    const forecast = v.revenueForecastWan ?? [];
    spec = { baseWan: revenue.wan, forecastWan: forecast, ...growth, ...taxed, decay: p.decay.value };
    // Rights sharing a product's royalty each keep their stand-alone rate times their share (products.ts).
    const f = ctx.split?.factor ?? 1;
    const r = p.royalty.value;
    k = f === 1 ? r : { low: r.low * f, base: r.base * f, high: r.high * f };
    from = forecast.length > 0 ? 'forecast' : revenue.from;
    baseYear = forecast.length > 0 ? null : revenue.year;
  }
  if (!hasIncome(spec)) return null;
  return {
    form,
    spec,
    k,
    detail: {
      split: form === 'royalty_relief' ? ctx.split : null,
      form,
      baseRevenueWan: spec.baseWan,
      baseYear,
      forecastWan: spec.forecastWan,
      revenueFrom: from,
      growth: spec.growth,
      growthLongRun: spec.growthFades ? spec.growthLongRun : spec.growth,
      growthFades: spec.growthFades,
      royalty: k,
      royaltyFrom,
      taxRate: spec.taxYears > 0 ? spec.taxRate : spec.taxAfter,
      decay: spec.decay
    }
  };
}
