/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import type { Eligibility } from './eligibility';
import { legalTerm, type LegalTerm } from './legal-term';
import { ASSET_TYPES as ASSET_TYPES_LIST, type AssetType } from './schema/asset-type';
import { AssessmentInputSchema, type AssessmentInput, type AssessmentOptions } from './schema/input';
import { validateAsset, validateEnterprise, type RecordIssue } from './schema/validate';
import { tornadoBars, type TornadoBar } from './tornado';
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

// ---------------------------------------------------------------------------------------------------------------
// The one public door (issue 7). Screens, storage, forms, tests outside the engine and other programs import from
// '$lib/engine' only; eslint.config.js refuses deep imports. Grouped by what a caller needs.
// ---------------------------------------------------------------------------------------------------------------

// Record kinds and their choices (forms build selects from these).
export { ASSET_TYPES, PATENT_TYPES, isPatentType } from './schema/asset-type';
export type { AssetType } from './schema/asset-type';
export { AUTHOR_KINDS, LEGAL_STATUSES, LICENCE_KINDS } from './schema/asset';
export type { AssetInput, LegalStatus } from './schema/asset';
export { INDUSTRIES, LOAN_KINDS } from './schema/enterprise';
export type { EnterpriseInput, Industry, Loan } from './schema/enterprise';

// Which fields each IP type has and needs: the asset form renders this table, the asset schema checks it.
export { ASSET_FIELDS, TYPE_FIELDS, assetFieldNeeds, requiredFields } from './schema/asset-fields';
export type { FieldNeed, TypeField } from './schema/asset-fields';

// Validation in one path: schema plus the no-future-date rule, issues with record-relative paths.
export { validateAsset, validateEnterprise } from './schema/validate';
export type { RecordIssue, Validated } from './schema/validate';

// The financing scenario stored with each enterprise (loan tenor, amount wanted, purpose).
export { DEFAULT_LOAN_TENOR_YEARS, DEFAULT_SCENARIO, LOAN_PURPOSES, ScenarioSchema } from './schema/scenario';
export type { LoanPurpose, Scenario, ScenarioInput } from './schema/scenario';

// A legal term on its own (the asset form previews it before saving), and the tone of its status.
export { legalTerm, termTone } from './legal-term';
export type { TermTone } from './legal-term';

// Valuation inputs a screen edits, and what each enterprise setting falls back to.
export { QUALITY_QUESTION_IDS, QUALITY_QUESTIONS } from './valuation/questions';
export type { Sourced } from './policy/valuation-defaults';
export { enterpriseSettingDefaults } from './setting-defaults';
export type { EnterpriseSettingDefaults } from './setting-defaults';

// The sensitivity as tornado bars, widest first (also in every AssetResult as `tornado`).
export { tornadoBars } from './tornado';
export type { TornadoBar } from './tornado';

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
  /** The sensitivity grouped per parameter, widest spread first: the tornado's order. */
  tornado: TornadoBar[];
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
      ...(valued.assets[i] as (typeof valued.assets)[number]),
      tornado: tornadoBars((valued.assets[i] as (typeof valued.assets)[number]).valuation.sensitivity)
    })),
    bundle: valued.bundle,
    assumptions: valued.assumptions,
    defaultsVersion: VALUATION_DEFAULTS_VERSION
  };
}

/** A stored record the current schema refuses: where it is, and every issue (paths relative to the record). */
export interface InvalidRecord {
  id: string;
  /** The record's title or name as stored, when it has one, so a screen can say which record it is. */
  label: string;
  /** For assets: the stored type, when it is one the engine knows. */
  type: AssetType | null;
  issues: RecordIssue[];
}

/** What `assessStored` found: a result for the valid records and the invalid ones with their issues. */
export type StoredAssessment =
  | { ok: true; result: AssessmentResult; invalidAssets: InvalidRecord[] }
  | { ok: false; invalidEnterprise: InvalidRecord; invalidAssets: InvalidRecord[] };

function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

function invalid(record: unknown, labelKey: string, issues: RecordIssue[]): InvalidRecord {
  const id = field(record, 'id');
  const label = field(record, labelKey);
  const type = field(record, 'type');
  return {
    id: typeof id === 'string' ? id : '',
    label: typeof label === 'string' ? label : '',
    type: (ASSET_TYPES_SET as ReadonlySet<unknown>).has(type) ? (type as AssetType) : null,
    issues
  };
}

const ASSET_TYPES_SET: ReadonlySet<AssetType> = new Set(ASSET_TYPES_LIST);

/**
 * Assesses records as storage holds them, which an older schema may have accepted: each record is validated on its
 * own (validateEnterprise / validateAsset at `asOf`); the assessment runs on the valid assets and lists the invalid
 * ones with their issues, so one bad record shows its own error instead of failing every screen. Only an invalid
 * enterprise stops the assessment. `options` default to the enterprise's stored scenario.
 */
export function assessStored(input: {
  asOf: string;
  enterprise: unknown;
  assets: readonly unknown[];
  options?: Partial<AssessmentOptions>;
}): StoredAssessment {
  const invalidAssets: InvalidRecord[] = [];
  const enterprise = validateEnterprise(input.enterprise, input.asOf);
  const assets = input.assets.flatMap((a) => {
    const v = validateAsset(a, input.asOf);
    if (!v.ok) return (invalidAssets.push(invalid(a, 'title', v.issues)), []);
    if (enterprise.ok && v.value.enterpriseId !== enterprise.value.id) {
      const issue = {
        code: 'custom',
        path: ['enterpriseId'],
        message: 'err.foreign_asset',
        input: v.value.enterpriseId
      } as RecordIssue;
      return (invalidAssets.push(invalid(a, 'title', [issue])), []);
    }
    return [v.value];
  });
  if (!enterprise.ok)
    return {
      ok: false,
      invalidEnterprise: invalid(input.enterprise, 'name', enterprise.issues),
      invalidAssets
    };
  const result = assess({
    asOf: input.asOf,
    enterprise: enterprise.value,
    assets,
    ...(input.options ? { options: input.options } : {})
  });
  return { ok: true, result, invalidAssets };
}
