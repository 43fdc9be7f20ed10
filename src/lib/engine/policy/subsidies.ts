/**
 * Regional subsidies for IP financing as dated policy entries (facts.md A.2 and §5): one entry per rule, with the
 * numbers of its wording, its caps, the financing modes it applies to, where it applies and its source. An entry
 * whose figure the seed states but no primary source confirmed carries `caveat: 'unconfirmed'`.
 *
 * Region: a province code (GB/T 2260) plus, for a city, district or zone rule, the names a user types in the city
 * field ('深圳', '南山'); the enterprise's province and city text select the rules.
 */
import type { ModeId } from './financing';
import type { PolicyEntry } from './types';
import type { Sourced } from './valuation-defaults';

/** The costs a rule pays part of; each matches the borrower's flows of that kind. */
export type CostPart = 'interest' | 'guarantee' | 'premium' | 'appraisal' | 'fee';

export type SubsidyRule =
  /** `share` of the covered costs; interest above LPR × `rateCapLprMultiple` counts as if at that rate. */
  | {
      kind: 'cost_share';
      share: number;
      covers: CostPart[];
      rateCapLprMultiple?: number;
      capYuanPerYear?: number;
      /** Cap as a share of the financing amount, per year. */
      capShareOfAmount?: number;
      maxYears?: number;
    }
  /** A share of the financing amount a year (an interest rebate in percentage points), never above the interest. */
  | { kind: 'rate_rebate'; ratePerYear: number; capYuanPerYear?: number; needsGuarantor?: boolean }
  /** Shares by slice of the issue size (`upToYuan` null = no upper end), applied to the covered costs. */
  | {
      kind: 'tiered_cost_share';
      tiers: { upToYuan: number | null; share: number }[];
      covers: CostPart[];
      capYuanPerYear?: number;
      maxYears?: number;
    }
  /** A one-off award: a share of the amount raised, capped in total. */
  | { kind: 'award'; shareOfAmount: number; capYuanTotal: number }
  /** The scheme pays the enterprise nothing (it pays someone else, or shares risk only): shown, never applied. */
  | { kind: 'none'; reason: 'pays_lead_team' | 'risk_sharing_only' | 'no_rule' };

export interface SubsidyEntryValue {
  rule: SubsidyRule;
  /** The financing modes the rule applies to. */
  modes: ModeId[];
  /** City, district or zone names that must appear in the enterprise's city; empty = the whole province. */
  placeNames: string[];
  /** Conditions the app cannot check, shown beside the figure (i18n `pol.condition.<code>`). */
  conditions: string[];
  caveat?: 'unconfirmed';
}

export type SubsidyEntry = PolicyEntry<SubsidyEntryValue>;

const BANK: ModeId[] = ['bank_pledge_loan'];
const ABS: ModeId[] = ['loan_abs', 'sublicense_abs'];

export const SUBSIDIES: readonly SubsidyEntry[] = [
  {
    id: 'beijing-2023-interest',
    region: '110000',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 0.5,
        covers: ['interest'],
        rateCapLprMultiple: 1.4,
        capYuanPerYear: 300_000
      },
      modes: BANK,
      placeNames: [],
      conditions: ['ip_dominant_pledge_registered']
    },
    caps: { capYuanPerYear: 300_000 },
    source: {
      label: 'sourced',
      ref: 'https://patent.gbicom.cn/news/6269',
      note: 'facts.md §5: ≤ 50 % of the actual rate; a rate above 1y LPR × 1.4 counts as LPR × 1.4; ≤ 300k yuan/yr. The 2025 call keeps the rule.'
    }
  },
  {
    id: 'beijing-2023-fees',
    region: '110000',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 0.5,
        covers: ['appraisal', 'guarantee', 'premium', 'fee'],
        capYuanPerYear: 20_000
      },
      modes: BANK,
      placeNames: [],
      conditions: ['ip_dominant_pledge_registered']
    },
    caps: { capYuanPerYear: 20_000 },
    source: {
      label: 'sourced',
      ref: 'https://patent.gbicom.cn/news/6269',
      note: 'facts.md §5: appraisal, guarantee and other costs ≤ 50 %, ≤ 20k yuan/yr'
    }
  },
  {
    id: 'zhongguancun-2021-interest',
    region: '110000',
    effectiveFrom: '2021-09-14',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 0.4,
        covers: ['interest'],
        rateCapLprMultiple: 1.4,
        capYuanPerYear: 500_000
      },
      modes: BANK,
      placeNames: ['中关村', 'Zhongguancun'],
      conditions: ['revenue_at_most_200m']
    },
    caps: { capYuanPerYear: 500_000 },
    source: {
      label: 'sourced',
      ref: 'http://www.beijing.gov.cn/fuwu/lqfw/ztzl/zczxwqy/rdwd/202109/t20210914_2492450.html',
      note: 'facts.md §5: 40 % of interest, LPR + 40 % cap, ≤ 500k/yr, firms with revenue ≤ 200 M'
    }
  },
  {
    id: 'shenzhen-2022-securitisation',
    region: '440000',
    effectiveFrom: '2022-12-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 0.5,
        covers: ['interest', 'guarantee'],
        capShareOfAmount: 0.035,
        capYuanPerYear: 2_000_000
      },
      modes: ABS,
      placeNames: ['深圳', 'Shenzhen'],
      conditions: ['aaa_rated_programme', 'programme_total_30m']
    },
    caps: { capShareOfAmount: 0.035, capYuanPerYear: 2_000_000 },
    source: {
      label: 'seed',
      ref: 'seed 003 (2024 IP-ABS market report), table 2',
      note: 'facts.md A.2: 50 % of (interest + guarantee fee), ≤ 3.5 % of the financing, ≤ 2 M yuan per applicant per year'
    }
  },
  {
    id: 'shenzhen-nanshan-2025-securitisation',
    region: '440000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'tiered_cost_share',
        tiers: [
          { upToYuan: 10_000_000, share: 0.7 },
          { upToYuan: 50_000_000, share: 0.5 },
          { upToYuan: null, share: 0.3 }
        ],
        covers: ['interest', 'guarantee', 'fee'],
        capYuanPerYear: 3_000_000,
        maxYears: 3
      },
      modes: ABS,
      placeNames: ['南山', 'Nanshan'],
      conditions: ['revenue_cap_8_permille']
    },
    caps: { capYuanPerYear: 3_000_000 },
    source: {
      label: 'sourced',
      ref: 'https://huaxiataike.com/news/78339.html',
      note: 'facts.md §5: 70 % ≤ 10 M, 50 % 10-50 M, 30 % ≥ 50 M of the cost; the 3 M/yr, 3-yr caps are from the 2025 measures [S-2]'
    }
  },
  {
    id: 'shenzhen-nanshan-2025-pledge-loan',
    region: '440000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 0.7,
        covers: ['interest', 'guarantee', 'premium', 'appraisal'],
        capYuanPerYear: 1_500_000
      },
      modes: BANK,
      placeNames: ['南山', 'Nanshan'],
      conditions: [],
      caveat: 'unconfirmed'
    },
    caps: { capYuanPerYear: 1_500_000 },
    source: {
      label: 'secondary',
      ref: 'secondary copy of the Nanshan district measures (facts.md §5)',
      note: '70 % of interest + guarantee + insurance + appraisal, ≤ 1.5 M/yr'
    }
  },
  {
    id: 'zhejiang-2022-abs-award',
    region: '330000',
    effectiveFrom: '2022-08-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'award', shareOfAmount: 0.05, capYuanTotal: 5_000_000 },
      modes: ABS,
      placeNames: [],
      conditions: ['public_issue_by_tech_firm'],
      caveat: 'unconfirmed'
    },
    caps: { capYuanTotal: 5_000_000 },
    source: {
      label: 'seed',
      ref: 'seed 003 (2024 IP-ABS market report), table 2',
      note: 'facts.md A.2 and §5: 5 % of actual issuance, cumulative ≤ 5 M yuan; the primary source was not found'
    }
  },
  {
    id: 'hainan-2023-lead-team',
    region: '460000',
    effectiveFrom: '2023-12-01',
    effectiveTo: null,
    value: { rule: { kind: 'none', reason: 'pays_lead_team' }, modes: ABS, placeNames: [], conditions: [] },
    caps: { yuanPerDeal: 500_000 },
    source: {
      label: 'seed',
      ref: 'seed 003 (2024 IP-ABS market report), table 2',
      note: 'facts.md A.2: 500,000 yuan per successful deal to its lead team, no double funding'
    }
  },
  {
    id: 'jiangsu-suzhidai-2023',
    region: '320000',
    effectiveFrom: '2023-08-15',
    effectiveTo: null,
    value: {
      rule: { kind: 'none', reason: 'risk_sharing_only' },
      modes: BANK,
      placeNames: [],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'http://bobainet.com/p1/rd/20230815/427761.html',
      note: 'facts.md §2.4: 苏知贷 shares losses (80/20 ≤ 10 M, 50/50 to 30 M), rate ≤ LPR + 80 bp, no other fees; cities may add subsidies'
    }
  },
  {
    id: 'sichuan-tianfu-2024',
    region: '510000',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-12-31',
    value: {
      rule: { kind: 'rate_rebate', ratePerYear: 0.015 },
      modes: BANK,
      placeNames: [],
      conditions: ['loan_at_most_10m_1y']
    },
    source: {
      label: 'sourced',
      ref: 'https://www.yuhaojiang.com/redian/1145894.html ; http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
      note: 'facts.md §2.4: 天府知来贷 (2024-25) 1.5 %/yr provincial interest subsidy'
    }
  },
  {
    id: 'hangzhou-2025-tech-guarantee',
    region: '330000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'rate_rebate', ratePerYear: 0.01, capYuanPerYear: 200_000, needsGuarantor: true },
      modes: BANK,
      placeNames: ['杭州', 'Hangzhou'],
      conditions: ['bank_guarantor_product_not_ip_specific']
    },
    caps: { capYuanPerYear: 200_000 },
    source: {
      label: 'sourced',
      ref: 'http://www.echinagov.com/policy/366248.htm',
      note: 'facts.md §5: 1 %/yr interest subsidy on 科创 bank–guarantor products, ≤ 200k/yr'
    }
  },
  {
    id: 'xuchang-2023-appraisal',
    region: '410000',
    effectiveFrom: '2023-03-08',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['appraisal'], capYuanPerYear: 100_000 },
      modes: BANK,
      placeNames: ['许昌', 'Xuchang'],
      conditions: []
    },
    caps: { capYuanPerYear: 100_000 },
    source: {
      label: 'sourced',
      ref: 'http://czj.xuchang.gov.cn/gzdt/20230308/96da8abc-b323-4aff-b69e-845b21741599.html',
      note: 'facts.md §5: appraisal fee 50 %, ≤ 100k/yr'
    }
  },
  {
    id: 'xuchang-2023-premium',
    region: '410000',
    effectiveFrom: '2023-03-08',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['premium'], capYuanPerYear: 20_000 },
      modes: BANK,
      placeNames: ['许昌', 'Xuchang'],
      conditions: []
    },
    caps: { capYuanPerYear: 20_000 },
    source: {
      label: 'sourced',
      ref: 'http://czj.xuchang.gov.cn/gzdt/20230308/96da8abc-b323-4aff-b69e-845b21741599.html',
      note: 'facts.md §2.4 and §5: guarantee-insurance premium 50 %, ≤ 20k/yr'
    }
  },
  {
    id: 'kunming-interest',
    region: '530000',
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    value: {
      rule: {
        kind: 'cost_share',
        share: 1,
        covers: ['interest'],
        rateCapLprMultiple: 1,
        capYuanPerYear: 2_000_000,
        maxYears: 1
      },
      modes: BANK,
      placeNames: ['昆明', 'Kunming'],
      conditions: []
    },
    caps: { capYuanPerYear: 2_000_000 },
    source: {
      label: 'sourced',
      ref: 'http://www.javmer.com/kmzhxip/vip_doc/1607768.html',
      note: 'facts.md §5: interest up to 100 % of the benchmark rate for 1 yr, ≤ 2 M/yr (benchmark read as the 1y LPR; date of the rule not found, facts.md date used)'
    }
  },
  {
    id: 'lijiang-interest',
    region: '530000',
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.3, covers: ['interest'] },
      modes: BANK,
      placeNames: ['丽江', 'Lijiang'],
      conditions: ['whitelist']
    },
    source: {
      label: 'sourced',
      ref: 'https://finance.yunnan.cn/system/2026/01/07/033818650.shtml',
      note: 'facts.md §5: interest subsidy ≤ 30 % (no cap found; date of the rule not found, facts.md date used)'
    }
  },
  {
    id: 'national-none',
    region: 'national',
    effectiveFrom: '2019-08-06',
    effectiveTo: null,
    value: {
      rule: { kind: 'none', reason: 'no_rule' },
      modes: [...BANK, ...ABS, 'factoring'],
      placeNames: [],
      conditions: []
    },
    source: {
      label: 'seed',
      ref: '银保监发〔2019〕34号',
      note: 'no national interest subsidy; the 2019 notice asks local governments for risk sharing and compensation (provision 14)'
    }
  }
];

/** When a subsidy is paid: after the loan year's costs, on application [U]. */
export const SUBSIDY_PAYOUT_LAG_MONTHS: Sourced<number> = {
  value: 6,
  source: {
    label: 'estimate',
    ref: 'facts.md §5 [U]',
    note: 'calls are for loans repaid in the previous year (Beijing 2023 call: loans repaid in 2022); six months after the loan year is an estimate'
  },
  effectiveFrom: '2025-06-01'
};
