/**
 * First-loan (首贷) readiness as data: the score's weights and grade bands, the thresholds behind each dimension,
 * the documents a bank asks for, and the first-loan channels. Every entry says where it comes from (facts.md labels:
 * seed, sourced [S], secondary [S-2], estimate [U]) and from when it applies. The readiness code reads only this.
 */
import type { Source, Sourced } from './valuation-defaults';

export const READINESS_POLICY_VERSION = '2026-11-22.1';

const FACTS_DATE = '2025-06-01';

function sourced<T>(value: T, source: Source, effectiveFrom = FACTS_DATE): Sourced<T> {
  return { value, source, effectiveFrom };
}

function estimate<T>(value: T, note: string): Sourced<T> {
  return sourced(value, { label: 'estimate', ref: 'facts.md §9 item 7 [U]', note });
}

/** The dimensions of the score, in the order the screen lists them. */
export const READINESS_DIMENSIONS = [
  'ip',
  'term',
  'credit',
  'operating',
  'qualifications',
  'rnd_use',
  'documents'
] as const;
export type ReadinessDimension = (typeof READINESS_DIMENSIONS)[number];

/**
 * Points of each dimension (they add up to 100). facts.md §9 item 7 gives 30/10/15/15/15/15 for the first six; the
 * readiness issue adds "documents ready", so qualifications and R&D give 5 points each to it.
 */
export const READINESS_WEIGHTS = estimate<Record<ReadinessDimension, number>>(
  { ip: 30, term: 10, credit: 15, operating: 15, qualifications: 10, rnd_use: 10, documents: 10 },
  'weighted checklist of facts.md §9 item 7; 10 points moved from qualifications and R&D to documents'
);

export type ReadinessGrade = 'A' | 'B' | 'C' | 'D';

/** A score at or above `min` earns the grade (checked from the top). */
export const GRADE_BANDS = estimate<{ grade: ReadinessGrade; min: number }[]>(
  [
    { grade: 'A', min: 80 },
    { grade: 'B', min: 65 },
    { grade: 'C', min: 50 },
    { grade: 'D', min: 0 }
  ],
  'four bands, the top one reachable only with every gate of facts.md §9 item 7 mostly passed'
);

/** The pledged right should outlive the loan by at least this margin (facts.md §9 item 7: tenor + 1 yr). */
export const TERM_MARGIN_YEARS = estimate(1, 'remaining term ≥ loan tenor + 1 yr (facts.md §9 item 7)');

/** Years of operation banks look for (facts.md §2.2 blog advice and §2.3 typical practice). */
export const MIN_OPERATING_YEARS = sourced(2, {
  label: 'secondary',
  ref: 'https://www.dlllqs.com/lcbj/84382.html',
  note: 'facts.md §2.2 (operating ≥ 2 yrs) and §2.3 (≥ 1-2 yrs of operation, positive revenue) [U]'
});

/**
 * R&D spending as a share of revenue that counts as research-intensive: the 高新技术企业 test, tiered by revenue
 * (≤ 5,000 万元: 5 %; ≤ 2 亿元: 4 %; above: 3 %).
 */
export const RD_RATIO_TIERS = sourced<{ maxRevenueWan: number | null; ratio: number }[]>(
  [
    { maxRevenueWan: 5000, ratio: 0.05 },
    { maxRevenueWan: 20000, ratio: 0.04 },
    { maxRevenueWan: null, ratio: 0.03 }
  ],
  {
    label: 'sourced',
    ref: '《高新技术企业认定管理办法》(国科发火〔2016〕32号) 第十一条第(五)项',
    note: 'facts.md §2.3: banks weigh the R&D ratio (Lijiang whitelist)'
  },
  '2016-01-01'
);

/**
 * How much each qualification counts (share of the dimension). Approval rates at end-October: 69.6 % for 专精特新
 * firms, 46.5 % for 科技型中小企业 (facts.md §2.3), so the recognitions a bank weighs most count in full.
 */
export const QUALIFICATION_SHARES = sourced(
  { highTech: 1, specialized: 1, littleGiant: 1, techSme: 0.5, innovativeSme: 0.5 },
  {
    label: 'secondary',
    ref: 'State Council Information Office press transcript (facts.md §2.3)',
    note: 'approval rates 69.6 % (专精特新) vs 46.5 % (科技型中小企业); shares are an estimate [U]'
  }
);

/** The documents a bank or the pledge registration asks for (facts.md §2.2). */
export const DOCUMENT_IDS = [
  'business_licence',
  'ip_certificates',
  'fee_receipts',
  'financial_statements',
  'id_and_authorisation',
  'pledge_contract',
  'co_owner_consent',
  'credit_report',
  'appraisal_report'
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** When a document is needed: always, only with patents, only with co-owned IP, or only where the bank asks. */
export type DocumentNeed = 'always' | 'patents' | 'co_owned' | 'if_bank_asks';

const REGISTRATION: Source = {
  label: 'sourced',
  ref: 'https://wxjkippc.org.cn/newsinfo/5560448.html',
  note: 'facts.md §2.2: pledge registration documents (2021 《专利权质押登记办法》)'
};

export const DOCUMENTS = sourced<{ id: DocumentId; need: DocumentNeed; source: Source }[]>(
  [
    {
      id: 'business_licence',
      need: 'always',
      source: { label: 'sourced', ref: 'https://www.keceyun.com/policy/newsdetail/165403.html', note: '§2.2' }
    },
    {
      id: 'ip_certificates',
      need: 'always',
      source: { label: 'sourced', ref: 'https://www.keceyun.com/policy/newsdetail/165403.html', note: '§2.2' }
    },
    {
      id: 'fee_receipts',
      need: 'patents',
      source: { ...REGISTRATION, note: 'facts.md §2.1 item 4: no pledge while annual fees are unpaid' }
    },
    {
      id: 'financial_statements',
      need: 'always',
      source: {
        label: 'secondary',
        ref: 'https://www.dlllqs.com/lcbj/84382.html',
        note: 'facts.md §2.2: statements of recent years (some banks ask for 3 years, audited)'
      }
    },
    { id: 'id_and_authorisation', need: 'always', source: REGISTRATION },
    { id: 'pledge_contract', need: 'always', source: REGISTRATION },
    {
      id: 'co_owner_consent',
      need: 'co_owned',
      source: { ...REGISTRATION, note: 'facts.md §2.1 item 8: every co-owner must consent' }
    },
    {
      id: 'credit_report',
      need: 'always',
      source: { label: 'estimate', ref: 'facts.md §2.3 [U]', note: 'banks check the credit record' }
    },
    {
      id: 'appraisal_report',
      need: 'if_bank_asks',
      source: {
        label: 'sourced',
        ref: 'https://staging.reportify.cn/news/1124977778723262464',
        note: 'facts.md §1.1 and §2.2: registration needs the report if the IP was appraised; below 10 M yuan banks may value internally'
      }
    }
  ],
  REGISTRATION
);

/**
 * Indicative size limit [U]: a small firm's bank debt, this loan included, at most this share of last year's
 * revenue. No public rule was found; banks size working-capital loans from revenue (流动资金贷款管理办法).
 */
export const DEBT_TO_REVENUE_CAP = estimate(
  0.5,
  'bank debt after the loan ≤ 50 % of last year revenue; no public rule found, shown as indicative'
);

/** Where a firm that never had a bank loan (首贷) can start. `provinces` limits a channel to a region. */
export interface FirstLoanChannel {
  id: 'notice_first_loan' | 'innovation_evaluation' | 'internal_valuation' | 'no_appraisal_line';
  provinces: string[] | null;
  source: Source;
}

export const FIRST_LOAN_CHANNELS = sourced<FirstLoanChannel[]>(
  [
    {
      id: 'notice_first_loan',
      provinces: null,
      source: {
        label: 'seed',
        ref: '银保监发〔2019〕34号 第七条',
        note: 'park-level credit lines and supply chains for small and micro firms’ first IP pledge loan'
      }
    },
    {
      id: 'innovation_evaluation',
      provinces: null,
      source: {
        label: 'secondary',
        ref: 'State Council Information Office press transcript (facts.md §2.3)',
        note: 'PBoC innovation-capability evaluation: 1,492 tech SMEs got first loans worth 15.1 bn yuan'
      }
    },
    {
      id: 'internal_valuation',
      provinces: null,
      source: {
        label: 'sourced',
        ref: 'https://staging.reportify.cn/news/1124977778723262464',
        note: 'facts.md §1.1: 2025 pilot in 8 provinces, loans below 10 M yuan valued internally or by negotiation'
      }
    },
    {
      id: 'no_appraisal_line',
      // Jiangsu (GB/T 2260 code 320000).
      provinces: ['320000'],
      source: {
        label: 'sourced',
        ref: 'https://texunip.com/article/1116.html',
        note: 'facts.md §1.1: Jiangsu/BOC 免评估 IP credit lines of 1-5 M yuan'
      }
    }
  ],
  { label: 'seed', ref: '银保监发〔2019〕34号' }
);

export const READINESS_POLICY = {
  version: READINESS_POLICY_VERSION,
  weights: READINESS_WEIGHTS,
  gradeBands: GRADE_BANDS,
  termMarginYears: TERM_MARGIN_YEARS,
  minOperatingYears: MIN_OPERATING_YEARS,
  rdRatioTiers: RD_RATIO_TIERS,
  qualificationShares: QUALIFICATION_SHARES,
  documents: DOCUMENTS,
  debtToRevenueCap: DEBT_TO_REVENUE_CAP,
  firstLoanChannels: FIRST_LOAN_CHANNELS
} as const;
export type ReadinessPolicy = typeof READINESS_POLICY;
