import { assessStored, type AssessmentResult, type AssetType } from '$lib/engine';
import { fieldErrors, type MessageRef } from '$lib/i18n/issue';
import { ZodError } from 'zod';

/** A stored asset the current schema refuses, with its messages by field path: its row or card shows them. */
export interface InvalidAssetView {
  id: string;
  title: string;
  type: AssetType | null;
  errors: Record<string, MessageRef>;
}

export type AssessmentOutcome =
  | { ok: true; result: AssessmentResult; invalidAssets: InvalidAssetView[] }
  | { ok: false; errors: Record<string, MessageRef>; invalidAssets: InvalidAssetView[] };

/**
 * Runs the engine on stored records (which an older schema may have accepted): the valid assets are assessed, an
 * invalid one comes back with its own messages; only an invalid enterprise (or invalid options) fails the whole
 * assessment, as messages, never as a thrown error. The loan tenor comes from the enterprise's stored scenario
 * unless `options` say otherwise.
 */
export function runAssessment(
  enterprise: unknown,
  assets: readonly unknown[],
  asOf: string,
  options?: { loanTenorYears?: number }
): AssessmentOutcome {
  try {
    const r = assessStored({ asOf, enterprise, assets, ...(options ? { options } : {}) });
    const invalidAssets = r.invalidAssets.map((a) => ({
      id: a.id,
      title: a.label,
      type: a.type,
      errors: fieldErrors(a.issues)
    }));
    return r.ok
      ? { ok: true, result: r.result, invalidAssets }
      : { ok: false, errors: fieldErrors(r.invalidEnterprise.issues), invalidAssets };
  } catch (err) {
    if (err instanceof ZodError) return { ok: false, errors: fieldErrors(err.issues), invalidAssets: [] };
    throw err;
  }
}
