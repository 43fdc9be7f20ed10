import './zod-config';
import { z } from 'zod';
import { compareDates, isIsoDate } from '../dates';

/**
 * Shared field schemas. Every error message is an i18n key (see src/lib/i18n/*.json, section "err"):
 * the engine never holds user-visible text, the shell translates.
 */

/** Upper bound for any amount in 万元: 1 trillion yuan. Anything larger is a typo, not a firm. */
export const MAX_WAN = 1e8;

export const isoDate = z.string({ error: 'errors.date' }).refine(isIsoDate, { error: 'errors.date' });

/** A non-negative amount in 万元, at most 4 decimals (one yuan). */
export const wan = z
  .number({ error: 'errors.number' })
  .min(0, { error: 'errors.min' })
  .max(MAX_WAN, { error: 'errors.max' });

/** An amount in 万元 that may be negative (net profit). */
export const signedWan = z
  .number({ error: 'errors.number' })
  .min(-MAX_WAN, { error: 'errors.min' })
  .max(MAX_WAN, { error: 'errors.max' });

export const shortText = (max: number) =>
  z.string({ error: 'errors.text' }).trim().max(max, { error: 'errors.too_long' });

export const requiredText = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.too_long' });

/** ISO timestamp written by the shell when it saves a record (the engine never reads the clock). */
export const timestamp = z.string().min(1);

/** Issues for dates that lie after `asOf` (a founding date or a grant date in the future is a typo). */
export type CustomIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  input: unknown;
};

/**
 * The fields `keys` of `record` holding an ISO date after `asOf`, as issues with the field as path, in `keys`' order.
 * Nothing is built for a record without such a date (every asset of every assessment goes through here).
 */
export function futureDateIssues(record: unknown, keys: readonly string[], asOf: string): CustomIssue[] {
  if (typeof record !== 'object' || record === null) return [];
  let issues: CustomIssue[] | null = null;
  for (const k of keys) {
    const v = (record as Record<string, unknown>)[k];
    if (typeof v !== 'string' || compareDates(v, asOf) <= 0 || !isIsoDate(v)) continue;
    (issues ??= []).push({ code: 'custom', path: [k], message: 'errors.future_date', input: v });
  }
  return issues ?? [];
}
