/** Errors the storage layer throws on purpose; the UI tells them apart with `instanceof` or `name`. */
import type { z } from 'zod';
import type { MessageRef } from '$lib/i18n/issue';

/** The input is invalid; nothing was written. `issues` carry paths and i18n-key messages, as zod's do. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`invalid input: ${issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
}

/**
 * A record the operation needs does not exist (e.g. saving an asset of a deleted enterprise). Not named
 * NotFoundError: Dexie rewraps errors whose name matches one of its own.
 */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly table: 'enterprises' | 'assets',
    readonly id: string
  ) {
    super(`${table} ${id} not found`);
  }
}

/** Names under which IndexedDB (or Dexie, rewrapping it) says the device's storage is full. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);
/** Names under which the browser refuses storage as a whole (WeChat's browser, private modes, no IndexedDB). */
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'SecurityError'
]);
/** Other IndexedDB and Dexie failures of one read or write: a disk error, an aborted or refused transaction. */
const REFUSED_NAMES = new Set([
  'UnknownError',
  'NotAllowedError',
  'NotReadableError',
  'AbortError',
  'DatabaseClosedError',
  'DataCloneError',
  'DataError',
  'ConstraintError',
  'ReadOnlyError',
  'TransactionInactiveError',
  'VersionError',
  'TimeoutError'
]);

/** The error and the errors it wraps (Dexie keeps the original as `inner`, standard errors as `cause`). */
function chain(err: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  let e = err;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    names.push(String((e as { name?: unknown }).name));
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return names;
}

/**
 * What to tell the user when storage failed: full ('app.error.quota', wherever it sits in the wrapped chain),
 * refused as a whole ('app.error.storageUnavailable'), or refused this once ('errors.storage_refused' with the error's
 * name); undefined for errors that are not about storage. Every write runs in a transaction, so in each case
 * nothing was written.
 */
export function storageErrorMessage(err: unknown): MessageRef | undefined {
  const names = chain(err);
  if (names.some((n) => QUOTA_NAMES.has(n))) return { key: 'app.error.quota' };
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) return { key: 'app.error.storageUnavailable' };
  const refused = names.find((n) => REFUSED_NAMES.has(n));
  return refused ? { key: 'errors.storage_refused', values: { name: refused } } : undefined;
}
