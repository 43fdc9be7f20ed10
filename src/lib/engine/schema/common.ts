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

export type DatePath = { path: (string | number)[]; value: string | undefined };

/** Issues for dates that lie after `asOf` (a founding date or a grant date in the future is a typo). */
export type CustomIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  input: unknown;
};

export function futureDateIssues(dates: DatePath[], asOf: string): CustomIssue[] {
  return dates
    .filter((d): d is { path: (string | number)[]; value: string } => !!d.value && isIsoDate(d.value))
    .filter((d) => compareDates(d.value, asOf) > 0)
    .map((d) => ({ code: 'custom' as const, path: d.path, message: 'errors.future_date', input: d.value }));
}
