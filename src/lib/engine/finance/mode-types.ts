/**
 * What a financing route says about itself: its figures (each with where it comes from), whether it fits this
 * enterprise and why, and its amount, schedule, cash flows and all-in cost; and what the routes are given.
 */
import type { IsoDate } from '../dates';
import type { Fen } from '../money';
import type { BankProductTerms, ModeId } from '../policy/financing';
import type { SubsidyEntry } from '../policy/subsidies';
import type { PolicyEntry, Range, Source } from '../policy/types';
import type { AllInCost, CashFlow } from './cost';
import type { RepaymentMethod, ScheduleRow } from './schedule';
import type { FinancingSettings } from './settings';
import type { SubsidyLine } from './subsidy';

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

/** i18n: `financing.fit.<code>` */
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

/** Who holds the IP during the deal. i18n: `financing.holder.<code>` */
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
  /** i18n: `financing.pro.<code>`, `financing.con.<code>` */
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
  /** The indicative loan amount, 万元 (readiness.loanRange.baseWan): the pledgeable value capped by size. */
  indicativeLoanWan: number;
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
