/**
 * Repayment schedules as Chinese loans use them, to the fen (money.ts: integer fen, halves rounded away from zero):
 *   equal_instalment 等额本息  the same payment each month: PMT at the monthly rate, rounded to the fen
 *   equal_principal  等额本金  the same principal each month, interest on the balance
 *   interest_only    先息后本  interest every month or quarter, the principal at maturity
 *   bullet           到期一次还本付息  principal and simple interest in one payment at maturity
 * The monthly rate is the annual rate ÷ 12 (月利率 = 年利率 ÷ 12, as Chinese banks quote). Interest of a period is
 * balance × period rate, rounded to the fen. Principal rows add up exactly to the principal: the last row takes
 * what is left, so it absorbs every rounding.
 */
import { addMonths, type IsoDate } from '../dates';
import { applyRate, fen, roundHalfAwayFromZero, splitEvenly, type Fen } from '../money';
import { pmt } from './excel';

export const REPAYMENT_METHODS = ['equal_instalment', 'equal_principal', 'interest_only', 'bullet'] as const;
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export interface LoanTerms {
  principal: Fen;
  /** Nominal annual rate, as a decimal (0.036 for 3.6 %). */
  annualRate: number;
  /** Tenor in whole months (≥ 1). */
  months: number;
  method: RepaymentMethod;
  /** interest_only: months between interest payments (1 monthly, 3 quarterly). */
  interestEveryMonths?: 1 | 3;
  /** Day the loan is drawn; row k falls k periods later. */
  startsOn: IsoDate;
}

export interface ScheduleRow {
  /** 1-based */
  period: number;
  date: IsoDate;
  principal: Fen;
  interest: Fen;
  payment: Fen;
  /** Principal still owed after this payment. */
  balance: Fen;
}

function row(
  period: number,
  date: IsoDate,
  principal: number,
  interest: number,
  balance: number
): ScheduleRow {
  return {
    period,
    date,
    principal: fen(principal),
    interest: fen(interest),
    payment: fen(principal + interest),
    balance: fen(balance)
  };
}

function checkTerms(t: LoanTerms): void {
  if (!Number.isInteger(t.months) || t.months < 1) throw new RangeError(`bad tenor: ${t.months} months`);
  if (!Number.isFinite(t.annualRate) || t.annualRate < 0) throw new RangeError(`bad rate: ${t.annualRate}`);
  if (t.principal <= 0) throw new RangeError(`bad principal: ${t.principal}`);
}

function equalInstalment(t: LoanTerms): ScheduleRow[] {
  const r = t.annualRate / 12;
  // PMT of an amount in fen is in fen: the instalment is it rounded to a whole fen by the one rule.
  const instalment = roundHalfAwayFromZero(-pmt(r, t.months, t.principal));
  const rows: ScheduleRow[] = [];
  let balance: number = t.principal;
  for (let k = 1; k <= t.months; k++) {
    const interest = applyRate(fen(balance), r);
    const principal = k === t.months ? balance : Math.min(balance, instalment - interest);
    balance -= principal;
    rows.push(row(k, addMonths(t.startsOn, k), principal, interest, balance));
  }
  return rows;
}

function equalPrincipal(t: LoanTerms): ScheduleRow[] {
  const r = t.annualRate / 12;
  const parts = splitEvenly(t.principal, t.months);
  let balance: number = t.principal;
  return parts.map((principal, i) => {
    const interest = applyRate(fen(balance), r);
    balance -= principal;
    return row(i + 1, addMonths(t.startsOn, i + 1), principal, interest, balance);
  });
}

function interestOnly(t: LoanTerms): ScheduleRow[] {
  const every = t.interestEveryMonths ?? 1;
  const rows: ScheduleRow[] = [];
  for (let start = 0, k = 1; start < t.months; start += every, k++) {
    // A last period shorter than the others (a 10-month loan paid quarterly) pays interest for its own months.
    const months = Math.min(every, t.months - start);
    const interest = applyRate(t.principal, (t.annualRate / 12) * months);
    const last = start + months >= t.months;
    const principal = last ? t.principal : 0;
    rows.push(row(k, addMonths(t.startsOn, start + months), principal, interest, last ? 0 : t.principal));
  }
  return rows;
}

function bullet(t: LoanTerms): ScheduleRow[] {
  const interest = applyRate(t.principal, (t.annualRate * t.months) / 12);
  return [row(1, addMonths(t.startsOn, t.months), t.principal, interest, 0)];
}

/** The schedule of a loan: one row per payment, principal rows summing exactly to the principal. */
export function repaymentSchedule(t: LoanTerms): ScheduleRow[] {
  checkTerms(t);
  switch (t.method) {
    case 'equal_instalment':
      return equalInstalment(t);
    case 'equal_principal':
      return equalPrincipal(t);
    case 'interest_only':
      return interestOnly(t);
    case 'bullet':
      return bullet(t);
  }
}
