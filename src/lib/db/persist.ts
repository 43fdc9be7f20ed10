/** Asks the browser once to keep this app's storage (not to evict it under storage pressure). */
import type { ZhirongDB } from './database';
import { getMeta, setMeta } from './meta';

/** 'granted' / 'denied': asked now; 'already-asked': asked before, not again; 'unsupported': no API here. */
export type PersistOutcome = 'granted' | 'denied' | 'already-asked' | 'unsupported';

type PersistApi = { persist?: () => Promise<boolean> } | undefined;

const inFlight = new WeakMap<ZhirongDB, Promise<PersistOutcome>>();

/**
 * Calls `navigator.storage.persist()` the first time only (call it after the first save) and remembers in meta
 * that it asked. Harmless where the API is missing. `storage` is injectable for tests.
 */
export function requestPersistenceOnce(
  db: ZhirongDB,
  storage: PersistApi = globalThis.navigator?.storage
): Promise<PersistOutcome> {
  // Two saves in quick succession must not ask twice.
  const pending = inFlight.get(db) ?? askOnce(db, storage).finally(() => inFlight.delete(db));
  inFlight.set(db, pending);
  return pending;
}

async function askOnce(db: ZhirongDB, storage: PersistApi): Promise<PersistOutcome> {
  if (await getMeta(db, 'persistAsked')) return 'already-asked';
  if (typeof storage?.persist !== 'function') return 'unsupported';
  const granted = await storage.persist().catch(() => false);
  await setMeta(db, 'persistAsked', { at: new Date().toISOString(), granted });
  return granted ? 'granted' : 'denied';
}
