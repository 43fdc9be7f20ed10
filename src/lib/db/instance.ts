/** The app's one database, created on first use, so importing this (or prerendering) never touches IndexedDB. */
import { DB_NAME, ZhirongDB } from './database';

let instance: ZhirongDB | undefined;

/** The app's database, created on first call. */
export function getDb(): ZhirongDB {
  instance ??= new ZhirongDB(DB_NAME);
  return instance;
}
