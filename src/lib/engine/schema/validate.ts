/**
 * Validation in one path. A record is valid when its schema accepts it and its dates do not lie after `asOf`
 * (a founding or grant date in the future is a typo). The forms (with today), the storage layer (with today, before
 * every write), the assessment input (with its asOf) and the reading of stored records all call these functions,
 * so a record the form accepts is one the database stores and the engine assesses.
 */
import type { z } from 'zod';
import { AssetSchema, type Asset } from './asset';
import { isIsoDate } from '../dates';
import { futureDateIssues } from './common';
import { safeParseFast } from './fast-parse';
import { EnterpriseSchema, type Enterprise } from './enterprise';

/** One problem of a record: its path is relative to the record ('financials.revenueWan', not 'enterprise.…'). */
export type RecordIssue = z.core.$ZodIssue;

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

function stringField(record: unknown, key: string): string | undefined {
  const v =
    typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The dates of an enterprise that cannot lie after `asOf`. */
export function enterpriseDateIssues(record: unknown, asOf: string): RecordIssue[] {
  return futureDateIssues(
    [{ path: ['foundedOn'], value: stringField(record, 'foundedOn') }],
    asOf
  ) as RecordIssue[];
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
  // The common case, no date after asOf, without building the list `futureDateIssues` takes (every asset, every
  // assessment). Same rule: an ISO date string that sorts after asOf.
  let late = false;
  for (const k of ASSET_DATES) {
    const v = stringField(record, k);
    if (v !== undefined && v > asOf && isIsoDate(v)) late = true;
  }
  if (!late) return [];
  return futureDateIssues(
    ASSET_DATES.map((k) => ({ path: [k], value: stringField(record, k) })),
    asOf
  ) as RecordIssue[];
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
