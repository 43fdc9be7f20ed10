/**
 * Valuation inputs: per asset (`asset.valuation`) and per enterprise (`enterprise.valuationSettings`). Every field is
 * optional (a missing one takes the default from policy/valuation-defaults.ts and is listed as an assumption), every
 * number is bounded, and every message is an i18n key (`err.*` shared, `valuation.err.*` our own).
 */
import { z } from 'zod';
import { ASSET_TYPES } from '../schema/asset-type';
import { isoDate, MAX_WAN, shortText, wan } from '../schema/common';
import { QUALITY_QUESTION_IDS } from './questions';
import { PROFIT_SPLIT_SHARE, ROYALTY_BOUNDS } from '../policy/valuation-defaults';

/** A decimal between `min` and `max`, with one message key for both ends so the form can say the range. */
function bounded(min: number, max: number, key: string) {
  return z.number({ error: 'errors.number' }).min(min, { error: key }).max(max, { error: key });
}

export const royaltyRate = bounded(
  ROYALTY_BOUNDS.value.min,
  ROYALTY_BOUNDS.value.max,
  'valuation.err.royalty_range'
);
export const discountRate = bounded(0.03, 0.4, 'valuation.err.discount_range');
export const growthRate = bounded(-0.5, 1, 'valuation.err.growth_range');
export const decayRate = bounded(0, 0.5, 'valuation.err.decay_range');
export const taxRate = bounded(0, 0.5, 'valuation.err.tax_range');
export const economicLife = bounded(0.5, 50, 'valuation.err.life_range');
export const pledgeRate = bounded(0, 0.9, 'valuation.err.pledge_rate_range');
export const synergyRate = bounded(0, 0.1, 'valuation.err.synergy_range');
export const profitShare = bounded(0.05, 0.5, 'valuation.err.split_share_range');
export const operatingMargin = bounded(0.001, 0.9, 'valuation.err.margin_range');
export const reasonableProfit = bounded(0, 1, 'valuation.err.profit_range');
export const adjustmentFactor = bounded(0.5, 2, 'valuation.err.factor_range');
export const methodWeight = bounded(0, 1, 'valuation.err.weight_range');
const positiveWan = z
  .number({ error: 'errors.number' })
  .gt(0, { error: 'valuation.err.positive' })
  .max(MAX_WAN, { error: 'errors.max' });

export const QualityWeightsSchema = z
  .object({ legal: methodWeight, technical: methodWeight, economic: methodWeight })
  .refine((w) => Math.abs(w.legal + w.technical + w.economic - 1) < 1e-6, {
    error: 'valuation.err.weights_sum'
  });

export const RevenueYearSchema = z.object({
  year: z
    .int({ error: 'errors.integer' })
    .min(1980, { error: 'valuation.err.year_range' })
    .max(2100, { error: 'valuation.err.year_range' }),
  revenueWan: wan
});

export const ProfitSplitSchema = z.object({
  /** K: the asset's share of operating profit (25 % rule); the policy default (25 %, 15-33 %) when missing. */
  share: profitShare.optional(),
  /** Operating (EBIT) margin of the products using the asset. */
  operatingMargin
});

/**
 * Profit-share form of the income approach (利润分成法 / 约当投资分成法): the asset earns `share` of the AFTER-TAX
 * profit of the products using it, year by year. Give the profit of year 1, 2, … (`afterTaxProfitWan`, later years
 * grow from the last one) or an after-tax margin on the revenue (`afterTaxMargin`).
 */
export const ProfitShareSchema = z
  .object({
    share: bounded(0.01, 0.5, 'valuation.err.profit_share_range'),
    afterTaxProfitWan: z
      .array(wan)
      .min(1, { error: 'errors.required' })
      .max(50, { error: 'errors.too_long' })
      .optional(),
    afterTaxMargin: bounded(0.001, 0.9, 'valuation.err.margin_range').optional()
  })
  .refine((p) => (p.afterTaxProfitWan === undefined) !== (p.afterTaxMargin === undefined), {
    error: 'valuation.err.profit_or_margin'
  });

export const CostInputSchema = z.object({
  /** Development or acquisition cost, 万元. */
  amountWan: positiveWan,
  /** When the cost was incurred; the legal term's start date when missing. */
  incurredOn: isoDate.optional(),
  /** Price index from then to now (1 = no change). */
  priceIndex: bounded(0.5, 5, 'valuation.err.index_range').optional(),
  reasonableProfit: reasonableProfit.optional()
});

export const ComparableSchema = z.object({
  label: shortText(100),
  priceWan: positiveWan,
  /** Adjustment factors for differences from the asset being valued (1 = same). */
  factors: z
    .object({
      time: adjustmentFactor.optional(),
      technical: adjustmentFactor.optional(),
      legal: adjustmentFactor.optional(),
      market: adjustmentFactor.optional()
    })
    .optional()
});

export const MethodWeightsSchema = z
  .object({ income: methodWeight.optional(), cost: methodWeight.optional(), market: methodWeight.optional() })
  .refine((w) => (w.income ?? 0) + (w.cost ?? 0) + (w.market ?? 0) > 0, {
    error: 'valuation.err.weights_zero'
  });

const answer = z
  .int({ error: 'errors.integer' })
  .min(1, { error: 'valuation.err.answer_range' })
  .max(5, { error: 'valuation.err.answer_range' });
export const QualityAnswersSchema = z.partialRecord(
  z.enum(QUALITY_QUESTION_IDS, { error: 'errors.choice' }),
  answer
);

export const AssetValuationInputSchema = z
  .object({
    /** Revenue of the products using the asset, by past year, 万元. The latest year is the base of the forecast. */
    revenueHistory: z
      .array(RevenueYearSchema)
      .max(20, { error: 'errors.too_long' })
      .refine((rows) => new Set(rows.map((r) => r.year)).size === rows.length, {
        error: 'valuation.err.duplicate_year'
      })
      .optional(),
    /** Forecast revenue for year 1, 2, … after asOf, 万元; later years grow from the last one. */
    revenueForecastWan: z.array(wan).max(50, { error: 'errors.too_long' }).optional(),
    growth: growthRate.optional(),
    royaltyRate: royaltyRate.optional(),
    /** Alternative to royaltyRate: royalty = share × operating margin. */
    profitSplit: ProfitSplitSchema.optional(),
    /** Profit-share form instead of royalty relief. */
    profitShare: ProfitShareSchema.optional(),
    /** Licence income the owner already receives, 万元 per year, before tax (held flat unless growth is set). */
    observedRoyaltyWan: positiveWan.optional(),
    decay: decayRate.optional(),
    economicLifeYears: economicLife.optional(),
    discountRate: discountRate.optional(),
    taxRate: taxRate.optional(),
    cost: CostInputSchema.optional(),
    comparables: z.array(ComparableSchema).max(20, { error: 'errors.too_long' }).optional(),
    quality: QualityAnswersSchema.optional(),
    qualityWeights: QualityWeightsSchema.optional(),
    pledgeRate: pledgeRate.optional(),
    methodWeights: MethodWeightsSchema.optional()
  })
  .superRefine((v, ctx) => {
    if (v.royaltyRate !== undefined && v.profitSplit !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['profitSplit'],
        message: 'valuation.err.royalty_or_split',
        input: v.profitSplit
      });
    }
    const forms =
      (v.royaltyRate !== undefined || v.profitSplit !== undefined ? 1 : 0) +
      (v.profitShare !== undefined ? 1 : 0) +
      (v.observedRoyaltyWan !== undefined ? 1 : 0);
    if (forms > 1) {
      const path = v.observedRoyaltyWan !== undefined ? 'observedRoyaltyWan' : 'profitShare';
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: 'valuation.err.one_income_form',
        input: v[path]
      });
    }
    const split = v.profitSplit;
    if (
      split &&
      (split.share ?? PROFIT_SPLIT_SHARE.value.base) * split.operatingMargin > ROYALTY_BOUNDS.value.max
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['profitSplit'],
        message: 'valuation.err.royalty_range',
        input: v.profitSplit
      });
    }
  });

export type AssetValuationInput = z.infer<typeof AssetValuationInputSchema>;

export const ValuationSettingsSchema = z.object({
  discountRate: discountRate.optional(),
  /** The industry's patent (invention) royalty; per-type factors and the other types' defaults still apply. */
  royaltyRate: royaltyRate.optional(),
  growth: growthRate.optional(),
  decay: decayRate.optional(),
  /** Overrides the income-tax rate of the royalty-relief and observed-royalty forms. */
  taxRate: taxRate.optional(),
  /**
   * Which tax rate the value a pledge is given against uses when no rate is set: the statutory 25 % of a typical
   * licensee ('statutory', default: a pledge is valued for a buyer) or the owner's own effective rate ('own':
   * 小型微利 5 % while in force, 高新 15 %, else 25 %). The owner's own value is shown beside it either way.
   */
  taxBasis: z.enum(['own', 'statutory'], { error: 'errors.choice' }).optional(),
  /** The owner says whether it is a 小型微利企业; derived from staff, assets and net profit when missing. */
  smallLowProfit: z.boolean({ error: 'errors.choice' }).optional(),
  qualityWeights: QualityWeightsSchema.optional(),
  /**
   * How rights serving one product split its royalty when the owner gives no weights: equally (default) or by their
   * quality index.
   */
  shareBy: z.enum(['equal', 'quality'], { error: 'errors.choice' }).optional(),
  pledgeRates: z.partialRecord(z.enum(ASSET_TYPES, { error: 'errors.choice' }), pledgeRate).optional(),
  synergy: z.object({ enabled: z.boolean(), rate: synergyRate.optional() }).optional()
});

export type ValuationSettings = z.infer<typeof ValuationSettingsSchema>;
