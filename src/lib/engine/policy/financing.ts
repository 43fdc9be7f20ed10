/**
 * Defaults of the four financing modes as data (facts.md A.2, §2.4, §4, §9 items 8-10). Each number carries its
 * source label; the user can override every one of them (FinancingSettings). The LPR is dated policy data in
 * rates.ts, picked at `asOf`.
 */
import type { Range, Source, Sourced } from './valuation-defaults';

export const FINANCING_POLICY_VERSION = '2026-11-22.1';

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

/** Bank IP pledge loan: 1-year LPR + spread; policy schemes cap the spread at 0.8-1.5 pp (facts.md §0, §2.4). */
export const BANK_LOAN = {
  spread: sourced(r(0.008, 0.01, 0.015), {
    label: 'sourced',
    ref: 'http://bobainet.com/p1/rd/20230815/427761.html ; http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
    note: 'facts.md §0 and §9 item 8: 苏知贷 ≤ LPR + 80 bp, 天府知来贷 ≤ LPR + 150 bp; 1 pp is the middle'
  }),
  /** Guarantee company fee, %/yr of the loan, when a guarantor is used. */
  guaranteeFee: sourced(r(0.01, 0.01, 0.02), {
    label: 'sourced',
    ref: 'http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml',
    note: 'facts.md §2.4: ≤ 1 %/yr in 天府知来贷; the market 1-2 %/yr is [U]'
  }),
  /** Appraisal fee, share of the appraised value, where the bank asks for an appraisal. */
  appraisalFee: sourced(r(0.005, 0.005, 0.01), {
    label: 'secondary',
    ref: 'https://www.dlllqs.com/lcbj/84382.html',
    note: 'facts.md §2.2: 0.5-1 % of the appraised value'
  }),
  tenorMonths: sourced(12, {
    label: 'sourced',
    ref: 'https://soudai8.com/171483948.html',
    note: 'facts.md §0: pledge loans mostly 1 yr, ≤ 3 yrs'
  }),
  weeksToFunds: estimate(r(3, 4, 6), 'appraisal, bank approval and CNIPA pledge registration'),
  maxTenorMonths: sourced(36, {
    label: 'secondary',
    ref: 'https://soudai8.com/171483948.html',
    note: 'facts.md §0: term ≤ 3 yrs (Bank of Communications)'
  })
};

/** Loan-mode IP ABS: a microcredit company lends against the pledge and pools the loans (seed 003, facts.md §4). */
export const LOAN_ABS = {
  /** AAA senior coupon: 71.37 % of 2023-Q1 2024 volume priced in (3.00 %, 3.30 %]; single deals 2.2-3.8 %. */
  coupon: sourced(r(0.022, 0.0315, 0.038), {
    label: 'seed',
    ref: 'seed 003 (2024 IP-ABS market report)',
    note: 'facts.md A.2 and §4.2: AAA_sf coupons; 3.15 % is the middle of the bucket with most volume'
  }),
  /** Originator spread, guarantee and programme fees on top of the coupon, %/yr. */
  fees: estimate(r(0.005, 0.015, 0.02), 'facts.md §9 item 9: other fees ≈ 0.5-2 %/yr combined [U]'),
  tenorMonths: sourced(12, {
    label: 'seed',
    ref: 'seed 003',
    note: 'facts.md A.2: 85.54 % of senior volume has a tenor of 7-14 months'
  }),
  /** Per-firm tickets in the listed deals, 万元. */
  ticketWan: sourced(r(500, 1000, 2500), {
    label: 'sourced',
    ref: 'facts.md §4.2 deal table',
    note: 'typical per-firm ticket about 5-25 M yuan (derived from the listed deals)'
  }),
  weeksToFunds: estimate(r(8, 12, 16), 'waiting for a programme to pool enough firms and issue'),
  /** Cities with loan-mode programmes in facts.md §4.2: province code and the city's names as users type them. */
  programmeCities: sourced<{ province: string; names: string[] }[]>(
    [
      { province: '440000', names: ['深圳', 'Shenzhen'] },
      { province: '440000', names: ['广州', 'Guangzhou'] },
      { province: '330000', names: ['杭州', 'Hangzhou'] },
      { province: '330000', names: ['宁波', 'Ningbo'] },
      { province: '340000', names: ['合肥', 'Hefei'] },
      { province: '430000', names: ['长沙', '湘江', 'Changsha'] }
    ],
    { label: 'sourced', ref: 'facts.md §4.2 deal table', note: 'cities of the listed loan-mode deals' }
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
    note: 'facts.md §4.2: 粤开–广州开发区金控 licence deal, 3 yrs'
  }),
  /** Months between sublicence fee instalments (quarterly or semi-annual, facts.md §4.1). */
  paymentEveryMonths: estimate(3 as const, 'facts.md §4.1: quarterly or semi-annual instalments'),
  weeksToFunds: estimate(r(8, 12, 20), 'licence contracts, registration and the programme issue')
};

/** Factoring-debt mode with an IP pledge: receivables from a core customer are factored (facts.md A.2, §4.2). */
export const FACTORING = {
  /** Advance rate on the receivables. */
  advanceRate: estimate(r(0.7, 0.8, 0.9), 'factors advance 70-90 % of eligible receivables [U]'),
  coupon: sourced(r(0.022, 0.022, 0.03), {
    label: 'secondary',
    ref: 'https://mdjjksjc.com/html/2024/1220/8072043116007010.shtm',
    note: 'facts.md §4.2: 甬兴–国富–宁波 factoring deal, AAA 2.2 %'
  }),
  fees: estimate(r(0.01, 0.015, 0.02), 'factoring fee on top of the coupon, %/yr [U]'),
  tenorMonths: estimate(6, 'receivables of up to a year; six months is typical [U]'),
  weeksToFunds: estimate(r(2, 3, 6), 'once the core customer confirms the receivables')
};

export const FINANCING_POLICY = {
  version: FINANCING_POLICY_VERSION,
  bankLoan: BANK_LOAN,
  loanAbs: LOAN_ABS,
  sublicenseAbs: SUBLICENSE_ABS,
  factoring: FACTORING
} as const;
export type FinancingPolicy = typeof FINANCING_POLICY;
