/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import type { Eligibility } from './eligibility';
import { legalTerm, type LegalTerm } from './legal-term';
import { z } from 'zod';
import { ASSET_TYPES as ASSET_TYPES_LIST, type AssetType } from './schema/asset-type';
import type { Asset } from './schema/asset';
import {
  AssessmentInputSchema,
  type AssessmentInput,
  type AssessmentOptions,
  type ParsedAssessmentInput
} from './schema/input';
import { validateAsset, validateEnterprise, type RecordIssue } from './schema/validate';
import { tornadoBars, type TornadoBar } from './tornado';
import { outlook, type Financing, type ValuedAssetView } from './outlook';
import type { Readiness } from './readiness';
import { VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
import {
  combine,
  valueOneAsset,
  type AssetValued,
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
export { inForce, isInForce, regionChain } from './policy/types';
export type { PolicyEntry, Region } from './policy/types';
export { INCOME_TAX, LPR_1Y } from './policy/rates';
export type { TaxRegime } from './policy/rates';
export * from './money';

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

// First-loan readiness (issue 8): the result's `readiness`, and its policy data.
export { assessReadiness } from './readiness';
export type {
  ActionCode,
  Blocker,
  DimensionResult,
  DocumentItem,
  EnterpriseBlockerCode,
  Horizon,
  LoanRange,
  Readiness,
  ReadinessAction,
  ReadinessInput
} from './readiness';
export {
  DOCUMENT_IDS,
  READINESS_DIMENSIONS,
  READINESS_POLICY,
  READINESS_POLICY_VERSION
} from './policy/readiness';
export type { DocumentId, FirstLoanChannel, ReadinessDimension, ReadinessGrade } from './policy/readiness';

// Financing (issues 9 and 10): Excel's functions, schedules, all-in cost, the modes, subsidies, risk and insurance.
export { FinanceError, fv, ipmt, irr, npv, pmt, ppmt, xirr } from './finance/excel';
export type { PaymentTiming, XDate } from './finance/excel';
export { REPAYMENT_METHODS, repaymentSchedule } from './finance/schedule';
export type { LoanTerms, RepaymentMethod, ScheduleRow } from './finance/schedule';
export { allInCost } from './finance/cost';
export type { AllInCost, CashFlow, FlowKind } from './finance/cost';
export { cheapestFitting, financingModes } from './finance/modes';
export type { Figure, Fit, FitReason, FinancingInput, FinancingMode, IpHolder } from './finance/modes';
export { FinancingSettingsSchema } from './finance/settings';
export type { FinancingSettings } from './finance/settings';
export { rulesForPlace, subsidyLines } from './finance/subsidy';
export type { SubsidyLine, SubsidyPayment, SubsidyStatus } from './finance/subsidy';
export { insuranceOptions, riskSharing } from './finance/risk';
export type { InsuranceOption, RiskSharing } from './finance/risk';
export { FINANCING_POLICY, FINANCING_POLICY_VERSION, MODE_IDS } from './policy/financing';
export type { ModeId } from './policy/financing';
export { SUBSIDIES, SUBSIDY_PAYOUT_LAG_MONTHS } from './policy/subsidies';
export type { CostPart, SubsidyEntry, SubsidyRule } from './policy/subsidies';
export { INSURANCE, PLEDGE_INSURANCE_PREMIUM, RISK_SCHEMES } from './policy/risk-insurance';
export type { InsuranceId, InsuranceProduct, RiskParty, RiskScheme } from './policy/risk-insurance';
export type { Financing, Outlook } from './outlook';

/** Bumped when the shape or meaning of the result changes, so stored or printed results can say which engine. */
export const ENGINE_VERSION = '0.4.0';

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
  /** First-loan readiness: blockers, score and grade, ranked actions, documents, indicative amount (issue 8). */
  readiness: Readiness;
  /** The financing modes side by side with subsidies, risk sharing and insurance (issues 9 and 10). */
  financing: Financing;
}

/**
 * Memo of valued assets (issue 7, speed): per context (asOf, enterprise, options, as JSON), the parsed asset, its
 * term and its valuation, keyed by the asset's input JSON. An edit to one asset re-parses and re-values that asset
 * only. Results are shared between calls: treat them as read-only. Invisible otherwise: the same input gives the
 * same result with or without it.
 */
interface Memo {
  /** The asset's input as JSON: the memo is used only when the new input's JSON is the same string. */
  json: string;
  asset: Asset;
  term: LegalTerm;
  valued: AssetValued;
  /** The asset's line of the result, built once: an unchanged asset gives the same object (screens skip it). */
  result: AssetResult;
}
interface Context {
  key: string;
  parsed: Pick<ParsedAssessmentInput, 'asOf' | 'enterprise' | 'options'>;
  /** By asset id (a short key to hash), then checked by the JSON string. */
  assets: Map<string, Memo>;
}
const MAX_CONTEXTS = 4;
const MAX_ASSETS_PER_CONTEXT = 2000;
let contexts: Context[] = [];

/** Empties the memo (for benchmarks of the cold path, and tests). */
export function clearAssessCache(): void {
  contexts = [];
}

interface Keys {
  ctx: string;
  ids: string[];
  json: string[];
}

function keysOf(input: unknown): Keys | null {
  if (typeof input !== 'object' || input === null) return null;
  const i = input as Record<string, unknown>;
  if (!Array.isArray(i.assets) || i.assets.length > 500) return null;
  try {
    const ctx = JSON.stringify([i.asOf, i.enterprise, i.options]);
    const n = i.assets.length;
    const ids = new Array<string>(n);
    const json = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const a: unknown = i.assets[k];
      const s = JSON.stringify(a);
      if (typeof s !== 'string') return null;
      json[k] = s;
      ids[k] = typeof a === 'object' && a !== null ? String((a as { id?: unknown }).id) : '';
    }
    if (typeof ctx !== 'string') return null;
    return { ctx, ids, json };
  } catch {
    return null;
  }
}

function parseSome(input: AssessmentInput, indices: readonly number[]): ParsedAssessmentInput {
  const raw = input as unknown as Record<string, unknown> & { assets: unknown[] };
  const r = AssessmentInputSchema.safeParse({ ...raw, assets: indices.map((i) => raw.assets[i]) });
  if (r.success) return r.data;
  // Issue paths point into the full input: ['assets', j, …] → ['assets', indices[j], …].
  throw new z.ZodError(
    r.error.issues.map((issue) =>
      issue.path[0] === 'assets' && typeof issue.path[1] === 'number'
        ? { ...issue, path: ['assets', indices[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] }
        : issue
    )
  );
}

function memoised(
  input: AssessmentInput,
  keys: Keys
): Omit<AssessmentResult, 'engineVersion' | 'defaultsVersion'> {
  let ctx = contexts.find((c) => c.key === keys.ctx);
  const n = keys.json.length;
  const memos = new Array<Memo | undefined>(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = ctx?.assets.get(keys.ids[i] as string);
    if (m && m.json === keys.json[i]) memos[i] = m;
    else missing.push(i);
  }
  if (!ctx || missing.length > 0) {
    const parsed = parseSome(input, missing);
    if (!ctx) {
      ctx = { key: keys.ctx, parsed, assets: new Map() };
      contexts = [ctx, ...contexts].slice(0, MAX_CONTEXTS);
    }
    if (ctx.assets.size + missing.length > MAX_ASSETS_PER_CONTEXT) ctx.assets.clear();
    const { asOf, enterprise, options } = ctx.parsed;
    for (let j = 0; j < missing.length; j++) {
      const i = missing[j] as number;
      const asset = parsed.assets[j] as Asset;
      const term = legalTerm(asset, asOf);
      const valued = valueOneAsset(asset, term, enterprise, asOf, options.loanTenorYears);
      const memo: Memo = {
        json: keys.json[i] as string,
        asset,
        term,
        valued,
        result: assetResult(asset, term, valued)
      };
      ctx.assets.set(keys.ids[i] as string, memo);
      memos[i] = memo;
    }
  }
  const c = ctx;
  const all = memos as Memo[];
  const { bundle, assumptions } = combine(c.parsed, all);
  return {
    asOf: c.parsed.asOf,
    assets: all.map((m) => m.result),
    bundle,
    assumptions,
    ...outlook(c.parsed, all.map(view), bundle)
  };
}

function view(m: { asset: Asset; term: LegalTerm; valued: AssetValued }): ValuedAssetView {
  return {
    asset: m.asset,
    term: m.term,
    eligibility: m.valued.eligibility,
    value: m.valued.valuation.value,
    pledgeRate: m.valued.pledgeRate
  };
}

function assetResult(asset: Asset, term: LegalTerm, valued: AssetValued): AssetResult {
  const { entries: _e, entryKeys: _k, ...v } = valued;
  return { assetId: asset.id, type: asset.type, term, ...v, tornado: tornadoBars(v.valuation.sensitivity) };
}

/**
 * Assesses one enterprise and its IP at `input.asOf`. Throws a ZodError (with paths and i18n-key messages) when the
 * input is invalid: a bad input is an error with a message, never a NaN in a chart.
 */
export function assess(input: AssessmentInput): AssessmentResult {
  const keys = keysOf(input);
  if (keys) {
    return {
      engineVersion: ENGINE_VERSION,
      ...memoised(input, keys),
      defaultsVersion: VALUATION_DEFAULTS_VERSION
    };
  }
  const parsed = AssessmentInputSchema.parse(input);
  const valued = parsed.assets.map((asset) => {
    const term = legalTerm(asset, parsed.asOf);
    return {
      asset,
      term,
      valued: valueOneAsset(asset, term, parsed.enterprise, parsed.asOf, parsed.options.loanTenorYears)
    };
  });
  const { bundle, assumptions } = combine(parsed, valued);
  return {
    engineVersion: ENGINE_VERSION,
    asOf: parsed.asOf,
    assets: valued.map((m) => assetResult(m.asset, m.term, m.valued)),
    bundle,
    assumptions,
    ...outlook(parsed, valued.map(view), bundle),
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
