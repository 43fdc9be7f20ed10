/**
 * Whether the browser keeps this app's storage when space runs low (the Storage API's "persistent" mode), and asking
 * for it. The backup screen shows the answer (src/lib/ui/PersistenceStatus.svelte); the first save asks once by itself
 * (src/lib/db/persist.ts).
 */

/** Whether the browser keeps this app's storage under pressure: asked, refused, or no such setting here. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

type StorageApi = Pick<StorageManager, 'persist' | 'persisted'> | undefined;

/** The browser's current answer, without asking (navigator.storage.persisted()). */
export async function persistence(storage: StorageApi = globalThis.navigator?.storage): Promise<Persistence> {
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  return (await storage.persisted().catch(() => false)) ? 'persisted' : 'not-persisted';
}

/** Asks the browser to keep the storage (navigator.storage.persist(); Firefox asks the user) and returns its answer. */
export async function askPersistence(
  storage: StorageApi = globalThis.navigator?.storage
): Promise<Persistence> {
  if (typeof storage?.persist !== 'function') return 'unsupported';
  return (await storage.persist().catch(() => false)) ? 'persisted' : 'not-persisted';
}
