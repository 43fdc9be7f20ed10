/** The meta table: small facts about this device's data, typed by key. */
import type { ZhirongDB } from './database';

/** Known meta keys and the type of their value. */
export interface MetaValues {
  /** ISO timestamp of the last backup the user exported. */
  lastBackupAt: string;
  /** When persistent storage was requested and whether the browser granted it. */
  persistAsked: { at: string; granted: boolean };
}

/** Reads a meta value; undefined when never written. */
export async function getMeta<K extends keyof MetaValues>(
  db: ZhirongDB,
  key: K
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

/** Writes a meta value. */
export async function setMeta<K extends keyof MetaValues>(
  db: ZhirongDB,
  key: K,
  value: MetaValues[K]
): Promise<void> {
  await db.meta.put({ key, value });
}

/** ISO timestamp of the last exported backup, or undefined (liveQuery-friendly, for a "back up now" reminder). */
export function getLastBackupAt(db: ZhirongDB): Promise<string | undefined> {
  return getMeta(db, 'lastBackupAt');
}
