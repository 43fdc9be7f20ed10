/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import type { Eligibility } from './eligibility';
import { legalTerm, type LegalTerm } from './legal-term';
import type { AssetType } from './schema/asset-type';
import { AssessmentInputSchema, type AssessmentInput } from './schema/input';
import { VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
import {
  valueEnterprise,
  type AssetValuation,
  type Assumption,
  type Bundle,
  type InheritedParams
} from './valuation';

export { AssessmentInputSchema, AssessmentOptionsSchema } from './schema/input';
export type { AssessmentInput, AssessmentOptions, ParsedAssessmentInput } from './schema/input';
export { EnterpriseSchema } from './schema/enterprise';
export type { Enterprise } from './schema/enterprise';
export { AssetSchema } from './schema/asset';
export type { Asset } from './schema/asset';
export type { LegalTerm, TermStatus, TermRule } from './legal-term';
export { pledgeEligibility } from './eligibility';
export type { Eligibility, EligibilityCode, EligibilityReason } from './eligibility';
export { AssetValuationInputSchema, ValuationSettingsSchema } from './valuation';
export type * from './valuation';
export { VALUATION_DEFAULTS, VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';

/** Bumped when the shape or meaning of the result changes, so stored or printed results can say which engine. */
export const ENGINE_VERSION = '0.2.0';

export interface AssetResult {
  assetId: string;
  type: AssetType;
  term: LegalTerm;
  /** Approaches, reconciled range, remaining life, quality index, sensitivity (issue 3). */
  valuation: AssetValuation;
  /** Pledge eligibility with every reason (facts.md §2.1). */
  eligibility: Eligibility;
  /** Pledge rate used for this asset (default for its type, or overridden). */
  pledgeRate: number;
  /** Each editable parameter as it would be without this asset's override (what a reset returns to). */
  inherited: InheritedParams;
  // Next: readiness gaps (readiness issue).
}

export interface AssessmentResult {
  engineVersion: string;
  asOf: string;
  assets: AssetResult[];
  /** Sum, synergy and pledgeable value, with a line per asset and the reason any counts zero. */
  bundle: Bundle;
  /** Every default or override the valuation used, with source and effective date. */
  assumptions: Assumption[];
  /** Version of policy/valuation-defaults.ts the assumptions come from. */
  defaultsVersion: string;
  // Next: readiness, financing options, insurance and subsidies.
}

/**
 * Assesses one enterprise and its IP at `input.asOf`. Throws a ZodError (with paths and i18n-key messages) when the
 * input is invalid: a bad input is an error with a message, never a NaN in a chart.
 */
export function assess(input: AssessmentInput): AssessmentResult {
  const parsed = AssessmentInputSchema.parse(input);
  const terms = parsed.assets.map((a) => legalTerm(a, parsed.asOf));
  const valued = valueEnterprise(parsed, terms);
  return {
    engineVersion: ENGINE_VERSION,
    asOf: parsed.asOf,
    assets: parsed.assets.map((a, i) => ({
      assetId: a.id,
      type: a.type,
      term: terms[i] as LegalTerm,
      ...(valued.assets[i] as (typeof valued.assets)[number])
    })),
    bundle: valued.bundle,
    assumptions: valued.assumptions,
    defaultsVersion: VALUATION_DEFAULTS_VERSION
  };
}
