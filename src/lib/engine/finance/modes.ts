/**
 * The four financing routes side by side (facts.md A.2, §2.4, §4, §9 items 8-10): for each, the amount obtainable,
 * the tenor and schedule, the borrower's cash flows and their all-in cost, the time to funds, who holds the IP
 * during the deal, and whether it fits this enterprise, with reasons. Every rate, fee and tenor is a default with
 * its source or the user's own figure (`FinancingSettings`), and each figure says which.
 */
import { addMonths, type IsoDate } from '../dates';
import { applyRate, fen, fenToWan, roundHalfAwayFromZero, sumFen, wanToFen, type Fen } from '../money';
import { FINANCING_POLICY, type FinancingPolicy, type ModeId } from '../policy/financing';
import type { PolicyEntry } from '../policy/types';
import { inForce } from '../policy/types';
import { LPR_1Y } from '../policy/rates';
import type { Range, Source } from '../policy/valuation-defaults';
import { allInCost, type CashFlow, type FlowKind } from './cost';
import { subsidyFlows, subsidyLines, type SubsidyLine } from './subsidy';
import type { SubsidyEntry } from '../policy/subsidies';
import { PLEDGE_INSURANCE_PREMIUM } from '../policy/risk-insurance';
import { pmt } from './excel';
import { repaymentSchedule, type RepaymentMethod, type ScheduleRow } from './schedule';
import type { FinancingSettings } from './settings';

export type { ModeId } from '../policy/financing';

/** A figure a mode used: the default (with its source) or the user's own. */
export interface Figure {
  value: number;
  from: 'default' | 'user';
  source: Source | null;
  /** Date from which the default applies. */
  effectiveFrom: string | null;
}

/** i18n: `fin.fit.<code>` */
export type FitReason =
  | 'readiness_blocked'
  | 'no_pledgeable_value'
  | 'below_programme_ticket'
  | 'no_programme_in_city'
  | 'needs_patent'
  | 'needs_receivables'
  | 'amount_below_wanted';

export type Fit = 'good' | 'possible' | 'unavailable';

/** Who holds the IP during the deal. i18n: `fin.holder.<code>` */
export type IpHolder = 'owner_pledged_to_bank' | 'owner_pledged_to_lender' | 'licensed_to_originator';

export interface FinancingMode {
  id: ModeId;
  fit: Fit;
  reasons: FitReason[];
  amount: Fen;
  tenorMonths: number;
  method: RepaymentMethod;
  /** The rate a lender would quote (LPR + spread, the coupon, the implied yield). */
  headlineRate: number;
  schedule: ScheduleRow[];
  /** The borrower's cash flows, proceeds positive. */
  flows: CashFlow[];
  /** Compounded annual all-in rate (decimal); null when it cannot be computed (no amount). */
  allInRate: number | null;
  /** The simple annual rate lenders quote (年化利率, 单利). */
  allInSimpleRate: number | null;
  /** Interest and fees paid, in fen. */
  totalCost: Fen;
  weeksToFunds: Range;
  ipHolder: IpHolder;
  /** i18n: `fin.pro.<code>`, `fin.con.<code>` */
  pros: string[];
  cons: string[];
  figures: Record<string, Figure>;
  /** The place's subsidy rules for this mode, applied or with the reason they are not. */
  subsidies: SubsidyLine[];
  /** The all-in rates before subsidies (the ones above count them as inflows when paid). */
  allInRateBeforeSubsidies: number | null;
  allInSimpleRateBeforeSubsidies: number | null;
}

export interface FinancingInput {
  asOf: IsoDate;
  province: string;
  city: string;
  /** Pledgeable value after the size cap, 万元 (readiness.loanRange.baseWan). */
  pledgeableWan: number;
  /** Bundle value of the eligible assets, 万元 (the appraisal fee's base). */
  appraisedWan: number;
  /** Eligible value of invention and utility-model patents, 万元 (the sublicense route's base). */
  patentValueWan: number;
  amountWantedWan: number | null;
  tenorMonths: number;
  readinessBlocked: boolean;
  settings: FinancingSettings;
  /** Subsidy rules to apply (default: policy/subsidies.ts). */
  subsidyEntries?: readonly SubsidyEntry[];
}

function figure<T extends number>(
  user: T | undefined,
  d: { value: T; source: Source; effectiveFrom: string }
): Figure {
  return user === undefined
    ? { value: d.value, from: 'default', source: d.source, effectiveFrom: d.effectiveFrom }
    : { value: user, from: 'user', source: null, effectiveFrom: null };
}

function base(d: { value: Range; source: Source; effectiveFrom: string }) {
  return { value: d.value.base, source: d.source, effectiveFrom: d.effectiveFrom };
}

export function lprFigure(asOf: IsoDate, entries: readonly PolicyEntry<number>[] = LPR_1Y): Figure {
  const e = inForce(entries, 'national', asOf);
  // Before the first dated entry: the oldest one we have.
  const entry = e ?? (entries[0] as PolicyEntry<number>);
  return { value: entry.value, from: 'default', source: entry.source, effectiveFrom: entry.effectiveFrom };
}

/** The amount: what the enterprise wants, within what the route lends; everything when it named no amount. */
function amountOf(availableWan: number, wantedWan: number | null): Fen {
  const wan = wantedWan === null ? availableWan : Math.min(wantedWan, availableWan);
  return wanToFen(Math.max(0, wan));
}

interface Built {
  schedule: ScheduleRow[];
  flows: CashFlow[];
}

/** Proceeds, the schedule's payments, and the other outflows, as the borrower's flows. */
function flowsOf(
  asOf: IsoDate,
  amount: Fen,
  schedule: ScheduleRow[],
  extra: { date: IsoDate; amount: Fen; kind: FlowKind }[]
): CashFlow[] {
  const flows: CashFlow[] = [{ date: asOf, amount, kind: 'proceeds' }];
  for (const r of schedule) {
    if (r.interest > 0) flows.push({ date: r.date, amount: fen(-r.interest), kind: 'interest' });
    if (r.principal > 0) flows.push({ date: r.date, amount: fen(-r.principal), kind: 'principal' });
  }
  for (const e of extra) if (e.amount !== 0) flows.push({ ...e, amount: fen(-e.amount) });
  return flows;
}

/** A yearly fee on the principal, paid in advance at the start of each loan year (the last one pro rata). */
function yearlyFees(asOf: IsoDate, principal: Fen, rate: number, months: number, kind: FlowKind) {
  const out: { date: IsoDate; amount: Fen; kind: FlowKind }[] = [];
  for (let start = 0; start < months; start += 12) {
    const share = Math.min(12, months - start) / 12;
    out.push({ date: addMonths(asOf, start), amount: applyRate(principal, rate * share), kind });
  }
  return out;
}

function basisOf(method: RepaymentMethod, months: number, every: number) {
  if (method === 'bullet') return { bulletYears: months / 12 };
  return { periodsPerYear: 12 / every };
}

function costOf(flows: CashFlow[]): Fen {
  return sumFen(
    flows.filter((f) => f.kind !== 'proceeds' && f.kind !== 'principal').map((f) => fen(-f.amount))
  );
}

type Partial_ = Omit<
  FinancingMode,
  | 'schedule'
  | 'flows'
  | 'allInRate'
  | 'allInSimpleRate'
  | 'totalCost'
  | 'subsidies'
  | 'allInRateBeforeSubsidies'
  | 'allInSimpleRateBeforeSubsidies'
>;

/** `{ ...partial, ...rest }`, field by field (a spread of these objects costs more than the rest of finish). */
function mode(partial: Partial_, rest: Omit<FinancingMode, keyof Partial_>): FinancingMode {
  return {
    id: partial.id,
    fit: partial.fit,
    reasons: partial.reasons,
    amount: partial.amount,
    tenorMonths: partial.tenorMonths,
    method: partial.method,
    headlineRate: partial.headlineRate,
    weeksToFunds: partial.weeksToFunds,
    ipHolder: partial.ipHolder,
    pros: partial.pros,
    cons: partial.cons,
    figures: partial.figures,
    schedule: rest.schedule,
    flows: rest.flows,
    allInRate: rest.allInRate,
    allInSimpleRate: rest.allInSimpleRate,
    allInRateBeforeSubsidies: rest.allInRateBeforeSubsidies,
    allInSimpleRateBeforeSubsidies: rest.allInSimpleRateBeforeSubsidies,
    totalCost: rest.totalCost,
    subsidies: rest.subsidies
  };
}

function finish(input: FinancingInput, partial: Partial_, build: () => Built, every = 1): FinancingMode {
  if (partial.amount <= 0) {
    return mode(partial, {
      schedule: [],
      flows: [],
      allInRate: null,
      allInSimpleRate: null,
      allInRateBeforeSubsidies: null,
      allInSimpleRateBeforeSubsidies: null,
      totalCost: fen(0),
      subsidies: []
    });
  }
  const { schedule, flows } = build();
  const basis = basisOf(partial.method, partial.tenorMonths, every);
  const before = allInCost(flows, basis);
  const subsidies = subsidyLines(
    {
      id: partial.id,
      amount: partial.amount,
      tenorMonths: partial.tenorMonths,
      headlineRate: partial.headlineRate,
      flows
    },
    { asOf: input.asOf, province: input.province, city: input.city, lpr: lprFigure(input.asOf).value },
    input.subsidyEntries
  );
  const withSubsidies = [...flows, ...subsidyFlows(subsidies)];
  const after = withSubsidies.length > flows.length ? allInCost(withSubsidies, basis) : before;
  return mode(partial, {
    schedule,
    flows: withSubsidies,
    allInRate: after?.compounded ?? null,
    allInSimpleRate: after?.simple ?? null,
    allInRateBeforeSubsidies: before?.compounded ?? null,
    allInSimpleRateBeforeSubsidies: before?.simple ?? null,
    totalCost: costOf(flows),
    subsidies
  });
}

function fitOf(reasons: FitReason[], hard: FitReason[]): Fit {
  if (reasons.some((r) => hard.includes(r))) return 'unavailable';
  return reasons.length === 0 ? 'good' : 'possible';
}

function bankLoan(input: FinancingInput, p: FinancingPolicy['bankLoan']): FinancingMode {
  const s = input.settings.bank ?? {};
  const lpr = lprFigure(input.asOf);
  const spread = figure(s.spread, base(p.spread));
  const rate = lpr.value + spread.value;
  const guarantee = s.guarantee ?? false;
  const guaranteeFee = figure(s.guaranteeFee, base(p.guaranteeFee));
  const appraisal = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee));
  const insurance = s.insurance ?? false;
  const premium = figure(s.premiumRate, base(PLEDGE_INSURANCE_PREMIUM));
  const months = s.tenorMonths ?? input.tenorMonths;
  const method = s.method ?? 'interest_only';
  const amount = amountOf(input.pledgeableWan, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.pledgeableWan <= 0) reasons.push('no_pledgeable_value');
  if (input.amountWantedWan !== null && input.amountWantedWan > input.pledgeableWan)
    reasons.push('amount_below_wanted');
  return finish(
    input,
    {
      id: 'bank_pledge_loan',
      fit: fitOf(reasons, ['readiness_blocked', 'no_pledgeable_value']),
      reasons,
      amount,
      tenorMonths: months,
      method,
      headlineRate: rate,
      weeksToFunds: p.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_bank',
      pros: ['keeps_ip', 'lowest_rate_policy', 'fast'],
      cons: ['appraisal_fee', 'pledge_registration'],
      figures: {
        lpr,
        spread,
        rate: { value: rate, from: spread.from, source: null, effectiveFrom: lpr.effectiveFrom },
        guaranteeFee: guarantee ? guaranteeFee : { ...guaranteeFee, value: 0 },
        appraisalFee: appraisal ? appraisalFee : { ...appraisalFee, value: 0 },
        premiumRate: insurance ? premium : { ...premium, value: 0 },
        tenorMonths: figure(s.tenorMonths, { ...p.tenorMonths, value: input.tenorMonths })
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: rate,
        months,
        method,
        interestEveryMonths: 1,
        startsOn: input.asOf
      });
      const extra = [
        ...(guarantee ? yearlyFees(input.asOf, amount, guaranteeFee.value, months, 'guarantee') : []),
        ...(insurance ? yearlyFees(input.asOf, amount, premium.value, months, 'premium') : []),
        ...(appraisal
          ? [
              {
                date: input.asOf,
                amount: applyRate(wanToFen(input.appraisedWan), appraisalFee.value),
                kind: 'appraisal' as const
              }
            ]
          : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    }
  );
}

function inProgrammeCity(input: FinancingInput, p: FinancingPolicy['loanAbs']): boolean {
  return p.programmeCities.value.some(
    (c) => c.province === input.province && c.names.some((n) => input.city.includes(n))
  );
}

function loanAbs(input: FinancingInput, p: FinancingPolicy['loanAbs']): FinancingMode {
  const s = input.settings.loanAbs ?? {};
  const coupon = figure(s.coupon, base(p.coupon));
  const fees = figure(s.fees, base(p.fees));
  const months = s.tenorMonths ?? p.tenorMonths.value;
  const amount = amountOf(input.pledgeableWan, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.pledgeableWan <= 0) reasons.push('no_pledgeable_value');
  if (fenToWan(amount) < p.ticketWan.value.low) reasons.push('below_programme_ticket');
  if (!inProgrammeCity(input, p)) reasons.push('no_programme_in_city');
  return finish(
    input,
    {
      id: 'loan_abs',
      fit: fitOf(reasons, ['readiness_blocked', 'no_pledgeable_value']),
      reasons,
      amount,
      tenorMonths: months,
      method: 'interest_only',
      headlineRate: coupon.value,
      weeksToFunds: p.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['keeps_ip', 'low_coupon', 'larger_amounts'],
      cons: ['wait_for_pool', 'programme_region', 'guarantor_needed'],
      figures: {
        coupon,
        fees,
        tenorMonths: figure(s.tenorMonths, p.tenorMonths),
        ticketMinWan: {
          value: p.ticketWan.value.low,
          from: 'default',
          source: p.ticketWan.source,
          effectiveFrom: p.ticketWan.effectiveFrom
        }
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: coupon.value,
        months,
        method: 'interest_only',
        interestEveryMonths: 3,
        startsOn: input.asOf
      });
      const extra = yearlyFees(input.asOf, amount, fees.value, months, 'fee');
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    },
    3
  );
}

/**
 * Sublicense: the originator pays a lump sum P for an exclusive licence; the owner pays sublicence fees F each
 * period. By default F is the level fee that gives the originator its yield y: F = −PMT(y / f, m, P). The owner's
 * cost is the rate that solves P = Σ F_k / (1 + y/f)^k (facts.md §9 item 10), found from the flows.
 */
function sublicenseAbs(input: FinancingInput, p: FinancingPolicy['sublicenseAbs']): FinancingMode {
  const s = input.settings.sublicense ?? {};
  const advance = figure(s.advanceShare, base(p.advanceShare));
  const yieldFig = figure(s.impliedYield, base(p.impliedYield));
  const months = s.tenorMonths ?? p.tenorMonths.value;
  const every = s.paymentEveryMonths ?? p.paymentEveryMonths.value;
  const lumpWan = s.lumpSumWan ?? input.patentValueWan * advance.value;
  const amount = amountOf(lumpWan, input.amountWantedWan);
  const periods = Math.max(1, Math.ceil(months / every));
  const perFee =
    s.feePerPeriodWan !== undefined
      ? wanToFen(s.feePerPeriodWan)
      : fen(roundHalfAwayFromZero(-pmt((yieldFig.value * every) / 12, periods, amount)));
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.patentValueWan <= 0 && s.lumpSumWan === undefined) reasons.push('needs_patent');
  return finish(
    input,
    {
      id: 'sublicense_abs',
      fit: fitOf(reasons, ['readiness_blocked', 'needs_patent']),
      reasons,
      amount,
      tenorMonths: months,
      method: 'equal_instalment',
      headlineRate: yieldFig.value,
      weeksToFunds: p.weeksToFunds.value,
      ipHolder: 'licensed_to_originator',
      pros: ['keeps_using_patent', 'no_bank_credit_needed', 'longer_tenor'],
      cons: ['exclusive_licence_out', 'fee_schedule_opaque', 'patents_only'],
      figures: {
        advanceShare: advance,
        impliedYield: yieldFig,
        lumpSumWan: {
          value: fenToWan(amount),
          from: s.lumpSumWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        feePerPeriodWan: {
          value: fenToWan(perFee),
          from: s.feePerPeriodWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        paymentEveryMonths: figure(s.paymentEveryMonths, p.paymentEveryMonths),
        tenorMonths: figure(s.tenorMonths, p.tenorMonths)
      }
    },
    () => {
      // The fee schedule as rows: each fee split into the part that repays the lump sum and the rest (the cost).
      const rows: ScheduleRow[] = [];
      let balance: number = amount;
      const r = (yieldFig.value * every) / 12;
      for (let k = 1; k <= periods; k++) {
        const interest =
          k === periods ? Math.max(0, perFee - balance) : Math.min(perFee, applyRate(fen(balance), r));
        const principal = k === periods ? balance : Math.min(balance, perFee - interest);
        balance -= principal;
        rows.push({
          period: k,
          date: addMonths(input.asOf, Math.min(months, k * every)),
          principal: fen(principal),
          interest: fen(interest),
          payment: fen(principal + interest),
          balance: fen(balance)
        });
      }
      return { schedule: rows, flows: flowsOf(input.asOf, amount, rows, []) };
    },
    every
  );
}

function factoring(input: FinancingInput, p: FinancingPolicy['factoring']): FinancingMode {
  const s = input.settings.factoring ?? {};
  const receivables = s.receivablesWan ?? 0;
  const advance = figure(s.advanceRate, base(p.advanceRate));
  const coupon = figure(s.coupon, base(p.coupon));
  const fees = figure(s.fees, base(p.fees));
  const months = s.tenorMonths ?? p.tenorMonths.value;
  const amount = amountOf(receivables * advance.value, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (receivables <= 0) reasons.push('needs_receivables');
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  return finish(
    input,
    {
      id: 'factoring',
      fit: fitOf(reasons, ['needs_receivables']),
      reasons,
      amount,
      tenorMonths: months,
      method: 'bullet',
      headlineRate: coupon.value,
      weeksToFunds: p.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['fast', 'low_coupon', 'repaid_by_customer'],
      cons: ['needs_core_customer', 'short_tenor'],
      figures: {
        receivablesWan: {
          value: receivables,
          from: s.receivablesWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        advanceRate: advance,
        coupon,
        fees,
        tenorMonths: figure(s.tenorMonths, p.tenorMonths)
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: coupon.value,
        months,
        method: 'bullet',
        startsOn: input.asOf
      });
      const extra = [
        { date: input.asOf, amount: applyRate(amount, (fees.value * months) / 12), kind: 'fee' as const }
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    }
  );
}

/** Every mode for this enterprise, in a fixed order (bank loan, loan ABS, sublicense ABS, factoring). */
export function financingModes(
  input: FinancingInput,
  policy: FinancingPolicy = FINANCING_POLICY
): FinancingMode[] {
  return [
    bankLoan(input, policy.bankLoan),
    loanAbs(input, policy.loanAbs),
    sublicenseAbs(input, policy.sublicenseAbs),
    factoring(input, policy.factoring)
  ];
}

/** The fitting mode with the lowest all-in rate, or null. */
export function cheapestFitting(modes: readonly FinancingMode[]): FinancingMode | null {
  let best: FinancingMode | null = null;
  for (const m of modes) {
    if (m.fit === 'unavailable' || m.allInRate === null) continue;
    if (!best || m.allInRate < (best.allInRate as number)) best = m;
  }
  return best;
}
