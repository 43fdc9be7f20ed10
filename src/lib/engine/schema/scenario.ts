import { z } from 'zod';
import { wan } from './common';

/** What the money is for: banks ask, and some subsidies (贴息) apply to some purposes only. */
export const LOAN_PURPOSES = ['working_capital', 'rnd', 'equipment', 'other'] as const;
export type LoanPurpose = (typeof LOAN_PURPOSES)[number];

/** Loan tenor, years: an asset whose term ends before the loan does cannot be pledged. 3 months to 10 years. */
export const loanTenorYears = z
  .number({ error: 'errors.number' })
  .min(0.25, { error: 'errors.min' })
  .max(10, { error: 'errors.max' });

export const DEFAULT_LOAN_TENOR_YEARS = 1;

/**
 * The financing the enterprise has in mind, stored with the enterprise (from database version 3) so every screen
 * and the report assess the same scenario. Every field has a default, so `{}` is valid.
 */
export const ScenarioSchema = z.object({
  loanTenorYears: loanTenorYears.default(DEFAULT_LOAN_TENOR_YEARS),
  /** Amount wanted, 万元; not given yet when undefined. */
  amountWantedWan: wan.optional(),
  purpose: z.enum(LOAN_PURPOSES, { error: 'errors.choice' }).default('working_capital')
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The scenario of an enterprise that never set one. */
export const DEFAULT_SCENARIO: Scenario = {
  loanTenorYears: DEFAULT_LOAN_TENOR_YEARS,
  purpose: 'working_capital'
};
