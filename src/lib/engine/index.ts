/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import { legalTerm, type LegalTerm } from './legal-term';
import type { AssetType } from './schema/asset-type';
import { AssessmentInputSchema, type AssessmentInput } from './schema/input';

export { AssessmentInputSchema, AssessmentOptionsSchema } from './schema/input';
export type { AssessmentInput, AssessmentOptions, ParsedAssessmentInput } from './schema/input';
export { EnterpriseSchema } from './schema/enterprise';
export type { Enterprise } from './schema/enterprise';
export { AssetSchema } from './schema/asset';
export type { Asset } from './schema/asset';
export type { LegalTerm, TermStatus, TermRule } from './legal-term';

/** Bumped when the shape or meaning of the result changes, so stored or printed results can say which engine. */
export const ENGINE_VERSION = '0.1.0';

export interface AssetResult {
  assetId: string;
  type: AssetType;
  term: LegalTerm;
  // Next: valuation (issue 3), eligibility for pledge and readiness gaps (readiness issue).
}

export interface AssessmentResult {
  engineVersion: string;
  asOf: string;
  assets: AssetResult[];
  // Next: bundle and pledgeable value (issue 3), readiness, financing options, insurance and subsidies.
}

/**
 * Assesses one enterprise and its IP at `input.asOf`. Throws a ZodError (with paths and i18n-key messages) when the
 * input is invalid: a bad input is an error with a message, never a NaN in a chart.
 */
export function assess(input: AssessmentInput): AssessmentResult {
  const parsed = AssessmentInputSchema.parse(input);
  return {
    engineVersion: ENGINE_VERSION,
    asOf: parsed.asOf,
    assets: parsed.assets.map((a) => ({ assetId: a.id, type: a.type, term: legalTerm(a, parsed.asOf) }))
  };
}
