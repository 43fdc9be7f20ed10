/**
 * Valuation defaults as data. Every number the valuation uses without the user saying so lives here, with where it
 * comes from (facts.md labels: seed, sourced [S], secondary [S-2], estimate [U]) and the date it applies from.
 * The engine lists each one it used in `AssessmentResult.assumptions`; the user can override any of them per
 * enterprise (`enterprise.valuationSettings`) or per asset (`asset.valuation`).
 */
import type { AssetType } from '../schema/asset-type';
import type { Industry } from '../schema/industry';
import type { PolicyEntry, Range, Source, Sourced } from './types';
import { INCOME_TAX } from './rates';

export const VALUATION_DEFAULTS_VERSION = '2026-11-24.1';

export interface QualityWeights {
  legal: number;
  technical: number;
  economic: number;
}

const FACTS_DATE = '2025-06-01';

const CN_ROYALTY_TABLE: Source = {
  label: 'secondary',
  ref: 'http://www.cn360cn.com/f7689993.htm',
  note: 'facts.md §1.3: classic Chinese royalty (提成率) table by sector, % of net sales',
  doc: 'cn-royalty-table-copy'
};
const ROYALTY_STAT: Source = {
  label: 'sourced',
  ref: 'http://blog.royaltystat.com/royalty-rates-are-stable-across-industries',
  note: 'facts.md §1.3: median royalty about 5-6 % of net sales',
  doc: 'royaltystat-2012'
};
const ESTIMATE: Source = { label: 'estimate', ref: 'facts.md §9 [U]' };

function sourced<T>(value: T, source: Source, effectiveFrom = FACTS_DATE): Sourced<T> {
  return { value, source, effectiveFrom };
}

function estimate<T>(value: T, note: string): Sourced<T> {
  return sourced(value, { ...ESTIMATE, note });
}

const r = (low: number, base: number, high: number): Range => ({ low, base, high });

/** Royalty as a share of the revenue of the products using the asset, by industry (patents). */
export const ROYALTY_BY_INDUSTRY: Record<Industry, Sourced<Range>> = {
  basic: sourced(r(0.02, 0.025, 0.03), CN_ROYALTY_TABLE),
  intermediate: sourced(r(0.03, 0.035, 0.04), CN_ROYALTY_TABLE),
  durable_consumer: sourced(r(0.04, 0.045, 0.05), CN_ROYALTY_TABLE),
  consumer: sourced(r(0.04, 0.045, 0.05), CN_ROYALTY_TABLE),
  high_tech: sourced(r(0.05, 0.055, 0.06), CN_ROYALTY_TABLE),
  software: sourced(r(0.05, 0.055, 0.06), {
    ...CN_ROYALTY_TABLE,
    note: 'high-tech row of the sector table applied to software [U mapping]'
  }),
  biomed: sourced(r(0.05, 0.055, 0.06), {
    ...CN_ROYALTY_TABLE,
    note: 'high-tech row of the sector table applied to biomedicine [U mapping]'
  }),
  agri_food: sourced(r(0.02, 0.025, 0.03), {
    ...CN_ROYALTY_TABLE,
    note: 'basic-industry row applied to agriculture and food [U mapping]'
  }),
  culture: sourced(r(0.04, 0.045, 0.05), {
    ...CN_ROYALTY_TABLE,
    note: 'non-durable consumer row applied to culture [U mapping]'
  }),
  services: sourced(r(0.03, 0.04, 0.05), { ...ROYALTY_STAT, note: 'below the 5-6 % median [U mapping]' }),
  other: sourced(r(0.03, 0.04, 0.05), { ...ROYALTY_STAT, note: 'below the 5-6 % median [U mapping]' })
};

/**
 * Royalty for types that do not follow the sector table: a trademark's brand royalty, software, other copyright,
 * a GI's regional brand premium, an IC layout. Patents use the sector table times `ROYALTY_TYPE_FACTOR`.
 */
export const ROYALTY_BY_TYPE: Partial<Record<AssetType, Sourced<Range>>> = {
  trademark: estimate(r(0.01, 0.02, 0.03), 'brand royalty for an SME trademark, % of branded sales'),
  software: sourced(r(0.04, 0.05, 0.06), {
    ...ROYALTY_STAT,
    note: 'software royalty around the 5-6 % median [U]'
  }),
  copyright: estimate(
    r(0.02, 0.03, 0.05),
    'works other than software, % of sales of the products using them'
  ),
  gi: estimate(r(0.01, 0.02, 0.03), 'regional brand premium on the products sold under the GI'),
  ic_layout: estimate(r(0.02, 0.03, 0.04), 'layout design share of chip sales')
};

/** A utility model or a design protects less than an invention: the sector royalty is scaled down. */
export const ROYALTY_TYPE_FACTOR: Partial<Record<AssetType, Sourced<number>>> = {
  invention: estimate(1, 'inventions take the sector royalty as is'),
  utility: estimate(0.7, 'utility model: narrower, unexamined right'),
  design: estimate(0.6, 'design: protects appearance only')
};

/**
 * Bounds the schema enforces on a royalty the user enters (and on share × margin of a profit split). 20 % = CNIPA
 * open-licence ceiling on net sales.
 */
export const ROYALTY_BOUNDS = sourced(
  { min: 0.001, max: 0.2 },
  {
    label: 'secondary',
    ref: 'http://fengqipaper.com/utc70f.html',
    note: 'facts.md §1.3 open-licence guidance',
    doc: 'cnipa-open-licence-copy'
  }
);

/** Profit split (25 % rule): royalty = K × operating margin; the default K when the user gives only the margin. */
export const PROFIT_SPLIT_SHARE = sourced(r(0.15, 0.25, 0.33), {
  label: 'sourced',
  ref: 'https://lawexplores.com/use-of-the-twenty-five-percent-rule-in-valuing-intellectual-property/',
  note: 'facts.md §1.3 and §9.2: K = 25 %, range 15-33 %',
  doc: 'goldscheider-25-rule'
});

/** Yearly decline of the split (dynamic split rate): d_t = (1 − decay)^(t − 1). */
export const DECAY = sourced(r(0.1, 0.15, 0.2), {
  label: 'estimate',
  ref: 'https://soolun.net/periodical/76cd9ec0c8edd39bd6756f03967ce603.html',
  note: 'facts.md §9.2: declining about 10-20 %/yr [U]; the paper argues for a declining split'
});

/** Revenue growth when the user gives neither growth nor two years of history. */
export const GROWTH = estimate(0, 'no growth unless the owner shows a history or states one');

/**
 * Growth read from the revenue history: the CAGR is clamped to [min, max] and the rate fades
 * linearly from that clamped rate in year 1 to `longRun` in the last projection year. A small firm's two good years
 * do not last: +15 % is about twice China's nominal GDP growth, −20 % a steep but survivable decline; 2.5 % nominal
 * is about the 2 % inflation target plus little real growth. All three are estimates [U].
 */
export const HISTORY_GROWTH: PolicyEntry<{ min: number; max: number; longRun: number }> = {
  id: 'history-growth-2025',
  region: 'national',
  effectiveFrom: FACTS_DATE,
  effectiveTo: null,
  value: { min: -0.2, max: 0.15, longRun: 0.025 },
  source: {
    label: 'estimate',
    ref: 'history growth [U]',
    note: 'bound [-20 %, +15 %] and 2.5 % nominal long-run rate are estimates; fade is linear over the projection'
  }
};

/**
 * A revenue history whose latest year is more than this many years before asOf's year is stale: the books of year
 * Y − 1 may close only in May of Y (企业所得税汇算清缴), so Y − 2 is still normal, older is warned about [U].
 */
export const STALE_BASE_YEAR_GAP = estimate(2, 'latest history year older than asOf year − 2 is stale');

/** Economic life in years (facts.md §9.1 [U]); the legal remaining term caps it. */
export const ECONOMIC_LIFE: Record<AssetType, Sourced<Range>> = {
  invention: estimate(r(5, 8, 10), 'facts.md §9.1: invention 5-10 yrs'),
  utility: estimate(r(3, 4, 5), 'facts.md §9.1: utility model 3-5 yrs'),
  design: estimate(r(3, 4, 5), 'facts.md §9.1: design 3-5 yrs'),
  trademark: estimate(r(5, 8, 10), 'facts.md §9.1: trademark 5-10 yrs'),
  software: estimate(r(3, 4, 5), 'facts.md §9.1: software 3-5 yrs'),
  copyright: estimate(r(3, 5, 8), 'works other than software'),
  gi: estimate(r(5, 10, 10), 'a GI has no legal term; capped at 10 yrs of forecast'),
  ic_layout: estimate(r(2, 3, 5), 'chip generations turn over fast; legal term 10 yrs')
};

/** Discount rate for IP cash flows, before the quality adjustment. */
export const DISCOUNT_RATE = sourced(r(0.12, 0.15, 0.18), {
  label: 'secondary',
  ref: 'https://www.yinghuodd.com/knowledge/detail_715008.html',
  note: 'facts.md §1.2: 12-18 % for IP cash-flow models',
  doc: 'discount-rate-article'
});

/** Lowest discount rate the engine uses after the quality adjustment and sensitivity moves (avoids i ≤ 0). */
export const DISCOUNT_FLOOR = estimate(0.01, 'floor after the quality and sensitivity moves');

/** Date from which the default method weights (valuation/methods.ts) apply. */
export const METHOD_WEIGHTS_EFFECTIVE_FROM = FACTS_DATE;

/** Largest move of the discount rate from the quality index: Q = 0 adds it, Q = 100 takes it off. */
export const QUALITY_MAX_PREMIUM = estimate(
  0.03,
  'quality index moves the IP-specific risk premium by up to ±3 pp'
);

export const QUALITY_WEIGHTS = estimate<QualityWeights>(
  { legal: 0.4, technical: 0.3, economic: 0.3 },
  'facts.md §9.5: finance scenario weights of GB/T 42748-2023 style index; official weights not found'
);

/** Income tax: dated entries (25 %, 高新 15 %, 小型微利 5 % until 2027-12-31) in policy/rates.ts, `INCOME_TAX`. */

/** Reasonable profit on development cost (cost approach). */
export const REASONABLE_PROFIT = estimate(r(0.1, 0.2, 0.3), 'developer margin on cost, typical practice');

const BOCOM: Source = {
  label: 'secondary',
  ref: 'https://soudai8.com/171483948.html',
  note: 'facts.md §0: Bank of Communications caps; practice survey http://fsou.com/html/text/art/3356044/335604475_1.html',
  doc: 'bocom-pledge-terms-copy'
};

/** Pledge rate (质押率) by type: loan amount ÷ appraised value. The base is what the engine lends against. */
export const PLEDGE_RATE: Record<AssetType, Sourced<Range>> = {
  invention: sourced(r(0.25, 0.25, 0.4), { ...BOCOM, note: 'invention ≤25 % (BoCom), 25-40 % (§9.6)' }),
  utility: sourced(r(0.15, 0.15, 0.25), { ...BOCOM, note: 'utility model ≤15 % (BoCom), 15-25 % (§9.6)' }),
  design: estimate(r(0.1, 0.15, 0.2), 'facts.md §9.6: design ≈15 %'),
  trademark: sourced(r(0.3, 0.4, 0.5), { ...BOCOM, note: 'trademark ≤50 % (BoCom), ≈40 % (survey)' }),
  software: estimate(r(0.15, 0.2, 0.25), 'facts.md §9.6: software copyright ≈20 %'),
  copyright: estimate(r(0.1, 0.15, 0.2), 'other copyright: thinner market than software'),
  gi: estimate(r(0.1, 0.15, 0.2), 'GI pledges are pilots (provision 5 of the 2019 notice)'),
  ic_layout: estimate(r(0.1, 0.15, 0.2), 'IC layout pledges are encouraged (国知发运字〔2021〕17号) but rare')
};

/**
 * Which royalty a right takes part of when several rights serve one product. The royalty tables price a product's
 * technology (or its brand, or its content) as a whole: rights of the same family that serve the same product share
 * that product's royalty instead of each taking all of it (facts.md §1.3: the 提成率 table is a share of the
 * product's net sales). Patents, layout designs and software price the technology; trademarks and GIs the brand;
 * other works the content. The grouping is an estimate [U].
 */
export type RoyaltyFamily = 'technology' | 'brand' | 'work';
export const ROYALTY_FAMILY = estimate<Record<AssetType, RoyaltyFamily>>(
  {
    invention: 'technology',
    utility: 'technology',
    design: 'technology',
    ic_layout: 'technology',
    software: 'technology',
    trademark: 'brand',
    gi: 'brand',
    copyright: 'work'
  },
  'rights of one family serving one product share its royalty (facts.md §1.3: the royalty is a share of the product’s sales)'
);

/**
 * How the shared royalty is split among the rights of a product: equally unless the enterprise chooses the quality
 * index or the owner gives weights. Each right keeps its own stand-alone rate times its share
 *   k_j = r_j × w_j ÷ Σ w,
 * so n identical rights together earn what one earns, and adding a right never raises the others' part. A right
 * weighs its owner's weight when given, else with the quality rule Q ÷ 50 (its quality index over the neutral 50, at
 * least `qualityFloor` ÷ 50 so an answered but weak right still earns a little), else 1. Estimates [U].
 */
export const ROYALTY_SHARE = estimate<{ rule: 'equal'; qualityFloor: number }>(
  { rule: 'equal', qualityFloor: 10 },
  'equal split by default; quality index (floor 10) or the owner’s weights when given'
);

/**
 * The tax basis of the value a pledge is given against. A pledge is valued for a buyer (the bank sells to a market
 * participant on default), and the owner's own relief (小型微利 5 % to 2027-12-31, 高新 15 %) does not pass to a buyer:
 * the pledgeable value uses the statutory 25 % of a typical licensee. facts.md §9 item 2 calls the choice a method
 * choice to state and let the user change (enterprise setting `taxBasis`). What the asset is worth to the owner,
 * on its own rate, is shown beside it.
 */
export const PLEDGE_TAX_BASIS = sourced<'statutory'>('statutory', {
  label: 'estimate',
  ref: 'facts.md §9 item 2',
  note: 'market participant’s basis (statutory 25 %) for the pledgeable value; the owner’s rate for its own value'
});

/** Uplift of a coherent bundle (打包组合, provision 5 of the 2019 notice); off unless the enterprise turns it on. */
export const SYNERGY = estimate(r(0, 0.05, 0.1), 'facts.md §9.4: 0-10 % for coherent bundles');

export const VALUATION_DEFAULTS = {
  version: VALUATION_DEFAULTS_VERSION,
  royaltyByIndustry: ROYALTY_BY_INDUSTRY,
  royaltyByType: ROYALTY_BY_TYPE,
  royaltyTypeFactor: ROYALTY_TYPE_FACTOR,
  royaltyBounds: ROYALTY_BOUNDS,
  profitSplitShare: PROFIT_SPLIT_SHARE,
  decay: DECAY,
  growth: GROWTH,
  historyGrowth: HISTORY_GROWTH,
  staleBaseYearGap: STALE_BASE_YEAR_GAP,
  discountFloor: DISCOUNT_FLOOR,
  economicLife: ECONOMIC_LIFE,
  discountRate: DISCOUNT_RATE,
  qualityMaxPremium: QUALITY_MAX_PREMIUM,
  qualityWeights: QUALITY_WEIGHTS,
  taxRate: INCOME_TAX,
  reasonableProfit: REASONABLE_PROFIT,
  pledgeRate: PLEDGE_RATE,
  synergy: SYNERGY,
  royaltyFamily: ROYALTY_FAMILY,
  royaltyShare: ROYALTY_SHARE,
  pledgeTaxBasis: PLEDGE_TAX_BASIS
} as const;
