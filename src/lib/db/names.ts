/**
 * The database's name and newest version, without Dexie: the home screen's first read (./peek.ts) opens IndexedDB
 * itself and needs them, and must not load Dexie to learn them.
 */

/** Default IndexedDB name of the app's database. */
export const DB_NAME = 'zhirong-zice';

/** The newest version number declared in database.ts (Dexie stores version n as IndexedDB version n × 10). */
export const DB_VERSION = 5;
