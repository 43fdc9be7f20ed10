/** How the financing screen writes a mode's figures, and which figure is a mode's headline rate. */
import type { Figure, FinancingMode } from '$lib/engine';

/** The figure behind each mode's headline rate. */
export const HEADLINE_FIGURE: Record<FinancingMode['id'], string> = {
  bank_pledge_loan: 'rate',
  loan_abs: 'coupon',
  sublicense_abs: 'impliedYield',
  factoring: 'coupon'
};

/** How a figure is written: a rate, months or 万元 (the engine says which, `Figure.unit`). */
export function figureKind(figure: Figure): 'pct' | 'months' | 'wan' {
  return figure.unit === 'rate' ? 'pct' : figure.unit;
}
