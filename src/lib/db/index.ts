/**
 * The storage layer. The database is created on first use only, so prerendering never touches IndexedDB.
 * Repository functions take the database as their first argument: wrap them in Dexie's `liveQuery` in the UI,
 * e.g. `liveQuery(() => listEnterprises(getDb()))`.
 */
import { ZhirongDB } from './database';

export { getDb } from './instance';

/** A separate database with the given name (tests, tools); the caller closes it. */
export function createDb(name: string): ZhirongDB {
  return new ZhirongDB(name);
}

export { ZhirongDB, DB_NAME, DB_VERSION, type ConnectionEvent, type MetaRow } from './database';
export * from './errors';
export * from './meta';
export * from './repo';
export * from './backup';
// parseBackup (./backup-parse) is not re-exported: it brings the schema and zod, and the screens load it only to
// import a file (src/lib/state/data.ts imports it on demand).
export { decodeBackupBytes, type DecodeResult } from './backup-decode';
export type { BackupData, BackupError, BackupScope, ParseBackupResult } from './backup-format';
export { requestPersistenceOnce, type PersistOutcome } from './persist';
