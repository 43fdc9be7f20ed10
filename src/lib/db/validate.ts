/**
 * Validation before any write: the current zod schemas plus the "no date in the future" rule, which needs today's
 * date from the caller (the engine never reads the clock).
 */
import type { z } from 'zod';
import { AssetSchema, type Asset } from '$lib/engine/schema/asset';
import { EnterpriseSchema, type Enterprise } from '$lib/engine/schema/enterprise';
import { assetDateIssues, enterpriseDateIssues } from '$lib/engine/schema/input';
import { ValidationError } from './errors';
import { withAssetDefaultsV2, withEnterpriseDefaultsV2 } from './migrations';

type Issue = z.core.$ZodIssue;

function stringField(record: unknown, key: string): string | undefined {
  const v =
    typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Parses an enterprise record (with id and timestamps) or throws a ValidationError with every issue. */
export function validEnterprise(record: unknown, today: string): Enterprise {
  const result = EnterpriseSchema.safeParse(record);
  // enterpriseDateIssues speaks of an assessment input: its paths start with 'enterprise'.
  const dateIssues: Issue[] = enterpriseDateIssues(
    { foundedOn: stringField(record, 'foundedOn') },
    today
  ).map((i) => ({ ...i, path: i.path.slice(1) }));
  if (!result.success) throw new ValidationError([...result.error.issues, ...dateIssues]);
  if (dateIssues.length > 0) throw new ValidationError(dateIssues);
  return withEnterpriseDefaultsV2(result.data);
}

const ASSET_DATES = ['filingDate', 'grantDate', 'firstPublicationDate', 'creationDate'] as const;

/** Parses an asset record (with id and timestamps) or throws a ValidationError with every issue. */
export function validAsset(record: unknown, today: string): Asset {
  const result = AssetSchema.safeParse(record);
  const dates = Object.fromEntries(ASSET_DATES.map((k) => [k, stringField(record, k)]));
  const dateIssues: Issue[] = assetDateIssues(dates, today);
  if (!result.success) throw new ValidationError([...result.error.issues, ...dateIssues]);
  if (dateIssues.length > 0) throw new ValidationError(dateIssues);
  return withAssetDefaultsV2(result.data);
}
