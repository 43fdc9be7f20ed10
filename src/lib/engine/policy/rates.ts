/**
 * Dated national rates as policy entries (see types.ts): the loan prime rate and the income-tax rates the
 * valuation's tax step uses. Each entry has a source and the dates it is in force; `inForce()` picks one.
 */
import type { PolicyEntry } from './types';

/** 1-year loan prime rate (贷款市场报价利率, LPR), facts.md §0. */
export const LPR_1Y: readonly PolicyEntry<number>[] = [
  {
    id: 'lpr-1y-2024-10-21',
    region: 'national',
    effectiveFrom: '2024-10-21',
    effectiveTo: '2025-05-19',
    value: 0.031,
    source: {
      label: 'sourced',
      ref: 'https://www.forexlive.com/centralbank/pboc-sets-one-and-five-year-loan-prime-rates-unchanged-20250120/',
      note: 'facts.md §0: 1-year LPR 3.1 % (set on 2024-10-21, unchanged in January 2025); the announcement is the primary source',
      doc: 'lpr-2024-10-21'
    }
  },
  {
    id: 'lpr-1y-2025-05-20',
    region: 'national',
    effectiveFrom: '2025-05-20',
    effectiveTo: null,
    value: 0.03,
    source: {
      label: 'sourced',
      ref: 'https://www.chinapoliticstoday.com/article/884777010-china-keeps-key-lending-rates-unchanged',
      note: 'facts.md §0: cut from 3.1 % to 3.0 % on 2025-05-20; cited by the announcement of that day',
      doc: 'lpr-2025-05-20'
    }
  }
];

/** Which enterprise-income-tax regime an entry is. */
export type TaxRegime = 'standard' | 'high_tech' | 'small_low_profit';

/** Who counts as 小型微利企业 (caps of the 2023 notice): taxable income, staff and total assets. */
export interface SmallLowProfitCaps {
  taxableIncomeWan: number;
  employees: number;
  totalAssetsWan: number;
}

/**
 * Enterprise income tax rates (企业所得税), facts.md §9.2. The 小型微利 rate is the effective one: 25 % of taxable
 * income taxed at 20 % = 5 %, until 2027-12-31; after that date the entry stops and the statutory rate applies
 * unless a new entry is added.
 */
export const INCOME_TAX: readonly PolicyEntry<{ regime: TaxRegime; rate: number }>[] = [
  {
    id: 'eit-standard',
    region: 'national',
    effectiveFrom: '2008-01-01',
    effectiveTo: null,
    value: { regime: 'standard', rate: 0.25 },
    source: {
      label: 'sourced',
      ref: '《中华人民共和国企业所得税法》第四条',
      note: 'facts.md §9.2',
      doc: 'eit-law',
      part: { kind: 'article', n: '4' }
    }
  },
  {
    id: 'eit-high-tech',
    region: 'national',
    effectiveFrom: '2008-01-01',
    effectiveTo: null,
    value: { regime: 'high_tech', rate: 0.15 },
    source: {
      label: 'sourced',
      ref: '《中华人民共和国企业所得税法》第二十八条',
      note: 'facts.md §9.2',
      doc: 'eit-law',
      part: { kind: 'article', n: '28' }
    }
  },
  {
    id: 'eit-small-low-profit-2023',
    region: 'national',
    effectiveFrom: '2023-01-01',
    effectiveTo: '2027-12-31',
    value: { regime: 'small_low_profit', rate: 0.05 },
    caps: { taxableIncomeWan: 300, employees: 300, totalAssetsWan: 5000 },
    source: {
      label: 'sourced',
      ref: '财政部 税务总局公告2023年第12号',
      note: 'facts.md §9.2: 25 % of taxable income at 20 % (effective 5 %), extending 公告2022年第13号',
      doc: 'mof-sat-2023-12'
    }
  }
];
