/**
 * The storage layer. The database is created on first use only, so prerendering never touches IndexedDB.
 * Repository functions take the database as their first argument: wrap them in Dexie's `liveQuery` in the UI,
 * e.g. `liveQuery(() => listEnterprises(getDb()))`.
 */
import { DB_NAME, ZhirongDB } from './database';

let instance: ZhirongDB | undefined;

/** The app's database, created on first call. */
export function getDb(): ZhirongDB {
  instance ??= new ZhirongDB(DB_NAME);
  return instance;
}

/** A separate database with the given name (tests, tools); the caller closes it. */
export function createDb(name: string): ZhirongDB {
  return new ZhirongDB(name);
}

export { ZhirongDB, DB_NAME, DB_VERSION, type ConnectionEvent, type MetaRow } from './database';
export * from './errors';
export * from './meta';
export * from './repo';
export * from './backup';
export { parseBackup } from './backup-parse';
export { decodeBackupBytes, type DecodeResult } from './backup-decode';
export type { BackupData, BackupError, BackupScope, ParseBackupResult } from './backup-format';
export { requestPersistenceOnce, type PersistOutcome } from './persist';
