/**
 * The home screen's one read, straight from IndexedDB, without Dexie: the enterprise list (name, asset count, last
 * change) and when the data was last backed up. Dexie is a third of the first route's JavaScript; the home screen
 * only lists, so it reads with the browser's own API and Dexie loads when the owner acts (delete, undo) or opens
 * another screen.
 *
 * It reads only a database exactly as the newest code left it. It returns `null`, and the caller falls back to Dexie,
 * which migrates, when the stored database is of another version (an owner coming back after an update) or lacks a
 * store. It never creates, upgrades or writes anything: a device without the database gets an empty list and still
 * has no database afterwards. Read-only and closed at once, it holds no connection that could block another tab's
 * upgrade.
 */
import type { EnterpriseListItem } from './read';
import { DB_NAME, DB_VERSION } from './names';

/** What the home screen shows from storage. */
export interface HomeData {
  /** Most recently changed first, each with its asset count. */
  enterprises: EnterpriseListItem[];
  /** ISO time of the last exported backup; null when none was ever exported. */
  lastBackupAt: string | null;
}

/** An error named as Dexie names the same failure, so storageErrorMessage tells the owner the same thing. */
function named(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** Opens the database as it is, or resolves `undefined` when there is none (the creation is aborted). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let absent = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Opening without a version upgrades only a database that does not exist yet: abort, so none is created.
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (absent) {
        event.preventDefault();
        resolve(undefined);
      } else reject(request.error ?? named('OpenFailedError', `cannot open ${name}`));
    };
    request.onblocked = () => reject(named('OpenFailedError', `${name} is blocked`));
  });
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Counts records per index key with a key cursor (no record is read). */
function countByKey(index: IDBIndex): Promise<Map<IDBValidKey, number>> {
  return new Promise((resolve, reject) => {
    const counts = new Map<IDBValidKey, number>();
    const request = index.openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(counts);
      counts.set(cursor.key, (counts.get(cursor.key) ?? 0) + 1);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * The home screen's data, read in one read-only transaction; `null` when Dexie must read instead (see above).
 * Throws what the browser throws (no IndexedDB, storage refused), with Dexie's error names.
 */
export async function peekHome(
  factory: IDBFactory | null | undefined = globalThis.indexedDB,
  name: string = DB_NAME
): Promise<HomeData | null> {
  if (!factory) throw named('MissingAPIError', 'IndexedDB is not available');
  // Where the browser can list its databases, a device without ours opens nothing at all (opening one that does not
  // exist makes the browser create its store and delete it again on the abort, a long task on a slow phone).
  if (typeof factory.databases === 'function') {
    const names = await factory.databases().then(
      (list) => list.map((d) => d.name),
      () => undefined
    );
    if (names && !names.includes(name)) return { enterprises: [], lastBackupAt: null };
  }
  const db = await openExisting(factory, name);
  if (!db) return { enterprises: [], lastBackupAt: null };
  try {
    const stores = ['enterprises', 'assets', 'meta'];
    if (Math.ceil(db.version / 10) !== DB_VERSION || stores.some((s) => !db.objectStoreNames.contains(s)))
      return null;
    const tx = db.transaction(stores, 'readonly');
    const enterpriseStore = tx.objectStore('enterprises');
    const assetStore = tx.objectStore('assets');
    if (!enterpriseStore.indexNames.contains('updatedAt') || !assetStore.indexNames.contains('enterpriseId'))
      return null;
    const [enterprises, counts, backup] = await Promise.all([
      done(enterpriseStore.index('updatedAt').getAll()) as Promise<EnterpriseListItem[]>,
      countByKey(assetStore.index('enterpriseId')),
      done(tx.objectStore('meta').get('lastBackupAt')) as Promise<{ value?: unknown } | undefined>
    ]);
    return {
      // The index gives oldest first; the list shows the newest change first, as Dexie's reverse() does.
      enterprises: enterprises.reverse().map((e) => ({ ...e, assetCount: counts.get(e.id) ?? 0 })),
      lastBackupAt: typeof backup?.value === 'string' ? backup.value : null
    };
  } finally {
    db.close();
  }
}
