/**
 * Cost approach, facts.md §9.3:
 *   V = C × index × (1 + p) × (1 − obsolescence),  obsolescence = elapsed / (elapsed + remaining)
 * C development or acquisition cost, index price change since then, p reasonable profit, elapsed years since the
 * cost was incurred, remaining = remaining economic life. No life left means full obsolescence.
 */
export interface CostInputs {
  amountWan: number;
  priceIndex: number;
  reasonableProfit: number;
  elapsedYears: number;
  remainingYears: number;
}

/** Share of the replacement cost used up: elapsed / (elapsed + remaining), 1 when no life remains. */
export function obsolescence(elapsedYears: number, remainingYears: number): number {
  if (remainingYears <= 0) return 1;
  const elapsed = Math.max(0, elapsedYears);
  return elapsed / (elapsed + remainingYears);
}

/** Replacement cost less obsolescence, 万元. */
export function costValue(p: CostInputs): number {
  return (
    p.amountWan *
    p.priceIndex *
    (1 + p.reasonableProfit) *
    (1 - obsolescence(p.elapsedYears, p.remainingYears))
  );
}
