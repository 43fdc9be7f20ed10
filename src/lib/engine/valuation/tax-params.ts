/**
 * The income-tax parameters of one asset's valuation (params.ts resolves the others): the rate the value a pledge is
 * given against uses, and the owner's own rate when it differs, each from the policy table of regimes in force at
 * `asOf` (policy/rates.ts) unless the user set a rate.
 */
import type { IsoDate } from '../dates';
import { PLEDGE_TAX_BASIS } from '../policy/valuation-defaults';
import { INCOME_TAX, type TaxRegime } from '../policy/rates';
import { inForce } from '../policy/types';
import type { Asset } from '../schema/asset';
import type { Enterprise } from '../schema/enterprise';
import type { Param } from './types';

export interface TaxParam extends Param<number> {
  /** Regime of a default rate; null when the user set the rate. */
  variant: TaxRegime | null;
  basis: 'own' | 'statutory';
  /** Last day the rate applies (a dated relief), and the rate after it; null / same rate when undated. */
  until: IsoDate | null;
  after: number;
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
export function resolveTax(asset: Asset, enterprise: Enterprise, asOf: IsoDate): Taxes {
  const basis = enterprise.valuationSettings.taxBasis ?? PLEDGE_TAX_BASIS.value;
  const userRate = asset.valuation.taxRate ?? enterprise.valuationSettings.taxRate;
  if (userRate !== undefined) {
    const origin = asset.valuation.taxRate !== undefined ? 'asset' : 'enterprise';
    return {
      taxRate: {
        value: userRate,
        origin,
        source: null,
        effectiveFrom: null,
        variant: null,
        basis,
        until: null,
        after: userRate
      },
      ownTax: null
    };
  }
  // The default rates depend on the enterprise and the date only: worked out once for all its assets.
  let byDate = DEFAULT_TAX.get(enterprise);
  if (byDate === undefined) {
    byDate = new Map();
    DEFAULT_TAX.set(enterprise, byDate);
  }
  let tax = byDate.get(asOf);
  if (tax === undefined) {
    tax = defaultTax(enterprise, asOf, basis);
    byDate.set(asOf, tax);
  }
  return tax;
}

type Taxes = { taxRate: TaxParam; ownTax: TaxParam | null };
const DEFAULT_TAX = new WeakMap<Enterprise, Map<IsoDate, Taxes>>();

function defaultTax(enterprise: Enterprise, asOf: IsoDate, basis: TaxParam['basis']): Taxes {
  const own = ownTaxParam(enterprise, asOf);
  if (basis === 'own') return { taxRate: own, ownTax: null };
  const standard = regimeEntry('standard', asOf) as TaxEntry;
  const market = taxEntryParam(standard, 'statutory', standard.value.rate);
  return { taxRate: market, ownTax: sameTax(market, own) ? null : own };
}
