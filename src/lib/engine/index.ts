/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
// The input, its records and the result's valuation types; policy figures the screens quote; money formatting.
export { AssessmentInputSchema } from './schema/input';
export type { AssessmentInput } from './schema/input';
export { EnterpriseSchema } from './schema/enterprise';
export type { Enterprise } from './schema/enterprise';
export { AssetSchema } from './schema/asset';
export type { Asset } from './schema/asset';
export type { LegalTerm, TermStatus } from './legal-term';
export { AssetValuationInputSchema, ValuationSettingsSchema } from './valuation';
export type * from './valuation';
export { VALUATION_DEFAULTS, VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
export { entryStatus, isInForce, type EntryStatus } from './policy/types';
export { INCOME_TAX, LPR_1Y } from './policy/rates';
export * from './money';

// ---------------------------------------------------------------------------------------------------------------
// The one public door. Screens, storage, forms, tests outside the engine and other programs import from
// '$lib/engine' only; eslint.config.js refuses deep imports. Grouped by what a caller needs.
// ---------------------------------------------------------------------------------------------------------------

// Record kinds and their choices (forms build selects from these).
export { ASSET_TYPES, isPatentType } from './schema/asset-type';
export type { AssetType } from './schema/asset-type';
export { AUTHOR_KINDS, HOLDER_KINDS, LEGAL_STATUSES, LICENCE_KINDS } from './schema/asset';
export type { AssetInput } from './schema/asset';
export { INDUSTRIES, LOAN_KINDS, TAX_CREDIT_GRADES } from './schema/enterprise';
export type { EnterpriseInput } from './schema/enterprise';

// Which fields each IP type has and needs: the asset form renders this table, the asset schema checks it.
export { ASSET_FIELDS, assetFieldNeeds, requiredFields } from './schema/asset-fields';

// Validation in one path: schema plus the no-future-date rule, issues with record-relative paths.
export { validateAsset, validateEnterprise } from './schema/validate';
// The identifier check the schema runs (check digits, formats): also for the forms' own examples.
export { validateAssetIdentifier } from './identifiers';

// The financing scenario stored with each enterprise (loan tenor, amount wanted, purpose).
export { DEFAULT_SCENARIO, LOAN_PURPOSES, ScenarioSchema } from './schema/scenario';
export type { ScenarioInput } from './schema/scenario';

// Calendar arithmetic the screens share with the engine: months between dates, a tenor in years as months.
export { monthsBetween, monthsOfYears } from './dates';

// A legal term on its own (the asset form previews it before saving), and the tone of its status.
export { legalTerm, termTone } from './legal-term';

// Valuation inputs a screen edits, and what each enterprise setting falls back to.
export { QUALITY_QUESTION_IDS, QUALITY_QUESTIONS } from './valuation/questions';
export { enterpriseSettingDefaults } from './setting-defaults';

// The sensitivity as tornado bars, widest first (every AssetResult carries them as `tornado`).
export type { TornadoBar } from './tornado';

// First-loan readiness: the result's `readiness`, and its policy data.
export type {
  Blocker,
  BlockersByEffect,
  Caution,
  EnterpriseBlockerCode,
  LoanRange,
  Readiness,
  ReadinessAction
} from './readiness';
export { DOCUMENT_IDS, READINESS_POLICY, READINESS_POLICY_VERSION } from './policy/readiness';
export type { DocumentId, ReadinessGrade } from './policy/readiness';

// Financing: repayment methods, all-in cost, the modes, settings, subsidies, risk sharing and insurance.
export { REPAYMENT_METHODS } from './finance/schedule';
export { allInCost } from './finance/cost';
export type { FlowKind } from './finance/cost';
export type { Figure, Fit, FitReason, FinancingMode, IpHolder } from './finance/modes';
export { FinancingSettingsSchema } from './finance/settings';
export type { FinancingSettings } from './finance/settings';
export type { FailedLimit, SubsidyLine, SubsidyStatus } from './finance/subsidy';
export { riskSharing } from './finance/risk';
export type { InsuranceOption, RiskSharing } from './finance/risk';
export { FINANCING_POLICY, FINANCING_POLICY_VERSION, MODE_IDS } from './policy/financing';
export type { BankProductTerms } from './policy/financing';
export { SUBSIDIES, SUBSIDY_PAYOUT_LAG_MONTHS, isUnconfirmed } from './policy/subsidies';
export type { CostPart, Recipient, SubsidyEntry } from './policy/subsidies';
// The documents every source cites (policy/documents.ts): shown by kind, issuer, title, number and date.
export { SOURCE_DOCUMENTS } from './policy/documents';
export type { DocumentKind } from './policy/documents';
export { INSURANCE, PLEDGE_INSURANCE_PREMIUM, RISK_SCHEMES } from './policy/risk-insurance';
export type { InsuranceProduct, RiskParty, RiskScheme } from './policy/risk-insurance';
export type { Financing } from './outlook';

// The assessment itself: assess(), assessStored() over stored records, their memo, and the result's types.
export { assess, ENGINE_VERSION } from './assess';
export { clearAssessCache } from './memo';
export { assessStored } from './stored';
export type { InvalidRecord } from './stored';
export type { AssetResult, AssessmentResult } from './result';
