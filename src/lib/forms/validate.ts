import {
  validateAsset,
  validateEnterprise,
  type Asset,
  type AssetInput,
  type EnterpriseInput
} from '$lib/engine';
import { fieldErrors, type MessageRef } from '$lib/i18n/issue';

/** Ids and timestamps are the repository's to set: a new record validates with placeholders. */
function stamped<T extends { id: string; createdAt: string; updatedAt: string }>(r: T): T {
  return { ...r, id: r.id || 'new', createdAt: r.createdAt || 'new', updatedAt: r.updatedAt || 'new' };
}

/** All problems of an enterprise record as typed, by field path; empty when it can be saved. */
export function enterpriseErrors(input: EnterpriseInput, today: string): Record<string, MessageRef> {
  const r = validateEnterprise(stamped(input), today);
  return r.ok ? {} : fieldErrors(r.issues);
}

/** All problems of an asset record as typed, by field path; empty when it can be saved. */
export function assetErrors(input: AssetInput, today: string): Record<string, MessageRef> {
  const r = validateAsset(stamped(input), today);
  return r.ok ? {} : fieldErrors(r.issues);
}

/** The asset as the engine will see it, or null while the form has errors. */
export function parsedAsset(input: AssetInput, today: string): Asset | null {
  const r = validateAsset(stamped(input), today);
  return r.ok ? r.value : null;
}
