/**
 * Every code the financing engine emits has a message in both languages: fit reasons, pros and cons, who holds the
 * IP, subsidy statuses, condition codes, subsidy entries, cost parts, risk parties, effects and schemes, insurance
 * products, buyers and effects, repayment methods and flow kinds. The `Record<Code, true>` lists make TypeScript
 * (npm run check) fail when the engine gains a code this test does not list.
 */
import { describe, expect, it } from 'vitest';
import {
  assess,
  INSURANCE,
  MODE_IDS,
  REPAYMENT_METHODS,
  RISK_SCHEMES,
  SUBSIDIES,
  SOURCE_DOCUMENTS,
  type BankProductTerms,
  type CostPart,
  type DocumentKind,
  type FailedLimit,
  type Fit,
  type FitReason,
  type FlowKind,
  type InsuranceProduct,
  type IpHolder,
  type RiskParty,
  type Recipient,
  type RiskScheme,
  type SubsidyStatus
} from '$lib/engine';
import { asset, enterprise } from '$lib/engine/test-fixtures';
import { loadMessages } from './locales';

const LANGS = { 'zh-CN': loadMessages('zh-CN'), en: loadMessages('en') };

const FIT_REASONS: Record<FitReason, true> = {
  readiness_blocked: true,
  no_pledgeable_value: true,
  size_cap_limits: true,
  below_programme_ticket: true,
  no_programme_in_city: true,
  needs_patent: true,
  exclusive_licence_exists: true,
  needs_receivables: true,
  core_enterprise_only: true,
  rare_mode: true,
  amount_below_wanted: true,
  above_product_limits: true
};
const FITS: Record<Fit, true> = { good: true, possible: true, unavailable: true };
const HOLDERS: Record<IpHolder, true> = {
  owner_pledged_to_bank: true,
  owner_pledged_to_lender: true,
  licensed_to_originator: true
};
const STATUSES: Record<SubsidyStatus, true> = {
  applied: true,
  unconfirmed: true,
  not_stacked: true,
  no_cost: true,
  expired: true,
  not_yet_in_force: true,
  other_mode: true,
  needs_guarantor: true,
  not_recipient: true,
  condition_not_met: true,
  needs_revenue: true,
  risk_sharing_only: true,
  no_rule: true
};
const RECIPIENTS: Record<Recipient, true> = {
  borrower: true,
  issuing_enterprise: true,
  lead_team: true,
  institutions: true
};
const LIMITS: Record<FailedLimit, true> = { revenue: true, amount: true, tenor: true };
const PRODUCTS: Record<BankProductTerms['product'], true> = { suzhidai: true, tianfu: true };
const KINDS: Record<DocumentKind | 'user', true> = {
  official: true,
  report: true,
  press: true,
  copy: true,
  secondary: true,
  estimate: true,
  user: true
};
const FLOWS: Record<FlowKind, true> = {
  proceeds: true,
  principal: true,
  interest: true,
  fee: true,
  appraisal: true,
  guarantee: true,
  premium: true,
  subsidy: true
};
const COSTS: Record<CostPart, true> = {
  interest: true,
  guarantee: true,
  premium: true,
  appraisal: true,
  fee: true
};
const PARTIES: Record<RiskParty, true> = {
  bank: true,
  fund: true,
  insurer: true,
  guarantor: true,
  appraiser: true,
  province: true,
  city: true
};
const RISK_EFFECTS: Record<RiskScheme['effect'], true> = {
  bank_bears_less: true,
  loss_paid_early: true,
  pool_backs_loans: true
};
const BUYERS: Record<InsuranceProduct['buyer'], true> = { borrower: true, patentee: true };
const INS_EFFECTS: Record<InsuranceProduct['effect'], true> = {
  bank_accepts_more_readily: true,
  protects_collateral: true,
  pays_enforcement: true,
  pays_defence: true
};
const FIGURE_KEYS = [
  'lpr',
  'spread',
  'rate',
  'guaranteeFee',
  'appraisalFee',
  'premiumRate',
  'tenorMonths',
  'coupon',
  'fees',
  'ticketMinWan',
  'advanceShare',
  'impliedYield',
  'lumpSumWan',
  'feePerPeriodWan',
  'paymentEveryMonths',
  'receivablesWan',
  'advanceRate'
];

/** The pros, cons and figures each mode emits, read from a real assessment (they are fixed per mode). */
const modes = assess({
  asOf: '2026-06-01',
  enterprise: enterprise({ financingSettings: { factoring: { receivablesWan: 100 } } }),
  assets: [asset({ filingDate: '2018-06-01', use: { inUse: true, products: '压缩软件', revenueWan: 1000 } })]
}).financing.modes;

const keys = (prefix: string, codes: Iterable<string>) => [...codes].map((c) => `${prefix}.${c}`);

const ALL: Record<string, string[]> = {
  mode: keys('financing.mode', MODE_IDS),
  modeShort: keys('financing.modeShort', MODE_IDS),
  fit: keys('financing.fit', Object.keys(FIT_REASONS)),
  fitName: keys('financing.fitName', Object.keys(FITS)),
  holder: keys('financing.holder', Object.keys(HOLDERS)),
  pro: keys('financing.pro', new Set(modes.flatMap((m) => m.pros))),
  con: keys('financing.con', new Set(modes.flatMap((m) => m.cons))),
  figure: keys(
    'financing.figureName',
    new Set([...FIGURE_KEYS, ...modes.flatMap((m) => Object.keys(m.figures))])
  ),
  method: keys('financing.method', REPAYMENT_METHODS),
  flow: keys('financing.flow', Object.keys(FLOWS)),
  status: keys('policy.status', Object.keys(STATUSES)),
  recipient: keys('policy.recipient', Object.keys(RECIPIENTS)),
  limit: keys('policy.limit', Object.keys(LIMITS)),
  product: keys('financing.product', Object.keys(PRODUCTS)),
  sourceKind: keys('source.kind', Object.keys(KINDS)),
  sourceKindHint: keys('source.kindHint', Object.keys(KINDS)),
  documentIssuer: keys(
    'source.doc',
    Object.keys(SOURCE_DOCUMENTS).map((id) => `${id}.issuer`)
  ),
  documentTitle: keys(
    'source.doc',
    Object.keys(SOURCE_DOCUMENTS).map((id) => `${id}.title`)
  ),
  entry: keys(
    'policy.entry',
    SUBSIDIES.map((e) => e.id)
  ),
  condition: keys('policy.condition', new Set(SUBSIDIES.flatMap((e) => e.value.conditions))),
  cost: keys('policy.cost', Object.keys(COSTS)),
  none: keys(
    'policy.rule.none',
    SUBSIDIES.flatMap((e) => (e.value.rule.kind === 'none' ? [e.value.rule.reason] : []))
  ),
  party: keys('risk.party', Object.keys(PARTIES)),
  riskEffect: keys('risk.effect', Object.keys(RISK_EFFECTS)),
  scheme: keys(
    'risk.scheme',
    RISK_SCHEMES.map((s) => s.id)
  ),
  insName: keys(
    'insurance.product',
    INSURANCE.map((p) => `${p.id}.name`)
  ),
  insCovers: keys(
    'insurance.product',
    INSURANCE.map((p) => `${p.id}.covers`)
  ),
  buyer: keys('insurance.buyer', Object.keys(BUYERS)),
  insEffect: keys('insurance.effect', Object.keys(INS_EFFECTS))
};

describe('financing messages', () => {
  it('the assessment used for pros and cons has all four modes', () => {
    expect(modes.map((m) => m.id)).toEqual([...MODE_IDS]);
    // Bank loan: 3 pros and 2 cons (modes.ts); the union over four modes is larger than any one mode's.
    expect(ALL.pro!.length).toBeGreaterThan(3);
  });

  for (const [group, list] of Object.entries(ALL)) {
    it(`every ${group} code has a message in both languages`, () => {
      expect(list.length).toBeGreaterThan(0);
      for (const [lang, dict] of Object.entries(LANGS)) {
        const missing = list.filter((k) => !(k in dict) || dict[k]!.trim() === '');
        expect(missing, lang).toEqual([]);
      }
    });
  }

  it('every subsidy status and risk party the policy data names is one the lists above know', () => {
    for (const s of RISK_SCHEMES)
      for (const band of s.splits)
        for (const p of Object.keys(band.shares)) expect(PARTIES).toHaveProperty(p);
    for (const e of SUBSIDIES) {
      const r = e.value.rule;
      if ('covers' in r) for (const c of r.covers) expect(COSTS).toHaveProperty(c);
    }
  });
});
