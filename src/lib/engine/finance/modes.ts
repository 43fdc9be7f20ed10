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
import { FINANCING_POLICY, type FinancingPolicy } from '../policy/financing';
import type { FinancingInput, FinancingMode } from './mode-types';
import { bankLoan } from './routes/bank-loan';
import { factoring } from './routes/factoring';
import { loanAbs } from './routes/loan-abs';
import { sublicenseAbs } from './routes/sublicense-abs';

export type * from './mode-types';
export { lprFigure } from './plumbing';

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
