/**
 * Defaults of the four financing modes as data (facts.md A.2, §2.4, §4, §9 items 8-10). Each number carries its
 * source label; the user can override every one of them (FinancingSettings). The LPR is dated policy data in
 * rates.ts, picked at `asOf`; the regional bank products (苏知贷, 天府知来贷) are dated entries too.
 *
 * Every route carries the third-party costs it really incurs: the IP is appraised on every route (a bank values the
 * pledge; a securitisation's pool and the sublicense lump sum rest on an appraised value), a guarantor backs most
 * securitisations (seed 003: guarantor companies on 81.67 % of 2023 volume), and a programme has its own costs.
 */
import type { PolicyEntry } from './types';
import type { Range, Source, Sourced } from './types';

export const FINANCING_POLICY_VERSION = '2026-12-02.1';

const FACTS_DATE = '2025-06-01';

function sourced<T>(value: T, source: Source, effectiveFrom = FACTS_DATE): Sourced<T> {
  return { value, source, effectiveFrom };
}
function estimate<T>(value: T, note: string): Sourced<T> {
  return sourced(value, { label: 'estimate', ref: 'facts.md §9 [U]', note });
}
const r = (low: number, base: number, high: number): Range => ({ low, base, high });

export const MODE_IDS = ['bank_pledge_loan', 'loan_abs', 'sublicense_abs', 'factoring'] as const;
export type ModeId = (typeof MODE_IDS)[number];

const SEED_003: Pick<Source, 'label' | 'ref' | 'doc'> = {
  label: 'seed',
  ref: 'seed 003 (2024 IP-ABS market report)',
  doc: 'lianhe-2024-ip-abs'
};

/** Appraisal of the IP, a share of the appraised value: paid on every route (facts.md §2.2). */
export const APPRAISAL_FEE = sourced(r(0.005, 0.005, 0.01), {
  label: 'secondary',
  ref: 'https://www.dlllqs.com/lcbj/84382.html',
  note: 'facts.md §2.2: 0.5-1 % of the appraised value',
  doc: 'appraisal-fee-blog'
});

/** Guarantee company fee, %/yr of the amount, where a guarantor backs the financing. */
export const GUARANTEE_FEE = sourced(r(0.01, 0.01, 0.02), {
  label: 'sourced',
  ref: 'http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
  note: 'facts.md §2.4: ≤ 1 %/yr in 天府知来贷; the market 1-2 %/yr is [U]',
  doc: 'sichuan-tianfu-2025'
});

/** Bank IP pledge loan: 1-year LPR + spread; policy schemes cap the spread at 0.8-1.5 pp (facts.md §0, §2.4). */
export const BANK_LOAN = {
  spread: sourced(r(0.008, 0.01, 0.015), {
    label: 'sourced',
    ref: 'http://bobainet.com/p1/rd/20230815/427761.html ; http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
    note: 'facts.md §0 and §9 item 8: 苏知贷 ≤ LPR + 80 bp, 天府知来贷 ≤ LPR + 150 bp; 1 pp is the middle',
    doc: 'jiangsu-suzhidai-2023'
  }),
  guaranteeFee: GUARANTEE_FEE,
  appraisalFee: APPRAISAL_FEE,
  tenorMonths: sourced(12, {
    label: 'secondary',
    ref: 'https://soudai8.com/171483948.html',
    note: 'facts.md §0: pledge loans mostly 1 yr, ≤ 3 yrs',
    doc: 'bocom-pledge-terms-copy'
  }),
  weeksToFunds: estimate(r(3, 4, 6), 'appraisal, bank approval and CNIPA pledge registration'),
  maxTenorMonths: sourced(36, {
    label: 'secondary',
    ref: 'https://soudai8.com/171483948.html',
    note: 'facts.md §0: term ≤ 3 yrs (Bank of Communications)',
    doc: 'bocom-pledge-terms-copy'
  })
};

/**
 * A regional IP pledge loan product's price terms, applied to the bank route where and while it is in force:
 * the spread over the 1-year LPR at most `maxSpread`; `otherFees` 'none' = no fee but interest ("no other fees"),
 * 'guarantee_only' = a guarantor's fee at most `maxGuaranteeFee` and nothing else.
 */
export interface BankProductTerms {
  /** i18n `financing.product.<code>` */
  product: 'suzhidai' | 'tianfu';
  maxSpread: number;
  otherFees: 'none' | 'guarantee_only';
  maxGuaranteeFee?: number;
  maxAmountWan: number;
  maxTenorMonths: number;
}

export const BANK_PRODUCTS: readonly PolicyEntry<BankProductTerms>[] = [
  {
    id: 'jiangsu-suzhidai-terms',
    region: '320000',
    effectiveFrom: '2023-08-15',
    effectiveTo: null,
    value: {
      product: 'suzhidai',
      maxSpread: 0.008,
      otherFees: 'none',
      maxAmountWan: 3000,
      maxTenorMonths: 36
    },
    source: {
      label: 'sourced',
      ref: 'http://bobainet.com/p1/rd/20230815/427761.html',
      note: 'facts.md §2.4: tenor ≤ 3 yrs; rate ≤ 1y LPR + 80 bp; no other fees; loans to 30 M',
      doc: 'jiangsu-suzhidai-2023'
    }
  },
  {
    id: 'sichuan-tianfu-terms',
    region: '510000',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-12-31',
    value: {
      product: 'tianfu',
      maxSpread: 0.015,
      otherFees: 'guarantee_only',
      maxGuaranteeFee: 0.01,
      maxAmountWan: 1000,
      maxTenorMonths: 12
    },
    source: {
      label: 'sourced',
      ref: 'http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
      note: 'facts.md §2.4: ≤ 10 M, ≤ 1 yr; rate ≤ LPR + 150 bp; guarantee fee ≤ 1 %/yr; no other fees',
      doc: 'sichuan-tianfu-2025'
    }
  }
];

/** Loan-mode IP ABS: a microcredit company lends against the pledge and pools the loans (seed 003, facts.md §4). */
export const LOAN_ABS = {
  /** AAA senior coupon: 71.37 % of 2023-Q1 2024 volume priced in (3.00 %, 3.30 %]; the range is seed table 5's. */
  coupon: sourced(r(0.027, 0.0315, 0.045), {
    ...SEED_003,
    part: { kind: 'table', n: '5' },
    note: 'facts.md A.2: AAA_sf coupons 2.70-4.50 %; 3.15 % is the middle of the bucket with most volume'
  }),
  /** Originator's spread and the programme's own costs (rating, trustee, legal, listing), %/yr [U]. */
  fees: estimate(
    r(0.003, 0.005, 0.01),
    'facts.md §9 item 9: other fees ≈ 0.5-2 %/yr combined [U], less the guarantee'
  ),
  /** A guarantor backs the loans (seed 003: guarantor companies on 81.67 % of 2023 volume). */
  guaranteeFee: GUARANTEE_FEE,
  tenorMonths: sourced(12, {
    ...SEED_003,
    part: { kind: 'table', n: '4' },
    note: 'facts.md A.2: 85.54 % of senior volume has a tenor of 7-14 months'
  }),
  /** Per-firm tickets in the listed deals, 万元. */
  ticketWan: estimate(
    r(500, 1000, 2500),
    'facts.md §4.2: typical per-firm ticket about 5-25 M yuan, derived from the listed deals'
  ),
  weeksToFunds: estimate(r(8, 12, 16), 'waiting for a programme to pool enough firms and issue'),
  /** Cities with loan-mode programmes in facts.md §4.2: province code and the city's names as users type them. */
  programmeCities: estimate<{ province: string; names: string[] }[]>(
    [
      { province: '440000', names: ['深圳', 'Shenzhen'] },
      { province: '440000', names: ['广州', 'Guangzhou'] },
      { province: '330000', names: ['杭州', 'Hangzhou'] },
      { province: '330000', names: ['宁波', 'Ningbo'] },
      { province: '340000', names: ['合肥', 'Hefei'] },
      { province: '430000', names: ['长沙', '湘江', 'Changsha'] },
      { province: '320000', names: ['南京', 'Nanjing'] }
    ],
    'cities of the loan-mode deals and originators in facts.md §4.2 and seed 003 table 3'
  )
};

/** Patent sublicense ABS (专利二次许可): a lump sum for an exclusive licence, paid back as sublicence fees. */
export const SUBLICENSE_ABS = {
  /** Yield the originator builds into the fee schedule, %/yr: fee schedules were not found (facts.md §4.1). */
  impliedYield: estimate(r(0.05, 0.06, 0.08), 'facts.md §4.1 and §9 item 10: fee schedule not found [U]'),
  /** Lump sum as a share of the patents' appraised value. */
  advanceShare: estimate(r(0.2, 0.3, 0.4), 'lease companies advance a share of the appraised value [U]'),
  tenorMonths: sourced(36, {
    label: 'sourced',
    ref: 'http://www.rzzlxh.org.cn/show-653.html',
    note: 'facts.md §4.2: 粤开–广州开发区金控 licence deal, 3 yrs',
    doc: 'yuekai-gzkfq-2021'
  }),
  /** Months between sublicence fee instalments (quarterly or semi-annual, facts.md §4.1). */
  paymentEveryMonths: estimate(3 as const, 'facts.md §4.1: quarterly or semi-annual instalments'),
  weeksToFunds: estimate(r(8, 12, 20), 'licence contracts, registration and the programme issue'),
  /**
   * Per-firm lump sums, 万元: one published case (广州华银健康, 23 M yuan in the 2019 deal); programmes pool several
   * firms' patents as the loan mode does, so the same lower end is assumed [U].
   */
  ticketWan: estimate(
    r(500, 1000, 2300),
    'facts.md §4.1: 广州华银健康 received 23 M yuan (2019); lower end as the loan mode [U]'
  ),
  /**
   * Where sublicense programmes have issued: 12 deals in 2023, 11 by lease companies and 1 by 中国技术交易所 (seed
   * 003); the Guangzhou Development District deals (facts.md §4.1-4.2) and 安徽兴泰融资租赁 (seed 003 table 3).
   */
  programmeCities: estimate<{ province: string; names: string[] }[]>(
    [
      { province: '440000', names: ['广州', 'Guangzhou'] },
      { province: '110000', names: ['北京', 'Beijing'] },
      { province: '340000', names: ['合肥', 'Hefei'] }
    ],
    'seed 003 §三(2)-(3) and facts.md §4.1-4.2: 中国技术交易所 (Beijing), Guangzhou Development District lease deals, 安徽兴泰融资租赁'
  )
};

/**
 * Factoring-debt mode (seed 003 §二(2)): a core enterprise factors its own receivables and pledges its IP; the only
 * 2023 deal was a central state-owned enterprise's (水电十四局). Priced as the senior tranches of seed table 5.
 */
export const FACTORING = {
  /** Advance rate on the receivables. */
  advanceRate: estimate(r(0.7, 0.8, 0.9), 'factors advance 70-90 % of eligible receivables [U]'),
  coupon: sourced(r(0.027, 0.0315, 0.045), {
    ...SEED_003,
    part: { kind: 'table', n: '5' },
    note: 'facts.md A.2: AAA_sf coupons 2.70-4.50 % (the 2.2 % of one Ningbo deal in facts.md §4.2 is [S-2] and below the seed’s lowest bucket)'
  }),
  fees: estimate(r(0.01, 0.015, 0.02), 'factoring fee on top of the coupon, %/yr [U]'),
  tenorMonths: estimate(6, 'receivables of up to a year; six months is typical [U]'),
  weeksToFunds: estimate(r(2, 3, 6), 'once the core customer confirms the receivables')
};

export const FINANCING_POLICY = {
  version: FINANCING_POLICY_VERSION,
  appraisalFee: APPRAISAL_FEE,
  bankLoan: BANK_LOAN,
  bankProducts: BANK_PRODUCTS,
  loanAbs: LOAN_ABS,
  sublicenseAbs: SUBLICENSE_ABS,
  factoring: FACTORING
} as const;
export type FinancingPolicy = typeof FINANCING_POLICY;
