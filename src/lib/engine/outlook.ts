/**
 * What the valuation leads to: first-loan readiness, the financing modes side by side with their
 * subsidies, the place's risk-sharing schemes and the insurance products. Built by `assess()` from the parsed input
 * and the valued assets; pure.
 */
import { isPatentType } from './schema/asset-type';
import type { ParsedAssessmentInput } from './schema/input';
import type { Bundle, ProductsSummary } from './valuation';
import { deriveAsset, readinessOf, type DerivedAsset, type Readiness } from './readiness';
import type { ValuedAsset } from './valued-asset';
import { READINESS_POLICY } from './policy/readiness';
import { cheapestFitting, financingModes, lprFigure, type FinancingMode, type Figure } from './finance/modes';
import { insuranceOptions, riskSharing, type InsuranceOption, type RiskSharing } from './finance/risk';
import { appliedSubsidies, rulesForPlace } from './finance/subsidy';
import type { SubsidyEntry } from './policy/subsidies';
import { FINANCING_POLICY_VERSION } from './policy/financing';
import { PLEDGE_INSURANCE_PREMIUM } from './policy/risk-insurance';
import { monthsOfYears } from './dates';
import { fenToWan } from './money';

export interface Financing {
  policyVersion: string;
  /** 1-year LPR at asOf, with its source and date. */
  lpr: Figure;
  /** Bank pledge loan, loan-mode ABS, patent sublicense ABS, factoring, in that order. */
  modes: FinancingMode[];
  /** The fitting mode with the lowest all-in rate (subsidies counted), or null. */
  cheapest: FinancingMode['id'] | null;
  /** Every subsidy rule of the enterprise's place (the policy screen lists them with their status per mode). */
  placeRules: SubsidyEntry[];
  /** The rules counted in at least one mode's cost, each once (what the summary cites as applied). */
  appliedSubsidies: SubsidyEntry[];
  riskSharing: RiskSharing[];
  insurance: InsuranceOption[];
}

export interface Outlook {
  readiness: Readiness;
  financing: Financing;
}

// What readiness derives from one valued asset, kept per asset: assess() builds the valued assets (and keeps them in
// its memo while an asset is unchanged) and never changes them, so an unchanged asset is not derived again.
const derivedAssets = new WeakMap<ValuedAsset, DerivedAsset>();

function derived(a: ValuedAsset): DerivedAsset {
  let d = derivedAssets.get(a);
  if (d === undefined) {
    d = deriveAsset(a);
    derivedAssets.set(a, d);
  }
  return d;
}

export function outlook(
  input: Pick<ParsedAssessmentInput, 'asOf' | 'enterprise' | 'options'>,
  assets: readonly ValuedAsset[],
  bundle: Bundle,
  products: ProductsSummary
): Outlook {
  const e = input.enterprise;
  const productRevenue = new Map<string, number>();
  for (const p of products.products) if (p.revenueWan !== null) productRevenue.set(p.key, p.revenueWan);
  const readiness = readinessOf(
    {
      asOf: input.asOf,
      enterprise: e,
      assets,
      productRevenue,
      loanTenorYears: input.options.loanTenorYears,
      amountWantedWan: e.scenario.amountWantedWan ?? null,
      synergyFactor: bundle.synergy.factor,
      documentsReady: e.documentsReady
    },
    READINESS_POLICY,
    derived
  );
  // The sublicense route grants the originator an exclusive licence: a patent already licensed exclusively or
  // solely to someone else cannot be part of it.
  const licensedOut = new Set(
    assets
      .filter((a) => a.asset.licence.kind === 'exclusive' || a.asset.licence.kind === 'sole')
      .map((a) => a.asset.id)
  );
  const sublicensable = bundle.lines.filter(
    (l) => l.zeroBecause === null && isPatentType(l.type) && l.type !== 'design'
  );
  const patentValueWan = sublicensable
    .filter((l) => !licensedOut.has(l.assetId))
    .reduce((s, l) => s + (l.valueWan ?? 0), 0);
  const modes = financingModes({
    asOf: input.asOf,
    province: e.province,
    city: e.city,
    indicativeLoanWan: readiness.loanRange.baseWan,
    amountLimitedBy: readiness.loanRange.limitedBy,
    appraisedWan: bundle.bundleValueWan,
    patentValueWan,
    patentsLicensedOut: sublicensable.filter((l) => licensedOut.has(l.assetId)).length,
    amountWantedWan: e.scenario.amountWantedWan ?? null,
    tenorMonths: Math.max(1, monthsOfYears(input.options.loanTenorYears)),
    readinessBlocked: readiness.blocked,
    revenueWan: e.financials.revenueWan ?? null,
    settings: e.financingSettings
  });
  const bank = modes[0] as FinancingMode;
  const bankSettings = e.financingSettings.bank ?? {};
  return {
    readiness,
    financing: {
      policyVersion: FINANCING_POLICY_VERSION,
      lpr: lprFigure(input.asOf),
      modes,
      cheapest: cheapestFitting(modes)?.id ?? null,
      placeRules: rulesForPlace(e.province, e.city),
      appliedSubsidies: appliedSubsidies(modes),
      riskSharing: riskSharing(e.province, e.city, fenToWan(bank.amount)),
      insurance: insuranceOptions(
        bankSettings.insurance ?? false,
        bankSettings.premiumRate ?? PLEDGE_INSURANCE_PREMIUM.value.base,
        bank.amount
      )
    }
  };
}
