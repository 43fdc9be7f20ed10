/**
 * Which valuation approaches fit which IP type, why, and how much each weighs by default. Data, not code: the UI
 * shows the reason (`valuation.why.<reason>`) next to each approach.
 */
import type { AssetType } from '../schema/asset-type';
import type { Source } from '../policy/types';

export const METHODS = ['income', 'cost', 'market'] as const;
export type Method = (typeof METHODS)[number];

export type MethodWeights = Record<Method, number>;

export interface MethodFit {
  /** Whether the approach applies to this type at all. */
  applies: boolean;
  /** Default weight in the reconciliation (0 when it does not apply). */
  weight: number;
  /** i18n key under `valuation.why.`: why it fits, or why not. */
  why: string;
}

export type TypeMethods = Record<Method, MethodFit>;

const fit = (weight: number, why: string): MethodFit => ({ applies: true, weight, why });
const unfit = (why: string): MethodFit => ({ applies: false, weight: 0, why });

/** Weights are [U] typical practice; facts.md §1.2 confirms only the three approaches. */
export const METHOD_FIT_SOURCE: Source = {
  label: 'estimate',
  ref: 'facts.md §1.2',
  note: 'weights are typical practice; income approach is the dominant one for patents [S]'
};

export const METHOD_FIT: Record<AssetType, TypeMethods> = {
  invention: {
    income: fit(0.6, 'patent_income'),
    cost: fit(0.2, 'patent_cost'),
    market: fit(0.2, 'market_if_comparables')
  },
  utility: {
    income: fit(0.6, 'patent_income'),
    cost: fit(0.2, 'patent_cost'),
    market: fit(0.2, 'market_if_comparables')
  },
  design: {
    income: fit(0.6, 'design_income'),
    cost: fit(0.2, 'patent_cost'),
    market: fit(0.2, 'market_if_comparables')
  },
  trademark: {
    income: fit(0.7, 'trademark_brand_royalty'),
    cost: unfit('trademark_cost_unrelated'),
    market: fit(0.3, 'market_if_comparables')
  },
  copyright: {
    income: fit(0.5, 'copyright_income'),
    cost: fit(0.3, 'copyright_cost'),
    market: fit(0.2, 'market_if_comparables')
  },
  software: {
    income: fit(0.5, 'software_income'),
    cost: fit(0.4, 'software_cost'),
    market: fit(0.1, 'market_if_comparables')
  },
  gi: {
    income: fit(0.7, 'gi_income_collective'),
    cost: unfit('gi_cost_unrelated'),
    market: fit(0.3, 'market_if_comparables')
  },
  ic_layout: {
    income: fit(0.3, 'ic_income_short_life'),
    cost: fit(0.5, 'ic_cost'),
    market: fit(0.2, 'market_if_comparables')
  }
};
