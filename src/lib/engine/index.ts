/**
 * The engine: one pure function from one JSON value to everything the app shows.
 * No DOM, no storage, no clock (the date comes in as `asOf`). Screens and the PDF only render its result.
 */
import { clearAssessMemo } from './assess';
import { clearStoredMemo } from './stored';

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
export { AUTHOR_KINDS, HOLDER_KINDS, LEGAL_STATUSES, LICENCE_KINDS } from './schema/asset';
export type { AssetInput, HolderKind, LegalStatus } from './schema/asset';
export { INDUSTRIES, LOAN_KINDS, TAX_CREDIT_GRADES } from './schema/enterprise';
export type { EnterpriseInput, Industry, Loan, Product, TaxCreditGrade } from './schema/enterprise';

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
export { FEE_GRACE, legalTerm, termTone } from './legal-term';
export type { TermTone } from './legal-term';

// Valuation inputs a screen edits, and what each enterprise setting falls back to.
export { QUALITY_QUESTION_IDS, QUALITY_QUESTIONS } from './valuation/questions';
export type { Sourced } from './policy/types';
export { enterpriseSettingDefaults } from './setting-defaults';
export type { EnterpriseSettingDefaults } from './setting-defaults';

// The sensitivity as tornado bars, widest first (also in every AssetResult as `tornado`).
export { tornadoBars } from './tornado';
export type { TornadoBar } from './tornado';

// First-loan readiness (issue 8): the result's `readiness`, and its policy data.
export { assessReadiness } from './readiness';
export type {
  ActionCode,
  ActionTier,
  Blocker,
  BlockerEffect,
  Caution,
  CreditProfile,
  DimensionResult,
  DocumentItem,
  EnterpriseBlockerCode,
  Horizon,
  LoanLimit,
  LoanRange,
  Readiness,
  ReadinessAction,
  ReadinessInput,
  RevenueInput
} from './readiness';
export {
  DOCUMENT_IDS,
  READINESS_DIMENSIONS,
  READINESS_POLICY,
  READINESS_POLICY_VERSION
} from './policy/readiness';
export type {
  DocumentId,
  FirstLoanChannel,
  ReadinessDimension,
  ReadinessGrade,
  StartUpRoute
} from './policy/readiness';

// Financing (issues 9 and 10): Excel's functions, schedules, all-in cost, the modes, subsidies, risk and insurance.
export { FinanceError, fv, ipmt, irr, npv, pmt, ppmt, xirr } from './finance/excel';
export type { PaymentTiming, XDate } from './finance/excel';
export { REPAYMENT_METHODS, repaymentSchedule } from './finance/schedule';
export type { LoanTerms, RepaymentMethod, ScheduleRow } from './finance/schedule';
export { allInCost } from './finance/cost';
export type { AllInCost, CashFlow, FlowKind } from './finance/cost';
export { cheapestFitting, financingModes } from './finance/modes';
export type {
  Figure,
  FigureUnit,
  Fit,
  FitReason,
  FinancingInput,
  FinancingMode,
  IpHolder
} from './finance/modes';
export { FinancingSettingsSchema } from './finance/settings';
export type { FinancingSettings } from './finance/settings';
export { rulesForPlace, subsidyLines } from './finance/subsidy';
export type { FailedLimit, SubsidyLine, SubsidyPayment, SubsidyStatus } from './finance/subsidy';
export { insuranceOptions, riskSharing } from './finance/risk';
export type { InsuranceOption, RiskSharing } from './finance/risk';
export { FINANCING_POLICY, FINANCING_POLICY_VERSION, MODE_IDS } from './policy/financing';
export type { BankProductTerms, ModeId } from './policy/financing';
export { SUBSIDIES, SUBSIDY_PAYOUT_LAG_MONTHS, isUnconfirmed } from './policy/subsidies';
export type { CostPart, Recipient, SubsidyCaps, SubsidyEntry, SubsidyRule } from './policy/subsidies';
// The documents every source cites (policy/documents.ts): shown by kind, issuer, title, number and date.
export { SOURCE_DOCUMENTS } from './policy/documents';
export type { DocumentKind, SourceDocument, SourceDocumentId, SourceDocumentPart } from './policy/documents';
export { INSURANCE, PLEDGE_INSURANCE_PREMIUM, RISK_SCHEMES } from './policy/risk-insurance';
export type { InsuranceId, InsuranceProduct, RiskParty, RiskScheme } from './policy/risk-insurance';
export type { Financing, Outlook } from './outlook';

// The assessment itself: assess() with its memo, assessStored() over stored records, and the result's types.
export { assess, ENGINE_VERSION } from './assess';
export { assessStored } from './stored';
export type { InvalidRecord, StoredAssessment } from './stored';
export type { AssetResult, AssessmentResult } from './result';

/** Empties the memos of `assess` and `assessStored` (for benchmarks of the cold path, and tests). */
export function clearAssessCache(): void {
  clearAssessMemo();
  clearStoredMemo();
}
