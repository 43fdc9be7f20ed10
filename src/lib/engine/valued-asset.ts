/**
 * One valued asset, the single shape readiness and financing read: the stored asset as parsed, its legal term, its
 * eligibility to be pledged, its reconciled value and pledge rate, the products it serves. Built once per asset by
 * `assess()` (asset-lines.ts `valuedView`; kept in the memo while the asset is unchanged), never changed after.
 */
import type { Eligibility } from './eligibility';
import type { LegalTerm } from './legal-term';
import type { Range } from './policy/types';
import type { RevenueInput } from './readiness/action-types';
import type { Asset } from './schema/asset';

export interface ValuedAsset {
  asset: Asset;
  term: LegalTerm;
  eligibility: Eligibility;
  /** Reconciled value range; null when no approach gave one. */
  value: Range | null;
  pledgeRate: number;
  /** The products it serves (`ProductRef.key`). */
  productKeys: readonly string[];
  /** No value for want of revenue: where the owner enters it; null when it has a value or cannot get one. */
  revenueInput: RevenueInput | null;
}
