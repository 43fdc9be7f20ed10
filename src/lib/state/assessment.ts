import { assess, type AssessmentResult } from '$lib/engine';
import type { Asset } from '$lib/engine/schema/asset';
import type { Enterprise } from '$lib/engine/schema/enterprise';
import { fieldErrors, type MessageRef } from '$lib/i18n/issue';
import { ZodError } from 'zod';

export type AssessmentOutcome =
  { ok: true; result: AssessmentResult } | { ok: false; errors: Record<string, MessageRef> };

/** Runs the engine on stored records; an invalid input comes back as messages, never as a thrown error. */
export function runAssessment(
  enterprise: Enterprise,
  assets: Asset[],
  asOf: string,
  options: { loanTenorYears?: number } = {}
): AssessmentOutcome {
  try {
    return { ok: true, result: assess({ asOf, enterprise, assets, options }) };
  } catch (err) {
    if (err instanceof ZodError) return { ok: false, errors: fieldErrors(err.issues) };
    throw err;
  }
}
