/**
 * One name, meaning, unit and precision per figure, for every screen, the CSV and the PDF (i18n `glossary.<id>`).
 * Estimates (values, the pledgeable value, the indicative loan amount) are written to three significant figures;
 * amounts a schedule uses exactly (a route's amount, its costs) to two decimals of 万元 or to the fen; rates to two
 * decimals. A screen names a figure with `figureName` and writes it with `figureText`, so two screens can never call
 * one number by two names, or two numbers by one.
 */
import type { Money } from '$lib/i18n/money';

export const FIGURES = {
  /** An asset's reconciled value: `AssetResult.valuation.value`. */
  ipValue: 'estimate',
  /** `bundle.bundleValueWan`: the eligible value plus the synergy. */
  bundleValue: 'estimate',
  /** `bundle.eligibleValueWan`. */
  eligibleValue: 'estimate',
  /** `bundle.pledgeableValueWan` (and each line's `pledgeableValueWan`): value × pledge rate, before any size cap. */
  pledgeableValue: 'estimate',
  /** `readiness.loanRange` (`baseWan` is what the bank and loan-ABS routes lend at most): capped by size. */
  indicativeLoan: 'estimate',
  /** `FinancingMode.amount`. */
  routeAmount: 'amount',
  /** `FinancingMode.totalCost`. */
  totalCost: 'amount',
  /** `FinancingMode.allInRate`. */
  allInCost: 'rate',
  /** `readiness.score`. */
  readinessScore: 'score'
} as const satisfies Record<string, 'estimate' | 'amount' | 'rate' | 'score'>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

/** The figure's one name in the current language. */
export function figureName(t: Translate, id: FigureId): string {
  return t(`glossary.${id}.name`);
}

/** A figure in 万元 written with its precision: an estimate to three significant figures, an amount to 0.01 万元. */
export function figureText(m: Money, id: FigureId, wan: number): string {
  return FIGURES[id] === 'estimate' ? m.estimate(wan) : m.wan(wan);
}

/** A range of an estimate, one precision for both ends. */
export function figureRange(m: Money, low: number, high: number): string {
  return m.estimateRange(low, high);
}
