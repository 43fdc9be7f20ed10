/** Errors the storage layer throws on purpose; the UI tells them apart with `instanceof` or `name`. */
import type { z } from 'zod';

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
