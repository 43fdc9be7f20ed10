/**
 * First-loan (首贷) readiness as data: the score's weights and grade bands, the thresholds behind each dimension,
 * the documents a bank asks for, and the first-loan channels. Every entry says where it comes from (facts.md labels:
 * seed, sourced [S], secondary [S-2], estimate [U]) and from when it applies. The readiness code reads only this.
 */
import { TRADEMARK_RENEWAL_MONTHS, TRADEMARK_TERM_YEARS } from './legal-terms';
import type { Source, Sourced } from './types';

export const READINESS_POLICY_VERSION = '2026-11-24.1';

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
  'controller',
  'compliance',
  'operating',
  'qualifications',
  'rnd_use'
] as const;
export type ReadinessDimension = (typeof READINESS_DIMENSIONS)[number];

/**
 * Points of each dimension (they add up to 100). facts.md §9 item 7 gives 30/10/15/15/15/15 for IP, term, credit,
 * operating, qualifications and R&D/use; a credit officer checks the actual controller's guarantee and personal
 * credit, the tax credit grade and court records first, so those get their own dimensions (10 each), paid for by
 * qualifications and R&D (10 → 5 each; 15 in facts.md). Documents are not scored: they are paperwork a grade A
 * requires (`GRADE_GATES`), not creditworthiness. Operating now also reads leverage (liabilities ÷ assets).
 */
export const READINESS_WEIGHTS = estimate<Record<ReadinessDimension, number>>(
  {
    ip: 30,
    term: 10,
    credit: 15,
    controller: 10,
    compliance: 10,
    operating: 15,
    qualifications: 5,
    rnd_use: 5
  },
  'weighted checklist of facts.md §9 item 7, with the controller (10) and compliance (10) a credit officer checks first; qualifications and R&D 5 each'
);

/**
 * The controller dimension: half for a personal joint-liability guarantee by the actual controller, half for a clean
 * personal credit report. Banks commonly ask the controller of a small firm to guarantee [U].
 */
export const CONTROLLER_SHARES = estimate(
  { guarantee: 0.5, personalCredit: 0.5 },
  'actual controller: personal guarantee and clean personal credit, half each'
);

/**
 * The compliance dimension: half from the tax credit grade (纳税信用等级 of 《纳税信用管理办法（试行）》, 国家税务总局公告
 * 2014年第40号; grade M added by 公告2018年第8号), half for no court enforcement and no 失信 listing. Banks' 银税互动
 * loans are offered to A and B grades; M is a new or small firm without a bad record [U].
 */
export const COMPLIANCE_SHARES = estimate(
  {
    taxGrade: { A: 0.5, B: 0.5, M: 0.25, unrated: 0.25, C: 0, D: 0 },
    court: 0.5
  },
  'tax credit grade (A/B full, M or not rated half, C/D none) and court records, half each'
);

/**
 * The operating dimension, a third each: at least `MIN_OPERATING_YEARS` since founding, revenue above 0, and
 * liabilities at most `maxRatio` of total assets (资产负债率). 70 % is a common bank ceiling for a small firm [U].
 */
export const LEVERAGE = estimate(
  { maxRatio: 0.7 },
  'liabilities ÷ total assets ≤ 70 % counts as sound leverage for a small borrower'
);

/**
 * The pledged IP carries the enterprise's main revenue when the products its pledgeable rights serve earn at least
 * this share of last year's revenue (a credit officer asks whether the collateral is what the firm lives on) [U].
 */
export const MAIN_REVENUE_SHARE = estimate(
  0.5,
  'products of the pledgeable IP ≥ 50 % of last year’s revenue: the collateral is the main business'
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

/**
 * A grade names how ready the firm is to walk into the bank, so it is capped by what the score does not measure: a
 * loan that cannot be applied for now is graded C at best; grade A ("ready") needs every required document ticked.
 */
export const GRADE_GATES = estimate<{ blocked: ReadinessGrade; documentsMissing: ReadinessGrade }>(
  { blocked: 'C', documentsMissing: 'B' },
  'blocked: at most C; A only with the application documents ready'
);

/**
 * How the next steps are ranked (the screen says the same): first the input that gives the IP a value, then what
 * clears a blocker (the loan's, then an asset's, by pledgeable value gained), then points per week of effort, then
 * what lifts the grade (documents). Effort is read from the step's horizon, in weeks [U].
 */
export const ACTION_EFFORT_WEEKS = estimate<Record<'now' | 'weeks' | 'long', number>>(
  { now: 1, weeks: 4, long: 26 },
  'days ≈ 1 week, weeks ≈ 4, a long step ≈ half a year'
);

/**
 * A right bought or transferred within this many months is a caution: banks check the price and the transfer's
 * substance before lending on a right the firm has just acquired [U].
 */
export const RECENT_ACQUISITION = estimate(12, 'acquired within 12 months: banks check the transfer');

/**
 * A trademark's renewal can be filed in the 12 months before it expires, and within a 6-month grace after
 * (商标法 第四十条); a renewal counts for a pledge once registered. The figures are the legal-term entries' own
 * (policy/legal-terms.ts, the latest in force), said once.
 */
const renewalEntry = TRADEMARK_RENEWAL_MONTHS[TRADEMARK_RENEWAL_MONTHS.length - 1]!;
const trademarkTermEntry = TRADEMARK_TERM_YEARS[TRADEMARK_TERM_YEARS.length - 1]!;
export const TRADEMARK_RENEWAL = sourced(
  { ...renewalEntry.value, years: trademarkTermEntry.value },
  renewalEntry.source,
  renewalEntry.effectiveFrom
);

/** The pledged right should outlive the loan by at least this margin (facts.md §9 item 7: tenor + 1 yr). */
export const TERM_MARGIN_YEARS = estimate(1, 'remaining term ≥ loan tenor + 1 yr (facts.md §9 item 7)');

/** Years of operation banks look for (facts.md §2.2 blog advice and §2.3 typical practice). */
export const MIN_OPERATING_YEARS = sourced(2, {
  label: 'secondary',
  ref: 'https://www.dlllqs.com/lcbj/84382.html',
  note: 'facts.md §2.2 (operating ≥ 2 yrs) and §2.3 (≥ 1-2 yrs of operation, positive revenue) [U]',
  doc: 'appraisal-fee-blog'
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
    note: 'facts.md §2.3: banks weigh the R&D ratio (Lijiang whitelist)',
    doc: 'high-tech-rules-2016',
    part: { kind: 'article', n: '11' }
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
    note: 'approval rates 69.6 % (专精特新) vs 46.5 % (科技型中小企业); shares are an estimate [U]',
    doc: 'scio-transcript-copy'
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
  'appraisal_report',
  'patent_evaluation_report',
  'holder_consent',
  'shareholder_resolution'
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/**
 * When a document is needed: always, only with patents, only with utility models or designs, only with co-owned IP,
 * only with IP a third party holds, or only where the bank asks.
 */
export type DocumentNeed =
  'always' | 'patents' | 'utility_design' | 'co_owned' | 'third_party' | 'if_bank_asks';

const REGISTRATION: Source = {
  label: 'sourced',
  ref: 'https://wxjkippc.org.cn/newsinfo/5560448.html',
  note: 'facts.md §2.2: pledge registration documents (2021 《专利权质押登记办法》)',
  doc: 'pledge-registration-guide'
};

export const DOCUMENTS = sourced<{ id: DocumentId; need: DocumentNeed; source: Source }[]>(
  [
    {
      id: 'business_licence',
      need: 'always',
      source: {
        label: 'sourced',
        ref: 'https://www.keceyun.com/policy/newsdetail/165403.html',
        note: '§2.2',
        doc: 'beijing-2025-call-copy'
      }
    },
    {
      id: 'ip_certificates',
      need: 'always',
      source: {
        label: 'sourced',
        ref: 'https://www.keceyun.com/policy/newsdetail/165403.html',
        note: '§2.2',
        doc: 'beijing-2025-call-copy'
      }
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
        note: 'facts.md §2.2: statements of recent years (some banks ask for 3 years, audited)',
        doc: 'appraisal-fee-blog'
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
      // A utility model or design is granted without substantive examination: its 专利权评价报告 (专利法 第六十六条)
      // is what shows the bank it would stand [U: that banks ask for it].
      id: 'patent_evaluation_report',
      need: 'utility_design',
      source: {
        label: 'estimate',
        ref: '《中华人民共和国专利法》第六十六条',
        note: 'evaluation report of a utility model or design; banks ask for it before lending on one [U]'
      }
    },
    {
      // A right held by the controller, a shareholder or another party: the holder pledges for the company's loan.
      id: 'holder_consent',
      need: 'third_party',
      source: {
        label: 'sourced',
        ref: '《中华人民共和国民法典》第四百二十五条、第四百四十六条',
        note: 'the debtor or a third party may pledge; the holder signs the pledge contract and the registration',
        doc: 'civil-code',
        part: { kind: 'article', n: '425, 446' }
      }
    },
    {
      id: 'shareholder_resolution',
      need: 'third_party',
      source: {
        label: 'estimate',
        ref: 'bank practice [U]',
        note: 'banks ask for the shareholders’ (or board’s) resolution approving the loan and the related party’s pledge'
      }
    },
    {
      id: 'appraisal_report',
      need: 'if_bank_asks',
      source: {
        label: 'sourced',
        ref: 'https://staging.reportify.cn/news/1124977778723262464',
        note: 'facts.md §1.1 and §2.2: registration needs the report if the IP was appraised; below 10 M yuan banks may value internally',
        doc: 'ip-finance-pilot-2025'
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
        note: 'park-level credit lines and supply chains for small and micro firms’ first IP pledge loan',
        doc: 'cbirc-2019-34',
        part: { kind: 'item', n: '7' }
      }
    },
    {
      id: 'innovation_evaluation',
      provinces: null,
      source: {
        label: 'secondary',
        ref: 'State Council Information Office press transcript (facts.md §2.3)',
        note: 'PBoC innovation-capability evaluation: 1,492 tech SMEs got first loans worth 15.1 bn yuan',
        doc: 'scio-transcript-copy'
      }
    },
    {
      id: 'internal_valuation',
      provinces: null,
      source: {
        label: 'sourced',
        ref: 'https://staging.reportify.cn/news/1124977778723262464',
        note: 'facts.md §1.1: 2025 pilot in 8 provinces, loans below 10 M yuan valued internally or by negotiation',
        doc: 'ip-finance-pilot-2025'
      }
    },
    {
      id: 'no_appraisal_line',
      // Jiangsu (GB/T 2260 code 320000).
      provinces: ['320000'],
      source: {
        label: 'sourced',
        ref: 'https://texunip.com/article/1116.html',
        note: 'facts.md §1.1: Jiangsu/BOC 免评估 IP credit lines of 1-5 M yuan',
        doc: 'boc-jiangsu-no-appraisal'
      }
    }
  ],
  { label: 'seed', ref: '银保监发〔2019〕34号', doc: 'cbirc-2019-34' }
);

/**
 * A dishonest judgment debtor (失信被执行人) is barred from new credit by the joint-punishment rules: the loan cannot be
 * applied for until the listing is removed.
 */
export const DISHONEST_BLOCKS = sourced(true, {
  label: 'sourced',
  ref: '《关于加快推进失信被执行人信用监督、警示和惩戒机制建设的意见》(中办发〔2016〕64号)',
  note: 'financial institutions restrict credit to listed dishonest judgment debtors',
  doc: 'dishonest-debtors-2016'
});

/**
 * What a start-up whose size, not its IP, limits the amount can do: the first-loan channels, a government-backed
 * guarantee (guarantee fee ≤ 1 %/yr in 天府知来贷, facts.md §2.4), and a risk-pool product where the province has one.
 */
export interface StartUpRoute {
  id: 'first_loan_channels' | 'policy_guarantee' | 'risk_pool';
  source: Source;
}

export const START_UP_ROUTES = sourced<StartUpRoute[]>(
  [
    {
      id: 'first_loan_channels',
      source: {
        label: 'seed',
        ref: '银保监发〔2019〕34号 第七条',
        doc: 'cbirc-2019-34',
        part: { kind: 'item', n: '7' }
      }
    },
    {
      id: 'policy_guarantee',
      source: {
        label: 'sourced',
        ref: 'https://www.yuhaojiang.com/redian/1145894.html',
        note: 'facts.md §2.4: 天府知来贷 government–bank–guarantor split, guarantee fee ≤ 1 %/yr',
        doc: 'sichuan-tianfu-2025'
      }
    },
    {
      id: 'risk_pool',
      source: {
        label: 'sourced',
        ref: 'http://bobainet.com/p1/rd/20230815/427761.html',
        note: 'facts.md §2.4: 苏知贷, provincial fund bears 80 % of the loss on loans ≤ 10 M yuan',
        doc: 'jiangsu-suzhidai-2023'
      }
    }
  ],
  { label: 'seed', ref: '银保监发〔2019〕34号', doc: 'cbirc-2019-34' }
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
  firstLoanChannels: FIRST_LOAN_CHANNELS,
  controllerShares: CONTROLLER_SHARES,
  complianceShares: COMPLIANCE_SHARES,
  leverage: LEVERAGE,
  mainRevenueShare: MAIN_REVENUE_SHARE,
  gradeGates: GRADE_GATES,
  actionEffortWeeks: ACTION_EFFORT_WEEKS,
  trademarkRenewal: TRADEMARK_RENEWAL,
  dishonestBlocks: DISHONEST_BLOCKS,
  startUpRoutes: START_UP_ROUTES
} as const;
export type ReadinessPolicy = typeof READINESS_POLICY;
