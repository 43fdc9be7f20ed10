/**
 * Regional subsidies for IP financing as dated policy entries (facts.md A.2 and §5): one entry per rule, with the
 * numbers of its wording, who receives the money and on what base, its caps and the period each cap runs over, the
 * financing modes it applies to, where it applies and the document it comes from (its source).
 *
 * Three principles, each from the rules' own texts (docs/readiness-and-financing.md §8):
 * - Recipient. A rule pays the party its text names. A firm that is not that party (a firm in a loan-mode pool is not
 *   the issuer of the securitisation; a lead team is not a borrower) sees the rule, not the money.
 * - One scheme per cost item. Seed 003, table 2 (Hainan): "对同一奖补对象、同一事项同时获得多类省、市级资金支持的，按照不重复
 *   原则执行". Where city, district and zone rules cover the same cost of the same loan, one scheme pays it, the one
 *   that pays more; a rule may be counted beside another on the same cost only when its own text says so
 *   (`stacksWith`, with the quoted words).
 * - Confirmation. A rule known only from a secondary copy (source label 'secondary', facts.md [S-2]) is shown with
 *   its possible effect, never inside the headline all-in cost or the choice of the cheapest route.
 *
 * Region: a province code (GB/T 2260) plus, for a city, district or zone rule, the names a user types in the city
 * field ('深圳', '南山'); the enterprise's province and city text select the rules.
 */
import type { ModeId } from './financing';
import type { PolicyEntry } from './types';
import type { Sourced } from './types';

/** The costs a rule pays part of; each matches the borrower's flows of that kind. */
export type CostPart = 'interest' | 'guarantee' | 'premium' | 'appraisal' | 'fee';
export const COST_PARTS: readonly CostPart[] = ['interest', 'guarantee', 'premium', 'appraisal', 'fee'];

/**
 * Who the rule's money goes to. i18n `policy.recipient.<code>`.
 *   borrower            the firm that obtains the financing (a bank borrower, a firm in a securitisation's pool)
 *   issuing_enterprise  a firm that itself issues a securitisation with its own IP as the underlying asset
 *   lead_team           the team that leads a successful securitisation
 *   institutions        banks, guarantors, insurers and appraisers that bear a loss (risk compensation)
 */
export type Recipient = 'borrower' | 'issuing_enterprise' | 'lead_team' | 'institutions';

export type SubsidyRule =
  /** `share` of the covered costs; interest above LPR × `rateCapLprMultiple` counts as if at that rate. */
  | { kind: 'cost_share'; share: number; covers: CostPart[]; rateCapLprMultiple?: number }
  /** Shares by slice of the financing amount (`upToYuan` null = no upper end), applied to the covered costs. */
  | { kind: 'tiered_cost_share'; tiers: { upToYuan: number | null; share: number }[]; covers: CostPart[] }
  /** Percentage points a year on the loan outstanding (month by month), never above the interest paid. */
  | { kind: 'rate_rebate'; ratePerYear: number; needsGuarantor?: boolean }
  /** A one-off award: a share of the amount issued. */
  | { kind: 'award'; shareOfAmount: number }
  /** A fixed award per deal. */
  | { kind: 'fixed_award'; yuanPerDeal: number }
  /** The scheme pays nobody for the financing's costs (it shares losses, or there is no rule). */
  | { kind: 'none'; reason: 'risk_sharing_only' | 'no_rule' };

/** Caps, each over the period its rule names. */
export interface SubsidyCaps {
  /** Yuan in one loan year (每年 / 年度). */
  perYearYuan?: number;
  /** Yuan over the whole financing, or cumulative (累计). */
  totalYuan?: number;
  /** Share of the financing amount over the whole financing (不超过融资规模的 x). */
  totalShareOfAmount?: number;
  /** Share of the last year's revenue per loan year, when the financing amount exceeds `whenAmountOverYuan`. */
  perYearShareOfRevenue?: { share: number; whenAmountOverYuan: number };
  /** Loan years paid for (years after these get nothing). */
  maxYears?: number;
}

/** Conditions the app can check; a failed one shows the rule as `condition_not_met`. */
export interface SubsidyLimits {
  /** Last year's revenue at most, 万元. */
  maxRevenueWan?: number;
  /** Financing amount at most, 万元. */
  maxAmountWan?: number;
  /** Tenor at most, months. */
  maxTenorMonths?: number;
}

export interface SubsidyEntryValue {
  rule: SubsidyRule;
  caps: SubsidyCaps;
  recipient: Recipient;
  /** The financing modes the rule applies to. */
  modes: ModeId[];
  /** City, district or zone names that must appear in the enterprise's city; empty = the whole province. */
  placeNames: string[];
  /** Conditions the app cannot check, shown beside the figure (i18n `policy.condition.<code>`). */
  conditions: string[];
  limits?: SubsidyLimits;
  /** The scheme's own yearly budget, yuan: it can run out (a risk, not a condition on the firm). */
  budgetYuanPerYear?: number;
  /** Rules this one may be counted beside on the same cost, with the words of the text that allow it. */
  stacksWith?: { ids: string[]; quote: string };
  /** The rule's own words, as the cited document gives them (Chinese). */
  quote?: string;
}

export type SubsidyEntry = PolicyEntry<SubsidyEntryValue>;

const BANK: ModeId[] = ['bank_pledge_loan'];
const ABS: ModeId[] = ['loan_abs', 'sublicense_abs'];

/** Seed 003 (联合资信, 2024), table 2: the local rules as the report gives them. */
const SEED_TABLE_2 = {
  label: 'seed',
  ref: 'seed 003 (2024 IP-ABS market report), table 2',
  doc: 'lianhe-2024-ip-abs',
  part: { kind: 'table', n: '2' }
} as const;

export const SUBSIDIES: readonly SubsidyEntry[] = [
  {
    id: 'beijing-2023-interest',
    region: '110000',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['interest'], rateCapLprMultiple: 1.4 },
      caps: { perYearYuan: 300_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: [],
      conditions: ['ip_dominant_pledge_registered'],
      quote:
        '对符合条件并在北京市获得知识产权质押贷款的企业，按照不超过其贷款项目实际利率的50%给予贴息支持。银行贷款利率上浮幅度超过同期银行一年期贷款市场报价利率（LPR）40%的，实际利率按照上浮40%计算。每家企业年度贴息金额最高不超过30万元。'
    },
    source: {
      ...SEED_TABLE_2,
      note: 'facts.md A.2 and §5 (the 2023 call also at https://patent.gbicom.cn/news/6269; the 2025 call keeps the rule)'
    }
  },
  {
    id: 'beijing-2023-fees',
    region: '110000',
    effectiveFrom: '2023-10-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['appraisal', 'guarantee', 'premium', 'fee'] },
      caps: { perYearYuan: 20_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: [],
      conditions: ['ip_dominant_pledge_registered'],
      quote:
        '对符合条件并在北京市获得知识产权质押贷款的企业，在办理知识产权质押贷款过程中产生的评估费、担保费及其他新型知识产权质押融资综合成本费用，按照不超过50%比例进行补贴。每家企业年度补贴金额不超过2万元。'
    },
    source: { ...SEED_TABLE_2, note: 'facts.md A.2 and §5' }
  },
  {
    id: 'zhongguancun-2021-interest',
    region: '110000',
    effectiveFrom: '2021-09-14',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.4, covers: ['interest'], rateCapLprMultiple: 1.4 },
      caps: { perYearYuan: 500_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['中关村', 'Zhongguancun'],
      conditions: [],
      limits: { maxRevenueWan: 20_000 }
    },
    source: {
      label: 'sourced',
      ref: 'http://www.beijing.gov.cn/fuwu/lqfw/ztzl/zczxwqy/rdwd/202109/t20210914_2492450.html',
      note: 'facts.md §5: 40 % of interest, LPR + 40 % cap, ≤ 500k/yr, firms with revenue ≤ 200 M',
      doc: 'zgc-2021-ip-loan'
    }
  },
  {
    id: 'shenzhen-2022-securitisation',
    region: '440000',
    effectiveFrom: '2022-12-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['interest', 'guarantee'] },
      // "补贴金额不超过融资规模的3.5%" caps the subsidy of the financing, not of each year; "同一申请人每年补贴总额不超过200万元"
      // is the yearly cap; "本项目每年补贴总额不超过3000万元" is the scheme's yearly budget.
      caps: { totalShareOfAmount: 0.035, perYearYuan: 2_000_000 },
      budgetYuanPerYear: 30_000_000,
      recipient: 'borrower',
      modes: ABS,
      placeNames: ['深圳', 'Shenzhen'],
      conditions: ['aaa_rated_programme', 'shenzhen_originator'],
      quote:
        '对入池参与深圳市企事业单位发行的信用评级达到3A等级的知识产权证券化项目并获得融资的企业，按照实际利息与担保费的合计金额的50%进行补贴，补贴金额不超过融资规模的3.5%，同一申请人每年补贴总额不超过200万元。本项目每年补贴总额不超过3000万元。'
    },
    source: { ...SEED_TABLE_2, note: 'facts.md A.2' }
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
        covers: ['interest', 'guarantee', 'fee']
      },
      caps: { perYearShareOfRevenue: { share: 0.008, whenAmountOverYuan: 10_000_000 } },
      recipient: 'borrower',
      modes: ABS,
      placeNames: ['南山', 'Nanshan'],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'https://huaxiataike.com/news/78339.html',
      note: 'facts.md §5 (2025 call): 70 % ≤ 10 M, 50 % 10-50 M, 30 % ≥ 50 M of the cost; above 10 M a year, ≤ 8 ‰ of the prior year’s revenue',
      doc: 'nanshan-2025-call-copy'
    }
  },
  {
    id: 'shenzhen-nanshan-2025-measures-securitisation',
    region: '440000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.7, covers: ['interest', 'guarantee', 'fee'] },
      caps: { perYearYuan: 3_000_000, maxYears: 3 },
      recipient: 'borrower',
      modes: ABS,
      placeNames: ['南山', 'Nanshan'],
      conditions: []
    },
    source: {
      label: 'secondary',
      ref: 'secondary copy of the Nanshan district measures (facts.md §5)',
      note: '70 % of the financing cost, ≤ 3 M/yr, ≤ 3 yrs',
      doc: 'nanshan-2025-measures-copy'
    }
  },
  {
    id: 'shenzhen-nanshan-2025-pledge-loan',
    region: '440000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.7, covers: ['interest', 'guarantee', 'premium', 'appraisal'] },
      caps: { perYearYuan: 1_500_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['南山', 'Nanshan'],
      conditions: []
    },
    source: {
      label: 'secondary',
      ref: 'secondary copy of the Nanshan district measures (facts.md §5)',
      note: '70 % of interest + guarantee + insurance + appraisal, ≤ 1.5 M/yr',
      doc: 'nanshan-2025-measures-copy'
    }
  },
  {
    id: 'zhejiang-2022-abs-award',
    region: '330000',
    effectiveFrom: '2022-08-01',
    effectiveTo: null,
    value: {
      // "支持科技型企业以知识产权为基础资产公开发行…按其实际发行规模5%": the firm that itself issues, on its actual issue size.
      rule: { kind: 'award', shareOfAmount: 0.05 },
      caps: { totalYuan: 5_000_000 },
      recipient: 'issuing_enterprise',
      modes: ABS,
      placeNames: [],
      conditions: ['public_issue_by_tech_firm'],
      quote:
        '支持科技型企业以知识产权为基础资产公开发行资产证券化产品，按其实际发行规模5%的比例，给予累计不超过500万元的奖励。'
    },
    source: {
      ...SEED_TABLE_2,
      note: 'facts.md A.2 and §5: 5 % of actual issuance, cumulative ≤ 5 M yuan; the primary source was not found'
    }
  },
  {
    id: 'hainan-2023-lead-team',
    region: '460000',
    effectiveFrom: '2023-12-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'fixed_award', yuanPerDeal: 500_000 },
      caps: {},
      recipient: 'lead_team',
      modes: ABS,
      placeNames: [],
      conditions: [],
      quote:
        '鼓励探索知识产权证券化，对成功发行海南省知识产权证券化产品的牵头团队，每项给予50万元奖励。对同一奖补对象、同一事项同时获得多类省、市级资金支持的，按照不重复原则执行。'
    },
    source: { ...SEED_TABLE_2, note: 'facts.md A.2: 500,000 yuan per successful deal to its lead team' }
  },
  {
    id: 'shanghai-2024-interest',
    region: '310000',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    value: {
      // The city sets the floor ("不低于贷款利率的50%"); each district's call sets its own share and caps.
      rule: { kind: 'cost_share', share: 0.5, covers: ['interest'] },
      caps: {},
      recipient: 'borrower',
      modes: BANK,
      placeNames: [],
      conditions: ['district_sets_terms'],
      quote:
        '支持各区进一步加大知识产权融资政策支持力度，发挥知识产权质押融资贴息、保险贴费、担保贴补等政策措施功效，其中知识产权质押贷款贴息应不低于贷款利率的50%。'
    },
    source: { ...SEED_TABLE_2, note: 'facts.md A.2 (Shanghai, 2024-01); facts.md §5 found no primary text' }
  },
  {
    id: 'jiangsu-suzhidai-2023',
    region: '320000',
    effectiveFrom: '2023-08-15',
    effectiveTo: null,
    value: {
      rule: { kind: 'none', reason: 'risk_sharing_only' },
      caps: {},
      recipient: 'institutions',
      modes: BANK,
      placeNames: [],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'http://bobainet.com/p1/rd/20230815/427761.html',
      note: 'facts.md §2.4: 苏知贷 shares losses (80/20 ≤ 10 M, 50/50 to 30 M); its price terms are in financing.ts',
      doc: 'jiangsu-suzhidai-2023'
    }
  },
  {
    id: 'sichuan-tianfu-2024',
    region: '510000',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-12-31',
    value: {
      rule: { kind: 'rate_rebate', ratePerYear: 0.015 },
      caps: {},
      recipient: 'borrower',
      modes: BANK,
      placeNames: [],
      conditions: [],
      limits: { maxAmountWan: 1000, maxTenorMonths: 12 }
    },
    source: {
      label: 'sourced',
      ref: 'https://www.yuhaojiang.com/redian/1145894.html ; http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
      note: 'facts.md §2.4: 天府知来贷 (2024-25) 1.5 %/yr provincial interest subsidy, ≤ 10 M, ≤ 1 yr',
      doc: 'sichuan-tianfu-2025'
    }
  },
  {
    id: 'hangzhou-2025-tech-guarantee',
    region: '330000',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'rate_rebate', ratePerYear: 0.01, needsGuarantor: true },
      caps: { perYearYuan: 200_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['杭州', 'Hangzhou'],
      conditions: ['bank_guarantor_product_not_ip_specific']
    },
    source: {
      label: 'sourced',
      ref: 'http://www.echinagov.com/policy/366248.htm',
      note: 'facts.md §5: 1 %/yr interest subsidy on 科创 bank–guarantor products, ≤ 200k/yr',
      doc: 'hangzhou-2025-tech-finance'
    }
  },
  {
    id: 'xuchang-2023-appraisal',
    region: '410000',
    effectiveFrom: '2023-03-08',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['appraisal'] },
      caps: { perYearYuan: 100_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['许昌', 'Xuchang'],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'http://czj.xuchang.gov.cn/gzdt/20230308/96da8abc-b323-4aff-b69e-845b21741599.html',
      note: 'facts.md §5: appraisal fee 50 %, ≤ 100k/yr',
      doc: 'xuchang-2023-ip-finance'
    }
  },
  {
    id: 'xuchang-2023-premium',
    region: '410000',
    effectiveFrom: '2023-03-08',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.5, covers: ['premium'] },
      caps: { perYearYuan: 20_000 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['许昌', 'Xuchang'],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'http://czj.xuchang.gov.cn/gzdt/20230308/96da8abc-b323-4aff-b69e-845b21741599.html',
      note: 'facts.md §2.4 and §5: guarantee-insurance premium 50 %, ≤ 20k/yr',
      doc: 'xuchang-2023-ip-finance'
    }
  },
  {
    id: 'kunming-interest',
    region: '530000',
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    value: {
      // "up to 100 % of the benchmark rate for 1 yr": interest counted at most at the 1-year LPR, for the first year.
      rule: { kind: 'cost_share', share: 1, covers: ['interest'], rateCapLprMultiple: 1 },
      caps: { perYearYuan: 2_000_000, maxYears: 1 },
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['昆明', 'Kunming'],
      conditions: []
    },
    source: {
      label: 'sourced',
      ref: 'http://www.javmer.com/kmzhxip/vip_doc/1607768.html',
      note: 'facts.md §5: interest up to 100 % of the benchmark rate for 1 yr, ≤ 2 M/yr (benchmark read as the 1y LPR; date of the rule not found, facts.md date used)',
      doc: 'kunming-ip-finance-copy'
    }
  },
  {
    id: 'lijiang-interest',
    region: '530000',
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    value: {
      rule: { kind: 'cost_share', share: 0.3, covers: ['interest'] },
      caps: {},
      recipient: 'borrower',
      modes: BANK,
      placeNames: ['丽江', 'Lijiang'],
      conditions: ['whitelist']
    },
    source: {
      label: 'sourced',
      ref: 'https://finance.yunnan.cn/system/2026/01/07/033818650.shtml',
      note: 'facts.md §5: interest subsidy ≤ 30 % (no cap found; date of the rule not found, facts.md date used)',
      doc: 'lijiang-2026-whitelist'
    }
  },
  {
    id: 'national-none',
    region: 'national',
    effectiveFrom: '2019-08-06',
    effectiveTo: null,
    value: {
      rule: { kind: 'none', reason: 'no_rule' },
      caps: {},
      recipient: 'borrower',
      modes: [...BANK, ...ABS, 'factoring'],
      placeNames: [],
      conditions: []
    },
    source: {
      label: 'seed',
      ref: '银保监发〔2019〕34号',
      note: 'no national interest subsidy; the 2019 notice asks local governments for risk sharing and compensation (provision 14)',
      doc: 'cbirc-2019-34',
      part: { kind: 'item', n: '14' }
    }
  }
];

/** Whether a rule is known only from a secondary copy: shown with its possible effect, never in the headline. */
export function isUnconfirmed(e: SubsidyEntry): boolean {
  return e.source.label === 'secondary';
}

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
