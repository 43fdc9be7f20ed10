/** What the subsidy rules give a financing mode, and what they need to know of it. */
import type { IsoDate } from '../dates';
import type { Fen } from '../money';
import type { ModeId } from '../policy/financing';
import type { CostPart, SubsidyEntry } from '../policy/subsidies';
import type { CashFlow } from './cost';
import type { ScheduleRow } from './schedule';

/** i18n: `policy.status.<code>` */
export type SubsidyStatus =
  | 'applied'
  | 'unconfirmed'
  | 'not_stacked'
  | 'no_cost'
  | 'expired'
  | 'not_yet_in_force'
  | 'other_mode'
  | 'needs_guarantor'
  | 'not_recipient'
  | 'condition_not_met'
  | 'needs_revenue'
  | 'risk_sharing_only'
  | 'no_rule';

/** A checkable condition that failed. i18n: `policy.limit.<code>` */
export type FailedLimit = 'revenue' | 'amount' | 'tenor';

export interface SubsidyPayment {
  /** Loan year the payment is for (1-based). */
  year: number;
  date: IsoDate;
  amount: Fen;
  /** A cap bound this year's amount. */
  capped: boolean;
  /** The amount by cost item it repays (sums to `amount`). */
  byPart: Partial<Record<CostPart, Fen>>;
}

export interface SubsidyLine {
  entry: SubsidyEntry;
  status: SubsidyStatus;
  /** Payments counted in the mode's cost (status 'applied'); empty otherwise. */
  payments: SubsidyPayment[];
  total: Fen;
  /** The cost items this line pays for, or would pay for. */
  parts: CostPart[];
  /**
   * What the rule would pay: if it were confirmed ('unconfirmed', beside the confirmed rules), or on its own
   * ('not_stacked'); 0 for the other statuses.
   */
  wouldPay: Fen;
  /** The rule that pays the same costs instead (status 'not_stacked'). */
  paidInsteadBy: string | null;
  /** The condition that failed (status 'condition_not_met'). */
  failed: FailedLimit | null;
}

/** What a subsidy needs to know of a mode. */
export interface SubsidizedMode {
  id: ModeId;
  amount: Fen;
  tenorMonths: number;
  headlineRate: number;
  /** The borrower's cost flows, each with the loan year it pays for (`CashFlow.year`). */
  flows: readonly CashFlow[];
  /** The repayment schedule (a rate rebate runs on the balance outstanding). */
  schedule: readonly ScheduleRow[];
}

export interface SubsidyContext {
  asOf: IsoDate;
  province: string;
  city: string;
  /** 1-year LPR at asOf. */
  lpr: number;
  /** Last year's revenue, 万元; null when not given. */
  revenueWan: number | null;
}

export interface Subsidies {
  /** Every rule of the place for this mode, applied or with the reason it is not. */
  lines: SubsidyLine[];
  /** Payments counted in the headline (confirmed rules only). */
  flows: CashFlow[];
  /** Payments if the unconfirmed rules were confirmed too; null when there are none that would pay. */
  possibleFlows: CashFlow[] | null;
}
