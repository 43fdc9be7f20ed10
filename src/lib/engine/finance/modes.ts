/**
 * The four financing routes side by side (facts.md A.2, §2.4, §4, §9 items 8-10): for each, the amount obtainable,
 * the tenor and schedule, the borrower's cash flows and their all-in cost, the time to funds, who holds the IP
 * during the deal, and whether it fits this enterprise, with reasons. Every rate, fee and tenor is a default with
 * its source, a regional product's term, or the user's own figure (`FinancingSettings`), and each figure says which.
 *
 * Every route pays the third-party costs it really incurs (policy/financing.ts): the appraisal on all four, a
 * guarantor on the securitisations, the programme's own costs. The cheapest route is named only among the routes
 * that fit well (`fit: 'good'`): a route that may not be open to this firm is never called the cheapest.
 */
import { addMonths, type IsoDate } from '../dates';
import { applyRate, fen, fenToWan, roundHalfAwayFromZero, sumFen, wanToFen, type Fen } from '../money';
import {
  FINANCING_POLICY,
  type BankProductTerms,
  type FinancingPolicy,
  type ModeId
} from '../policy/financing';
import type { PolicyEntry } from '../policy/types';
import { inForce } from '../policy/types';
import { LPR_1Y } from '../policy/rates';
import type { Range, Source } from '../policy/types';
import { allInCost, type AllInCost, type CashFlow, type FlowKind } from './cost';
import { subsidiesFor, type SubsidyLine } from './subsidy';
import type { SubsidyEntry } from '../policy/subsidies';
import { PLEDGE_INSURANCE_PREMIUM } from '../policy/risk-insurance';
import { pmt } from './excel';
import { repaymentSchedule, type RepaymentMethod, type ScheduleRow } from './schedule';
import type { FinancingSettings } from './settings';

export type { ModeId } from '../policy/financing';

/** How a figure is written. */
export type FigureUnit = 'rate' | 'months' | 'wan';

/** A figure a mode used: the default (with its source), a regional product's term, or the user's own. */
export interface Figure {
  value: number;
  unit: FigureUnit;
  from: 'default' | 'product' | 'user';
  source: Source | null;
  /** Date from which the default or the product's term applies. */
  effectiveFrom: string | null;
}

/** i18n: `fin.fit.<code>` */
export type FitReason =
  | 'readiness_blocked'
  | 'no_pledgeable_value'
  | 'size_cap_limits'
  | 'below_programme_ticket'
  | 'no_programme_in_city'
  | 'needs_patent'
  | 'exclusive_licence_exists'
  | 'needs_receivables'
  | 'core_enterprise_only'
  | 'rare_mode'
  | 'amount_below_wanted'
  | 'above_product_limits';

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
  /** The borrower's cash flows, proceeds positive; confirmed subsidies included as inflows when paid. */
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
  /** The regional product whose terms the route uses (苏知贷…), or null. */
  product: PolicyEntry<BankProductTerms> | null;
  /** The place's subsidy rules for this mode, counted, possible or with the reason they are not. */
  subsidies: SubsidyLine[];
  /** Confirmed subsidies counted in the all-in rate, in fen. */
  subsidyTotal: Fen;
  /** The all-in rates before subsidies (the ones above count confirmed subsidies as inflows when paid). */
  allInRateBeforeSubsidies: number | null;
  allInSimpleRateBeforeSubsidies: number | null;
  /** The all-in rate if the unconfirmed rules paid too; null when no unconfirmed rule would change it. */
  possibleAllIn: AllInCost | null;
  /** Figures in the cost that are estimates ([U] defaults), by key of `figures`: the screens say so. */
  estimates: string[];
}

export interface FinancingInput {
  asOf: IsoDate;
  province: string;
  city: string;
  /** Pledgeable value after the size cap, 万元 (readiness.loanRange.baseWan). */
  pledgeableWan: number;
  /** What limits it (readiness.loanRange.limitedBy): the IP's value, the size cap (revenue 0), or nothing pledgeable. */
  amountLimitedBy?: 'nothing_pledgeable' | 'size_cap' | 'ip_value';
  /** Bundle value of the eligible assets, 万元 (the appraisal fee's base). */
  appraisedWan: number;
  /** Eligible value of invention and utility-model patents free of an exclusive or sole licence, 万元. */
  patentValueWan: number;
  /** Patents left out of the sublicense route because they are already licensed exclusively or solely. */
  patentsLicensedOut: number;
  amountWantedWan: number | null;
  tenorMonths: number;
  readinessBlocked: boolean;
  /** Last year's revenue, 万元; null when not given (a subsidy cap may depend on it). */
  revenueWan: number | null;
  settings: FinancingSettings;
  /** Subsidy rules to apply (default: policy/subsidies.ts). */
  subsidyEntries?: readonly SubsidyEntry[];
}

type Dated<T> = { value: T; source: Source; effectiveFrom: string };

function figure(user: number | undefined, d: Dated<number>, unit: FigureUnit): Figure {
  return user === undefined
    ? { value: d.value, unit, from: 'default', source: d.source, effectiveFrom: d.effectiveFrom }
    : { value: user, unit, from: 'user', source: null, effectiveFrom: null };
}

function base(d: Dated<Range>): Dated<number> {
  return { value: d.value.base, source: d.source, effectiveFrom: d.effectiveFrom };
}

/** A figure the route does not charge (a cost switched off). */
const off = (f: Figure): Figure => ({ ...f, value: 0 });

export function lprFigure(asOf: IsoDate, entries: readonly PolicyEntry<number>[] = LPR_1Y): Figure {
  const e = inForce(entries, 'national', asOf);
  // Before the first dated entry: the oldest one we have.
  const entry = e ?? (entries[0] as PolicyEntry<number>);
  return {
    value: entry.value,
    unit: 'rate',
    from: 'default',
    source: entry.source,
    effectiveFrom: entry.effectiveFrom
  };
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

interface Extra {
  date: IsoDate;
  amount: Fen;
  kind: FlowKind;
  year: number;
}

/** The loan year a payment in arrears falls in: (start of year, anniversary]. */
function arrearsYear(asOf: IsoDate, date: IsoDate): number {
  let y = 1;
  while (date > addMonths(asOf, 12 * y)) y++;
  return y;
}

/** Proceeds, the schedule's payments, and the other outflows, as the borrower's flows. */
function flowsOf(asOf: IsoDate, amount: Fen, schedule: ScheduleRow[], extra: Extra[]): CashFlow[] {
  const flows: CashFlow[] = [{ date: asOf, amount, kind: 'proceeds' }];
  for (const r of schedule) {
    const year = arrearsYear(asOf, r.date);
    if (r.interest > 0) flows.push({ date: r.date, amount: fen(-r.interest), kind: 'interest', year });
    if (r.principal > 0) flows.push({ date: r.date, amount: fen(-r.principal), kind: 'principal', year });
  }
  for (const e of extra) if (e.amount !== 0) flows.push({ ...e, amount: fen(-e.amount) });
  return flows;
}

/** A yearly fee on the principal, paid in advance at the start of each loan year (the last one pro rata). */
function yearlyFees(asOf: IsoDate, principal: Fen, rate: number, months: number, kind: FlowKind): Extra[] {
  const out: Extra[] = [];
  for (let start = 0; start < months; start += 12) {
    const share = Math.min(12, months - start) / 12;
    out.push({
      date: addMonths(asOf, start),
      amount: applyRate(principal, rate * share),
      kind,
      year: start / 12 + 1
    });
  }
  return out;
}

/** The appraisal of the IP, paid once at the start. */
function appraisal(asOf: IsoDate, appraisedWan: number, rate: number): Extra {
  return { date: asOf, amount: applyRate(wanToFen(appraisedWan), rate), kind: 'appraisal', year: 1 };
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

/** What a route decides before its cash flows are built. */
type Partial_ = Pick<
  FinancingMode,
  | 'id'
  | 'fit'
  | 'reasons'
  | 'amount'
  | 'tenorMonths'
  | 'method'
  | 'headlineRate'
  | 'weeksToFunds'
  | 'ipHolder'
  | 'pros'
  | 'cons'
  | 'figures'
  | 'product'
>;

/** Keys of the figures that are estimates and enter the cost (a cost switched off does not). */
function estimatesOf(figures: Record<string, Figure>): string[] {
  return Object.entries(figures)
    .filter(
      ([, f]) => f.from === 'default' && f.source?.label === 'estimate' && f.value !== 0 && f.unit !== 'wan'
    )
    .map(([k]) => k);
}

function finish(input: FinancingInput, partial: Partial_, build: () => Built, every = 1): FinancingMode {
  const common = {
    ...partial,
    estimates: partial.amount > 0 ? estimatesOf(partial.figures) : []
  };
  if (partial.amount <= 0) {
    return {
      ...common,
      schedule: [],
      flows: [],
      allInRate: null,
      allInSimpleRate: null,
      allInRateBeforeSubsidies: null,
      allInSimpleRateBeforeSubsidies: null,
      possibleAllIn: null,
      totalCost: fen(0),
      subsidies: [],
      subsidyTotal: fen(0)
    };
  }
  const { schedule, flows } = build();
  const basis = basisOf(partial.method, partial.tenorMonths, every);
  const before = allInCost(flows, basis);
  const subsidies = subsidiesFor(
    {
      id: partial.id,
      amount: partial.amount,
      tenorMonths: partial.tenorMonths,
      headlineRate: partial.headlineRate,
      flows,
      schedule
    },
    {
      asOf: input.asOf,
      province: input.province,
      city: input.city,
      lpr: lprFigure(input.asOf).value,
      revenueWan: input.revenueWan
    },
    input.subsidyEntries
  );
  const withSubsidies = [...flows, ...subsidies.flows];
  const after = subsidies.flows.length > 0 ? allInCost(withSubsidies, basis) : before;
  return {
    ...common,
    schedule,
    flows: withSubsidies,
    allInRate: after?.compounded ?? null,
    allInSimpleRate: after?.simple ?? null,
    allInRateBeforeSubsidies: before?.compounded ?? null,
    allInSimpleRateBeforeSubsidies: before?.simple ?? null,
    possibleAllIn: subsidies.possibleFlows ? allInCost([...flows, ...subsidies.possibleFlows], basis) : null,
    totalCost: costOf(flows),
    subsidies: subsidies.lines,
    subsidyTotal: sumFen(subsidies.flows.map((f) => f.amount))
  };
}

/**
 * Why a pledge route has no amount: the IP has no pledgeable value, or it has one and the size cap (revenue × share −
 * loans; 0 without revenue) is what stops it: a start-up is then sent to first-loan channels, not told its IP is
 * worthless.
 */
function noAmountReason(input: FinancingInput): FitReason {
  return input.amountLimitedBy === 'size_cap' ? 'size_cap_limits' : 'no_pledgeable_value';
}
const NO_AMOUNT: FitReason[] = ['readiness_blocked', 'no_pledgeable_value', 'size_cap_limits'];

function fitOf(reasons: FitReason[], hard: FitReason[]): Fit {
  if (reasons.some((r) => hard.includes(r))) return 'unavailable';
  return reasons.length === 0 ? 'good' : 'possible';
}

function inCities(input: FinancingInput, cities: readonly { province: string; names: string[] }[]): boolean {
  return cities.some((c) => c.province === input.province && c.names.some((n) => input.city.includes(n)));
}

function productFigure(value: number, entry: PolicyEntry<BankProductTerms>): Figure {
  return { value, unit: 'rate', from: 'product', source: entry.source, effectiveFrom: entry.effectiveFrom };
}

function bankLoan(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.bank ?? {};
  const lpr = lprFigure(input.asOf);
  const months = s.tenorMonths ?? input.tenorMonths;
  const amount = amountOf(input.pledgeableWan, input.amountWantedWan);
  // A regional product (苏知贷, 天府知来贷) in force here sets the price terms, for loans within its limits.
  const inForceProduct = inForce(p.bankProducts, input.province, input.asOf);
  const product =
    inForceProduct &&
    fenToWan(amount) <= inForceProduct.value.maxAmountWan &&
    months <= inForceProduct.value.maxTenorMonths
      ? inForceProduct
      : null;
  const terms = product?.value ?? null;

  let spread = figure(s.spread, base(p.bankLoan.spread), 'rate');
  if (terms && s.spread === undefined && spread.value > terms.maxSpread)
    spread = productFigure(terms.maxSpread, product as PolicyEntry<BankProductTerms>);
  // Under a product's "no other fees" the firm pays no appraisal, guarantee or premium unless it says so.
  const noFees = terms?.otherFees === 'none';
  const guarantee = s.guarantee ?? terms?.otherFees === 'guarantee_only';
  let guaranteeFee = figure(s.guaranteeFee, base(p.bankLoan.guaranteeFee), 'rate');
  if (
    terms?.maxGuaranteeFee !== undefined &&
    s.guaranteeFee === undefined &&
    guaranteeFee.value > terms.maxGuaranteeFee
  )
    guaranteeFee = productFigure(terms.maxGuaranteeFee, product as PolicyEntry<BankProductTerms>);
  const appraise = s.appraisal ?? !noFees;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const insurance = s.insurance ?? false;
  const premium = figure(s.premiumRate, base(PLEDGE_INSURANCE_PREMIUM), 'rate');
  const rate = lpr.value + spread.value;
  const method = s.method ?? 'interest_only';
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.pledgeableWan <= 0) reasons.push(noAmountReason(input));
  if (input.amountWantedWan !== null && input.amountWantedWan > input.pledgeableWan)
    reasons.push('amount_below_wanted');
  if (inForceProduct && !product) reasons.push('above_product_limits');
  return finish(
    input,
    {
      id: 'bank_pledge_loan',
      fit: fitOf(reasons, NO_AMOUNT),
      reasons,
      amount,
      tenorMonths: months,
      method,
      headlineRate: rate,
      weeksToFunds: p.bankLoan.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_bank',
      pros: ['keeps_ip', 'lowest_rate_policy', 'fast'],
      cons: ['appraisal_fee', 'pledge_registration'],
      product,
      figures: {
        lpr,
        spread,
        rate: {
          value: rate,
          unit: 'rate',
          from: spread.from,
          source: null,
          effectiveFrom: lpr.effectiveFrom
        },
        guaranteeFee: guarantee ? guaranteeFee : off(guaranteeFee),
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        premiumRate: insurance ? premium : off(premium),
        tenorMonths: figure(s.tenorMonths, { ...p.bankLoan.tenorMonths, value: input.tenorMonths }, 'months')
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
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    }
  );
}

function loanAbs(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.loanAbs ?? {};
  const P = p.loanAbs;
  const coupon = figure(s.coupon, base(P.coupon), 'rate');
  const fees = figure(s.fees, base(P.fees), 'rate');
  const guarantee = s.guarantee ?? true;
  const guaranteeFee = figure(s.guaranteeFee, base(P.guaranteeFee), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const amount = amountOf(input.pledgeableWan, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.pledgeableWan <= 0) reasons.push(noAmountReason(input));
  if (fenToWan(amount) < P.ticketWan.value.low) reasons.push('below_programme_ticket');
  if (!inCities(input, P.programmeCities.value)) reasons.push('no_programme_in_city');
  return finish(
    input,
    {
      id: 'loan_abs',
      fit: fitOf(reasons, NO_AMOUNT),
      reasons,
      amount,
      tenorMonths: months,
      method: 'interest_only',
      headlineRate: coupon.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['keeps_ip', 'low_coupon', 'larger_amounts'],
      cons: ['wait_for_pool', 'programme_region', 'guarantor_needed'],
      product: null,
      figures: {
        coupon,
        fees,
        guaranteeFee: guarantee ? guaranteeFee : off(guaranteeFee),
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months'),
        ticketMinWan: {
          value: P.ticketWan.value.low,
          unit: 'wan',
          from: 'default',
          source: P.ticketWan.source,
          effectiveFrom: P.ticketWan.effectiveFrom
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
      const extra = [
        ...yearlyFees(input.asOf, amount, fees.value, months, 'fee'),
        ...(guarantee ? yearlyFees(input.asOf, amount, guaranteeFee.value, months, 'guarantee') : []),
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    },
    3
  );
}

/**
 * Sublicense: the originator pays a lump sum P for an exclusive licence; the owner pays sublicence fees F each
 * period. By default F is the level fee that gives the originator its yield y: F = −PMT(y / f, m, P). The owner's
 * cost is the rate that solves P = Σ F_k / (1 + y/f)^k (facts.md §9 item 10), found from the flows, with the
 * appraisal the lump sum rests on.
 */
function sublicenseAbs(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.sublicense ?? {};
  const P = p.sublicenseAbs;
  const advance = figure(s.advanceShare, base(P.advanceShare), 'rate');
  const yieldFig = figure(s.impliedYield, base(P.impliedYield), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const every = s.paymentEveryMonths ?? P.paymentEveryMonths.value;
  const lumpWan = s.lumpSumWan ?? input.patentValueWan * advance.value;
  const amount = amountOf(lumpWan, input.amountWantedWan);
  const periods = Math.max(1, Math.ceil(months / every));
  const perFee =
    s.feePerPeriodWan !== undefined
      ? wanToFen(s.feePerPeriodWan)
      : fen(roundHalfAwayFromZero(-pmt((yieldFig.value * every) / 12, periods, amount)));
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.patentValueWan <= 0 && s.lumpSumWan === undefined)
    reasons.push(input.patentsLicensedOut > 0 ? 'exclusive_licence_exists' : 'needs_patent');
  else if (input.patentsLicensedOut > 0) reasons.push('exclusive_licence_exists');
  if (amount > 0 && fenToWan(amount) < P.ticketWan.value.low) reasons.push('below_programme_ticket');
  if (!inCities(input, P.programmeCities.value)) reasons.push('no_programme_in_city');
  const hard: FitReason[] = ['readiness_blocked', 'needs_patent'];
  // Every patent already licensed exclusively or solely: none can be licensed to the originator.
  if (input.patentValueWan <= 0 && s.lumpSumWan === undefined) hard.push('exclusive_licence_exists');
  return finish(
    input,
    {
      id: 'sublicense_abs',
      fit: fitOf(reasons, hard),
      reasons,
      amount,
      tenorMonths: months,
      method: 'equal_instalment',
      headlineRate: yieldFig.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'licensed_to_originator',
      pros: ['keeps_using_patent', 'no_bank_credit_needed', 'longer_tenor'],
      cons: ['exclusive_licence_out', 'fee_schedule_opaque', 'patents_only'],
      product: null,
      figures: {
        advanceShare: advance,
        impliedYield: yieldFig,
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        lumpSumWan: {
          value: fenToWan(amount),
          unit: 'wan',
          from: s.lumpSumWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        feePerPeriodWan: {
          value: fenToWan(perFee),
          unit: 'wan',
          from: s.feePerPeriodWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        paymentEveryMonths: figure(s.paymentEveryMonths, P.paymentEveryMonths, 'months'),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months'),
        ticketMinWan: {
          value: P.ticketWan.value.low,
          unit: 'wan',
          from: 'default',
          source: P.ticketWan.source,
          effectiveFrom: P.ticketWan.effectiveFrom
        }
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
      // The lump sum is a share of the patents' appraised value: those patents are appraised.
      const extra = appraise ? [appraisal(input.asOf, input.patentValueWan, appraisalFee.value)] : [];
      return { schedule: rows, flows: flowsOf(input.asOf, amount, rows, extra) };
    },
    every
  );
}

/**
 * Factoring-debt mode as seed 003 describes it: a core enterprise of a supply chain factors its own receivables
 * and pledges its IP. Only one such deal was issued in 2023, by a central state-owned enterprise: for a small firm
 * it is not a route, and even for a core enterprise it is rare, so it never fits well.
 */
function factoring(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.factoring ?? {};
  const P = p.factoring;
  const receivables = s.receivablesWan ?? 0;
  const advance = figure(s.advanceRate, base(P.advanceRate), 'rate');
  const coupon = figure(s.coupon, base(P.coupon), 'rate');
  const fees = figure(s.fees, base(P.fees), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const amount = amountOf(receivables * advance.value, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (receivables <= 0) reasons.push('needs_receivables');
  if (!s.coreEnterprise) reasons.push('core_enterprise_only');
  reasons.push('rare_mode');
  return finish(
    input,
    {
      id: 'factoring',
      fit: fitOf(reasons, ['readiness_blocked', 'needs_receivables', 'core_enterprise_only']),
      reasons,
      amount,
      tenorMonths: months,
      method: 'bullet',
      headlineRate: coupon.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['fast', 'low_coupon', 'repaid_by_customer'],
      cons: ['needs_core_customer', 'short_tenor'],
      product: null,
      figures: {
        receivablesWan: {
          value: receivables,
          unit: 'wan',
          from: s.receivablesWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        advanceRate: advance,
        coupon,
        fees,
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months')
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
      const extra: Extra[] = [
        { date: input.asOf, amount: applyRate(amount, (fees.value * months) / 12), kind: 'fee', year: 1 },
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
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
    bankLoan(input, policy),
    loanAbs(input, policy),
    sublicenseAbs(input, policy),
    factoring(input, policy)
  ];
}

/**
 * The route that fits well with the lowest all-in rate (confirmed subsidies counted), or null when no route fits
 * well: a route that may not be open to this firm ('possible') is never named the cheapest.
 */
export function cheapestFitting(modes: readonly FinancingMode[]): FinancingMode | null {
  let best: FinancingMode | null = null;
  for (const m of modes) {
    if (m.fit !== 'good' || m.allInRate === null) continue;
    if (!best || m.allInRate < (best.allInRate as number)) best = m;
  }
  return best;
}
