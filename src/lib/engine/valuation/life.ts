/**
 * Remaining economic life (孰短原则, facts.md §1.2 and §9.1): n = min(economic life, legal years remaining).
 */
import type { LegalTerm } from '../legal-term';
import type { AssetType } from '../schema/asset-type';
import type { RemainingLife } from './types';

const DEAD: readonly LegalTerm['status'][] = ['expired', 'lapsed', 'invalidated', 'abandoned'];

/**
 * Legal years left for valuation: 0 for a right that is gone, null when nothing caps the life (a GI, a natural
 * person's work, an unknown term, or an in-force trademark, whose renewal every 10 years is assumed).
 */
export function legalYearsForValuation(type: AssetType, term: LegalTerm): number | null {
  if (DEAD.includes(term.status)) return 0;
  if (type === 'trademark' && term.inForce) return null;
  return term.yearsRemaining;
}

/** The shorter of economic and legal life, and which one bound it. */
export function remainingLife(economicYears: number, legalYears: number | null): RemainingLife {
  const economic = Math.max(0, economicYears);
  if (legalYears !== null && legalYears <= economic) {
    return { years: Math.max(0, legalYears), economicYears: economic, legalYears, boundBy: 'legal' };
  }
  return { years: economic, economicYears: economic, legalYears, boundBy: 'economic' };
}
