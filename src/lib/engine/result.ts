/** What `assess()` returns: one line per asset, the bundle, the assumptions, readiness and financing. */
import type { Eligibility } from './eligibility';
import type { LegalTerm } from './legal-term';
import type { Financing } from './outlook';
import type { Readiness } from './readiness';
import type { AssetType } from './schema/asset-type';
import type { TornadoBar } from './tornado';
import type { AssetValuation, Assumption, Bundle, InheritedParams, ProductsSummary } from './valuation';

export interface AssetResult {
  assetId: string;
  type: AssetType;
  term: LegalTerm;
  /** Approaches, reconciled range, remaining life, quality index, sensitivity. */
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
  /**
   * The products the rights serve, each once with its revenue and how its royalty is shared, and whether their
   * revenues add up to more than the enterprise's.
   */
  products: ProductsSummary;
  /** First-loan readiness: blockers, score and grade, ranked actions, documents, indicative amount. */
  readiness: Readiness;
  /** The financing modes side by side with subsidies, risk sharing and insurance. */
  financing: Financing;
}
