/**
 * Validation before any write: the engine's validateEnterprise / validateAsset (the current schemas plus the
 * "no date in the future" rule, which needs today's date from the caller: the engine never reads the clock).
 */
import { validateAsset, validateEnterprise, type Asset, type Enterprise } from '$lib/engine';
import { ValidationError } from './errors';
import { withAssetDefaultsV5, withEnterpriseDefaultsV5 } from './migrations';

/** Parses an enterprise record (with id and timestamps) or throws a ValidationError with every issue. */
export function validEnterprise(record: unknown, today: string): Enterprise {
  const r = validateEnterprise(record, today);
  if (!r.ok) throw new ValidationError(r.issues);
  return withEnterpriseDefaultsV5(r.value);
}

/** Parses an asset record (with id and timestamps) or throws a ValidationError with every issue. */
export function validAsset(record: unknown, today: string): Asset {
  const r = validateAsset(record, today);
  if (!r.ok) throw new ValidationError(r.issues);
  return withAssetDefaultsV5(r.value);
}
