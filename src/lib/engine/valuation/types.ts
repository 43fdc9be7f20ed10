/**
 * Result types of the valuation. Amounts in 万元, rates as decimals, unrounded. Every code is an i18n key suffix
 * under `val.` (e.g. `valuation.reason.no_revenue`).
 */
import type { QualityWeights, RoyaltyFamily } from '../policy/valuation-defaults';
import type { Range, Source } from '../policy/types';
import type { Method, MethodWeights } from './methods';
import type { QualityDimension } from './questions';

export type { Range, QualityWeights, Source };

/** How rights serving one product split its royalty (valuation/products.ts). */
export type ShareRule = 'equal' | 'quality' | 'owner';

/** One product's line in the split of one asset. */
export interface ProductShare {
  key: string;
  productId: string | null;
  name: string;
  revenueWan: number | null;
  /** Rights sharing this product's royalty (this one included). */
  members: number;
  /** This right's weight and share (w_j ÷ Σ w). */
  weight: number;
  share: number;
}

/** How an asset's royalty is shared: the factor its stand-alone royalty is multiplied by, and why. */
export interface RoyaltySplit {
  /** Σ_p share_p × R_p ÷ Σ_p R_p (revenue-weighted), or the mean of the shares without revenues. */
  factor: number;
  rule: ShareRule;
  family: RoyaltyFamily;
  products: ProductShare[];
}

/** Where a parameter came from: a default, an override at enterprise or asset level, or computed from inputs. */
export type Origin = 'default' | 'enterprise' | 'asset' | 'derived';

/** A parameter with its provenance; `value` is a range so the low/base/high spread can come from it. */
export interface Param<T = Range> {
  value: T;
  origin: Origin;
  /** The default's source; null when the user set it or it was derived. */
  source: Source | null;
  effectiveFrom: string | null;
}

/** Why an approach gave no number for this asset (`valuation.reason.<code>`). */
export const METHOD_GAPS = [
  'not_for_type',
  'no_revenue',
  'no_cost',
  'no_comparables',
  /** Past its legal term (and any renewal grace): no exclusivity left, worth 0. */
  'expired',
  /** Lapsed for unpaid fees, invalidated or abandoned: no right left, worth 0. */
  'right_ended'
] as const;
export type MethodGap = (typeof METHOD_GAPS)[number];

export interface RemainingLife {
  /** Years used: min(economic, legal). */
  years: number;
  economicYears: number;
  /** Legal years remaining; null when the right has no term (GI) or the term is unknown. */
  legalYears: number | null;
  boundBy: 'economic' | 'legal';
}

export interface IncomeYear {
  /** Year 1, 2, … after asOf. */
  t: number;
  /** Share of the year inside the remaining life (1, or less for the last fractional year). */
  fraction: number;
  /** The amount the form splits: product revenue, after-tax profit, or the observed royalty, 万元. */
  revenueWan: number;
  /** Growth from year t − 1 to t (0 in forecast years and year 1 of a base-year projection uses it too). */
  growth: number;
  /** Income tax applied in year t (0 for the profit-share form, whose profit is after tax). */
  taxRate: number;
  /** (1 − decay)^(t − 1) */
  decayFactor: number;
  /** revenue × royalty (or share) × (1 − tax) × decayFactor × fraction */
  cashFlowWan: number;
  /** 1 / (1 + i)^t */
  discountFactor: number;
  presentValueWan: number;
}

/**
 * Which form of the income approach: royalty relief on revenue (收益分成法), a share of after-tax profit
 * (利润分成法 / 约当投资分成法), or a royalty the owner already receives under a licence.
 */
export type IncomeForm = 'royalty_relief' | 'profit_share' | 'observed_royalty';

export interface IncomeDetail {
  form: IncomeForm;
  /** Base year's amount (revenue, profit or observed royalty); null when only a forecast is given. */
  baseRevenueWan: number | null;
  /** Year of the revenue history the base comes from (null when it comes from elsewhere). */
  baseYear: number | null;
  forecastWan: readonly number[];
  /** history: the revenue history; products: the enterprise's products the asset serves; use: its own figure. */
  revenueFrom: 'history' | 'products' | 'use' | 'forecast' | 'profit_forecast' | 'observed';
  /** Growth of year 1 (after the bound); it fades to `growthLongRun` in the last year when `growthFades`. */
  growth: number;
  growthLongRun: number;
  growthFades: boolean;
  /** Royalty (share of revenue) after the split, or the profit share, or 1 for an observed royalty. */
  royalty: Range;
  /**
   * Royalty relief only: how this right shares its products' royalty with the other rights serving them (its
   * stand-alone royalty × `split.factor` = `royalty`); null when it serves its products alone.
   */
  split: RoyaltySplit | null;
  royaltyFrom: 'royalty' | 'profit_split' | 'default' | 'profit_share' | 'observed';
  /** Tax of year 1; `years[t].taxRate` has each year's. */
  taxRate: number;
  decay: number;
  discount: Range;
  lifeYears: number;
  /** The base case, year by year, so a bank officer can redo it. */
  years: IncomeYear[];
}

export interface CostDetail {
  amountWan: number;
  priceIndex: number;
  reasonableProfit: Range;
  elapsedYears: number;
  remainingYears: number;
  /** elapsed / (elapsed + remaining); 1 when no life remains. */
  obsolescence: number;
}

export interface MarketComparable {
  label: string;
  priceWan: number;
  /** Product of the adjustment factors. */
  factor: number;
  adjustedWan: number;
}

export interface MarketDetail {
  comparables: MarketComparable[];
}

export type MethodResult =
  | { method: 'income'; status: 'applied'; why: string; value: Range; detail: IncomeDetail }
  | { method: 'cost'; status: 'applied'; why: string; value: Range; detail: CostDetail }
  | { method: 'market'; status: 'applied'; why: string; value: Range; detail: MarketDetail }
  | { method: Method; status: 'not_applicable'; why: string; reason: MethodGap };

export interface QualityResult {
  /** 0-100 per dimension; 50 (neutral) for a dimension with no answer. */
  scores: Record<QualityDimension, number>;
  answered: Record<QualityDimension, number>;
  weights: QualityWeights;
  /** Q = w_L·L + w_T·T + w_E·E, 0-100. */
  index: number;
  /** Added to the discount rate: (50 − Q) / 50 × max premium. Negative lowers the rate. */
  discountAdjustment: number;
}

export type SensitivityParam = 'discountRate' | 'royaltyRate' | 'life' | 'growth';

export interface SensitivityRow {
  param: SensitivityParam;
  /** Absolute move for rates and years; relative (×) for the royalty. */
  delta: number;
  deltaKind: 'absolute' | 'relative';
  baseWan: number;
  changeWan: number;
}

/** `valuation.warning.<code>` */
export const VALUATION_WARNINGS = [
  'life_exceeds_legal',
  'growth_from_history',
  'growth_history_unusable',
  'term_unknown',
  'weights_fallback',
  'discount_floor',
  'cost_date_unknown',
  /** The history's CAGR was outside the policy bound and was clamped. */
  'growth_bounded',
  /** The latest revenue year is long before asOf: it was used as last year's, unchanged. */
  'base_year_stale',
  /** The right is past its term: every approach gives 0. */
  'expired'
] as const;
export type ValuationWarning = (typeof VALUATION_WARNINGS)[number];

export interface AssetValuation {
  methods: MethodResult[];
  /** Weights after dropping approaches without a number, summing to 1 (empty when none has one). */
  weights: Partial<MethodWeights>;
  /**
   * Reconciled value on the pledge's basis (a market participant's tax rate unless the enterprise chose its own):
   * what the pledgeable value is computed from. Null when no approach gave a number (`reason` says why).
   */
  value: Range | null;
  /**
   * What the right is worth to the owner, on the owner's own tax rate (小型微利 5 %, 高新 15 %), when that differs from
   * the pledge's basis; null when the two are the same.
   */
  ownerValue: Range | null;
  /** The owner's own tax rate of year 1 behind `ownerValue`; null when `ownerValue` is. */
  ownerTaxRate: number | null;
  /** Why there is no value (null) or why it is 0 (a right past its term or otherwise ended). */
  reason: 'no_method_data' | 'expired' | 'right_ended' | null;
  life: RemainingLife;
  quality: QualityResult;
  /** Discount rate before and after the quality adjustment. */
  discount: { before: Range; adjustment: number; after: Range };
  sensitivity: SensitivityRow[];
  warnings: ValuationWarning[];
}

/** `valuation.assumption.<key>` */
export const ASSUMPTION_KEYS = [
  'royaltyRate',
  'royaltyTypeFactor',
  'growth',
  'decay',
  'economicLife',
  'discountRate',
  'qualityMaxPremium',
  'qualityWeights',
  'taxRate',
  'reasonableProfit',
  'pledgeRate',
  'methodWeights',
  'synergy',
  'baseYear',
  /** The share of its products' royalty a right takes when other rights serve them too. */
  'royaltyShare',
  /** The owner's own tax rate, behind "worth to you" when it differs from the pledge's basis. */
  'ownTaxRate'
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

export interface Assumption {
  key: AssumptionKey;
  /** Which default row (an industry or asset type), when the key has several. */
  variant: string | null;
  value: number | Range | QualityWeights | Partial<MethodWeights>;
  origin: Origin;
  overridden: boolean;
  source: Source | null;
  effectiveFrom: string | null;
  /** More about how it was applied: an i18n key (under `valuation.note.`) and its values (rates as decimals). */
  note: AssumptionNote | null;
  /** Assets that used it (empty for enterprise-wide ones such as synergy). */
  assetIds: string[];
}

export interface AssumptionNote {
  key: string;
  values: Record<string, number | string>;
}
