/**
 * What `assess` and `assessStored` share: the records the engine validated itself (never handed to a caller, never
 * changed, so each is its own copy and is matched by identity), and how a raw record's fields are read.
 */

/** Records validated by `assessStored`, kept in its memo: never handed to a caller, never changed. */
export const owned = new WeakSet<object>();

export function field(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
}

export function idOf(a: unknown): string | null {
  const id = field(a, 'id');
  return typeof id === 'string' ? id : null;
}
