import { AssetSchema, type Asset, type AssetInput } from '$lib/engine/schema/asset';
import { EnterpriseSchema, type EnterpriseInput } from '$lib/engine/schema/enterprise';
import { assetDateIssues, enterpriseDateIssues } from '$lib/engine/schema/input';
import { fieldErrors, type IssueLike, type MessageRef } from '$lib/i18n/issue';

/** Ids and timestamps are the repository's to set: a new record validates with placeholders. */
function stamped<T extends { id: string; createdAt: string; updatedAt: string }>(r: T): T {
  return { ...r, id: r.id || 'new', createdAt: r.createdAt || 'new', updatedAt: r.updatedAt || 'new' };
}

/** All problems of an enterprise record as typed, by field path; empty when it can be saved. */
export function enterpriseErrors(input: EnterpriseInput, today: string): Record<string, MessageRef> {
  const r = EnterpriseSchema.safeParse(stamped(input));
  const issues: IssueLike[] = [
    ...(r.success ? [] : r.error.issues),
    ...enterpriseDateIssues(input, today).map((i) => ({ ...i, path: i.path.slice(1) }))
  ];
  return fieldErrors(issues);
}

/** All problems of an asset record as typed, by field path; empty when it can be saved. */
export function assetErrors(input: AssetInput, today: string): Record<string, MessageRef> {
  const r = AssetSchema.safeParse(stamped(input));
  const issues: IssueLike[] = [...(r.success ? [] : r.error.issues), ...assetDateIssues(input, today)];
  return fieldErrors(issues);
}

/** The asset as the engine will see it, or null while the form has errors. */
export function parsedAsset(input: AssetInput, today: string): Asset | null {
  const r = AssetSchema.safeParse(stamped(input));
  return r.success && assetDateIssues(input, today).length === 0 ? r.data : null;
}
