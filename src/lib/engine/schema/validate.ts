/**
 * Validation in one path. A record is valid when its schema accepts it and its dates do not lie after `asOf`
 * (a founding or grant date in the future is a typo). The forms (with today), the storage layer (with today, before
 * every write), the assessment input (with its asOf) and the reading of stored records all call these functions,
 * so a record the form accepts is one the database stores and the engine assesses.
 */
import type { z } from 'zod';
import { AssetSchema, type Asset } from './asset';
import { futureDateIssues } from './common';
import { safeParseFast } from './fast-parse';
import { EnterpriseSchema, type Enterprise } from './enterprise';

/** One problem of a record: its path is relative to the record ('financials.revenueWan', not 'enterprise.…'). */
export type RecordIssue = z.core.$ZodIssue;

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

const ENTERPRISE_DATES = ['foundedOn'] as const;

/** The dates of an enterprise that cannot lie after `asOf`. */
export function enterpriseDateIssues(record: unknown, asOf: string): RecordIssue[] {
  return futureDateIssues(record, ENTERPRISE_DATES, asOf) as RecordIssue[];
}

export const ASSET_DATES = [
  'filingDate',
  'grantDate',
  'firstPublicationDate',
  'creationDate',
  'acquiredOn'
] as const;

/** Filing, grant, publication, creation and acquisition dates cannot lie after `asOf`. */
export function assetDateIssues(record: unknown, asOf: string): RecordIssue[] {
  return futureDateIssues(record, ASSET_DATES, asOf) as RecordIssue[];
}

function validate<T>(
  schema: z.ZodType<T>,
  dateIssues: (record: unknown, asOf: string) => RecordIssue[],
  record: unknown,
  asOf: string
): Validated<T> {
  const parsed = safeParseFast(schema, record);
  // The date rule runs on the raw fields too, so a form shows every problem at once.
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...dateIssues(record, asOf)];
  if (parsed.success && issues.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, issues };
}

/** An enterprise record (with id and timestamps) as stored, or every issue with a record-relative path. */
export function validateEnterprise(record: unknown, asOf: string): Validated<Enterprise> {
  return validate(EnterpriseSchema, enterpriseDateIssues, record, asOf);
}

/** An asset record (with id and timestamps) as stored, or every issue with a record-relative path. */
export function validateAsset(record: unknown, asOf: string): Validated<Asset> {
  return validate(AssetSchema, assetDateIssues, record, asOf);
}
