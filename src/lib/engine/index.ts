/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import type { Eligibility } from './eligibility';
import { legalTerm, type LegalTerm } from './legal-term';
import { z } from 'zod';
import { ASSET_TYPES as ASSET_TYPES_LIST, type AssetType } from './schema/asset-type';
import { AssetSchema, type Asset } from './schema/asset';
import {
  AssessmentInputSchema,
  type AssessmentInput,
  type AssessmentOptions,
  type ParsedAssessmentInput
} from './schema/input';
import {
  assetDateIssues,
  validateAsset,
  validateEnterprise,
  type RecordIssue,
  type Validated
} from './schema/validate';
import { copyPlain, NOT_PLAIN, samePlain } from './same';
import type { Enterprise } from './schema/enterprise';
import { tornadoBars, type TornadoBar } from './tornado';
import { outlook, type Financing, type ValuedAssetView } from './outlook';
import type { Readiness } from './readiness';
import { VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
import {
  bundled,
  combine,
  valueOneAsset,
  type Bundled,
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
// The identifier check the schema runs (check digits, formats): also for the forms' own examples.
export { validateAssetIdentifier } from './identifiers';
export type { IdCheck, IdErrorCode } from './identifiers';

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
 * Memo of valued assets (issue 7, speed): per context (asOf, enterprise, options), the parsed asset, its term and
 * its valuation, by asset id. An edit to one asset re-parses and re-values that asset only.
 *
 * The invariant that keeps it invisible: an entry is used only when the new input is the same plain data as the
 * input that entry was computed from (`samePlain` against a private copy, `same.ts`). The engine is pure, so the
 * same data gives the same result; a caller that changes an input in place, or passes a new object with the same
 * content, is seen either way. The one exception to "a private copy" is a record the engine validated itself in
 * `assessStored` (`owned`): it is never handed to a caller and never changed, so it is its own copy and is matched
 * by identity. Results are shared between calls: treat them as read-only.
 */
interface Memo {
  /** The asset's input as this entry saw it: a private copy, or an owned record. */
  input: unknown;
  asset: Asset;
  term: LegalTerm;
  valued: AssetValued;
  /** The asset's line of the result, built once: an unchanged asset gives the same object (screens skip it). */
  result: AssetResult;
  /** Its part of the bundle and what readiness and financing read from it, built once too. */
  bundled: Bundled;
  view: ValuedAssetView;
}
interface Context {
  /** asOf, enterprise and options as this context saw them (private copies, or an owned enterprise). */
  asOf: unknown;
  enterprise: unknown;
  options: unknown;
  parsed: Pick<ParsedAssessmentInput, 'asOf' | 'enterprise' | 'options'>;
  assets: Map<string, Memo>;
}
const MAX_CONTEXTS = 4;
const MAX_ASSETS_PER_CONTEXT = 2000;
let contexts: Context[] = [];

/** Records validated by `assessStored`, kept in its memo: never handed to a caller, never changed. */
const owned = new WeakSet<object>();

function copyOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null && owned.has(v) ? v : copyPlain(v);
}

/** Empties the memos of `assess` and `assessStored` (for benchmarks of the cold path, and tests). */
export function clearAssessCache(): void {
  contexts = [];
  checkedAssets.clear();
  checkedEnterprises.clear();
}

type RawInput = Record<string, unknown> & { assets: unknown[] };

function memoisable(input: unknown): input is RawInput {
  if (typeof input !== 'object' || input === null) return false;
  const assets = (input as Record<string, unknown>).assets;
  return Array.isArray(assets) && assets.length <= 500;
}

function idOf(a: unknown): string | null {
  const id = field(a, 'id');
  return typeof id === 'string' ? id : null;
}

function parseSome(input: RawInput, indices: readonly number[]): ParsedAssessmentInput {
  const r = AssessmentInputSchema.safeParse({ ...input, assets: indices.map((i) => input.assets[i]) });
  if (r.success) return r.data;
  // Issue paths point into the full input: ['assets', j, …] → ['assets', indices[j], …]. ZodRealError is what
  // `parse` throws (an Error, with a stack).
  throw new z.ZodRealError(
    r.error.issues.map((issue) =>
      issue.path[0] === 'assets' && typeof issue.path[1] === 'number'
        ? { ...issue, path: ['assets', indices[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] }
        : issue
    )
  );
}

/**
 * The assets at `indices` parsed in a known context: each with the asset schema and the input schema's own checks
 * (dates not after asOf, the enterprise's own asset), which is what the whole input schema does to them once the
 * context parsed. Anything refused goes through `parseSome`, so errors are the input schema's, paths included.
 */
function parseInContext(input: RawInput, ctx: Context, indices: readonly number[]): Asset[] {
  const { asOf, enterprise } = ctx.parsed;
  const out: Asset[] = [];
  for (const i of indices) {
    const r = AssetSchema.safeParse(input.assets[i]);
    if (!r.success || r.data.enterpriseId !== enterprise.id || assetDateIssues(r.data, asOf).length > 0)
      return parseSome(input, indices).assets;
    out.push(r.data);
  }
  return out;
}

function memoised(input: RawInput): Omit<AssessmentResult, 'engineVersion' | 'defaultsVersion'> | null {
  let ctx = contexts.find(
    (c) =>
      samePlain(input.asOf, c.asOf) &&
      samePlain(input.enterprise, c.enterprise) &&
      samePlain(input.options, c.options)
  );
  const raw = input.assets;
  const n = raw.length;
  const memos = new Array<Memo | undefined>(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = raw[i];
    const id = ctx ? idOf(a) : null;
    const m = id === null ? undefined : ctx?.assets.get(id);
    if (m && samePlain(a, m.input)) memos[i] = m;
    else missing.push(i);
  }
  let assets: Asset[] = [];
  if (!ctx) {
    const copies = [copyPlain(input.asOf), copyOf(input.enterprise), copyPlain(input.options)];
    if (copies.includes(NOT_PLAIN)) return null;
    const parsed = parseSome(input, missing);
    assets = parsed.assets;
    ctx = { asOf: copies[0], enterprise: copies[1], options: copies[2], parsed, assets: new Map() };
    contexts = [ctx, ...contexts].slice(0, MAX_CONTEXTS);
  } else if (missing.length > 0) {
    assets = parseInContext(input, ctx, missing);
  }
  if (ctx.assets.size + missing.length > MAX_ASSETS_PER_CONTEXT) ctx.assets.clear();
  const { asOf, enterprise, options } = ctx.parsed;
  for (let j = 0; j < missing.length; j++) {
    const i = missing[j] as number;
    const asset = assets[j] as Asset;
    const term = legalTerm(asset, asOf);
    const valued = valueOneAsset(asset, term, enterprise, asOf, options.loanTenorYears);
    const memo: Memo = {
      input: null,
      asset,
      term,
      valued,
      result: assetResult(asset, term, valued),
      bundled: bundled(asset, valued),
      view: view({ asset, term, valued })
    };
    memos[i] = memo;
    const id = idOf(raw[i]);
    const copy = id === null ? NOT_PLAIN : copyOf(raw[i]);
    if (copy !== NOT_PLAIN) {
      memo.input = copy;
      ctx.assets.set(id as string, memo);
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
    ...outlook(
      c.parsed,
      all.map((m) => m.view),
      bundle
    )
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
  const memo = memoisable(input) ? memoised(input) : null;
  if (memo) return { engineVersion: ENGINE_VERSION, ...memo, defaultsVersion: VALUATION_DEFAULTS_VERSION };
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

/** A record's validation at asOf, with a private copy of the record it was computed from (the memo's invariant). */
interface Checked<T> {
  asOf: string;
  input: unknown;
  result: Validated<T>;
}
const MAX_CHECKED = 4000;
const checkedAssets = new Map<string, Checked<Asset>>();
const checkedEnterprises = new Map<string, Checked<Enterprise>>();

/**
 * `validate(record, asOf)`, reused while the record (found by its id) is the same data at the same asOf. A valid
 * record's value is the engine's own (`owned`): `assess` then matches it by identity instead of comparing it.
 */
function checkedOnce<T extends object>(
  memo: Map<string, Checked<T>>,
  record: unknown,
  asOf: string,
  validate: (record: unknown, asOf: string) => Validated<T>
): Validated<T> {
  const id = idOf(record);
  const m = id === null ? undefined : memo.get(id);
  if (m && m.asOf === asOf && samePlain(record, m.input)) return m.result;
  const result = validate(record, asOf);
  const copy = id === null ? NOT_PLAIN : copyPlain(record);
  if (copy !== NOT_PLAIN) {
    if (memo.size >= MAX_CHECKED) memo.clear();
    memo.set(id as string, { asOf, input: copy, result });
    if (result.ok) owned.add(result.value);
  }
  return result;
}

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
  const enterprise = checkedOnce(checkedEnterprises, input.enterprise, input.asOf, validateEnterprise);
  const assets = input.assets.flatMap((a) => {
    const v = checkedOnce(checkedAssets, a, input.asOf, validateAsset);
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
