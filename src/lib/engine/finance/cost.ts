/**
 * All-in cost of a financing: the internal rate of return of the borrower's own cash flows (net proceeds after
 * upfront fees, the instalments, guarantee fees and premiums when paid, later subsidies as inflows when paid out).
 *   compounded  effective annual rate, XIRR of the dated flows (Excel's 365-day year)
 *   simple      the simple annual rate Chinese lenders quote (年化利率, 单利): the IRR per payment period × periods
 *               per year, or for one payment at maturity, the total cost ÷ amount ÷ years
 */
import type { IsoDate } from '../dates';
import type { Fen } from '../money';
import { FinanceError, xirr } from './excel';

export type FlowKind =
  'proceeds' | 'principal' | 'interest' | 'fee' | 'appraisal' | 'guarantee' | 'premium' | 'subsidy';

/** One cash flow of the borrower: positive in, negative out, in fen. */
export interface CashFlow {
  date: IsoDate;
  amount: Fen;
  kind: FlowKind;
  /**
   * The loan year (1-based) whose cost this flow is: interest for a period ending in it, a fee paid in advance for the
   * year it starts (a yearly fee paid on the anniversary is the next year's), a subsidy for the year it repays.
   */
  year?: number;
}

export interface AllInCost {
  /** Effective annual rate, compounded (decimal). */
  compounded: number;
  /** Simple annual rate as lenders quote it (decimal). */
  simple: number;
}

/** How the simple rate is stated: payments per year, or one payment after `years`. */
export type SimpleBasis = { periodsPerYear: number } | { bulletYears: number };

/** The all-in cost of `flows`, or null when it has no rate (no outflow after the proceeds, say). */
export function allInCost(flows: readonly CashFlow[], basis: SimpleBasis): AllInCost | null {
  if (flows.length < 2) return null;
  const sorted = [...flows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  try {
    const compounded = xirr(
      sorted.map((f) => f.amount),
      sorted.map((f) => f.date)
    );
    const simple =
      'periodsPerYear' in basis
        ? basis.periodsPerYear * ((1 + compounded) ** (1 / basis.periodsPerYear) - 1)
        : ((1 + compounded) ** basis.bulletYears - 1) / basis.bulletYears;
    return { compounded, simple };
  } catch (err) {
    if (err instanceof FinanceError) return null;
    throw err;
  }
}
