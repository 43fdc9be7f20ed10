/** Backup export and import. Parsing and validation of a file are in backup-parse.ts. */
import { localDate } from '$lib/clock';
import type { Asset, Enterprise } from '$lib/engine';
import type { ZhirongDB } from './database';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  type BackupData,
  type BackupScope
} from './backup-format';
import { RecordNotFoundError } from './errors';
import { setMeta } from './meta';

export {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  MAX_BACKUP_ERRORS,
  migrateBackupFormat
} from './backup-format';

/** Everything on this device, or (with `enterpriseId`) one enterprise and its assets, as a backup object. */
export function buildBackup(
  db: ZhirongDB,
  opts: { enterpriseId?: string },
  nowIso: string
): Promise<BackupData> {
  return db.transaction('r', db.enterprises, db.assets, async () => {
    const scope: BackupScope = opts.enterpriseId === undefined ? 'all' : 'enterprise';
    const { enterprises, assets } =
      opts.enterpriseId === undefined ? await readAll(db) : await readOne(db, opts.enterpriseId);
    return {
      app: BACKUP_APP,
      kind: BACKUP_KIND,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: nowIso,
      scope,
      enterprises,
      assets
    };
  });
}

async function readAll(db: ZhirongDB) {
  return { enterprises: await db.enterprises.toArray(), assets: await db.assets.toArray() };
}

async function readOne(db: ZhirongDB, id: string) {
  const enterprise = await db.enterprises.get(id);
  if (!enterprise) throw new RecordNotFoundError('enterprises', id);
  return { enterprises: [enterprise], assets: await db.assets.where('enterpriseId').equals(id).toArray() };
}

/** The backup as the text of a .json file (indented, so a person can read it). */
export function backupToJson(data: BackupData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/**
 * File name of a backup: 'zhirong-backup-2026-11-21.json', or 'zhirong-backup-<name>-2026-11-21.json' for one
 * enterprise. The date is `nowIso`'s date in the device's time zone (the user's calendar, not UTC's).
 */
export function backupFileName(scope: BackupScope, name: string | undefined, nowIso: string): string {
  const date = localDate(nowIso);
  const label = scope === 'enterprise' && name ? fileSafe(name) : '';
  return label ? `zhirong-backup-${label}-${date}.json` : `zhirong-backup-${date}.json`;
}

/** Drops characters Windows, macOS or Android refuse in file names; spaces become '-'; at most 40 characters. */
function fileSafe(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not contain
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^\.+/, '');
  return Array.from(cleaned).slice(0, 40).join('');
}

/** Records that the user exported a backup now (call after the file was actually saved or shared). */
export function markBackedUp(db: ZhirongDB, nowIso: string): Promise<void> {
  return setMeta(db, 'lastBackupAt', nowIso);
}

/** How many records an import added and how many it replaced (same id already on this device). */
export interface ImportResult {
  enterprises: { added: number; replaced: number };
  assets: { added: number; replaced: number };
}

/** What an import will do, read before it runs: the enterprises it replaces (by name) and adds, and asset counts. */
export interface ImportPreview {
  /** Enterprises on this device that the file's version replaces: `name` as stored now, `newName` in the file. */
  replace: { id: string; name: string; newName: string }[];
  /** Enterprises that are new to this device. */
  add: { id: string; name: string }[];
  assets: { added: number; replaced: number };
}

/** What an import changed, to undo it with undoImport: the records it replaced as they were, and the ids it added. */
export interface ImportUndo {
  enterprises: { before: Enterprise[]; addedIds: string[] };
  assets: { before: Asset[]; addedIds: string[] };
}

/** Lists, without writing, which enterprises and how many assets an import of `data` would replace and add. */
export function previewImport(db: ZhirongDB, data: BackupData): Promise<ImportPreview> {
  return db.transaction('r', db.enterprises, db.assets, async () => {
    const current = await db.enterprises.bulkGet(data.enterprises.map((e) => e.id));
    const replace: ImportPreview['replace'] = [];
    const add: ImportPreview['add'] = [];
    data.enterprises.forEach((e, i) => {
      const old = current[i];
      if (old) replace.push({ id: e.id, name: old.name, newName: e.name });
      else add.push({ id: e.id, name: e.name });
    });
    const assets = await db.assets.bulkGet(data.assets.map((a) => a.id));
    const replaced = assets.filter((a) => a !== undefined).length;
    return { replace, add, assets: { added: data.assets.length - replaced, replaced } };
  });
}

/**
 * Writes a parsed backup (from parseBackup) in one read-write transaction, upserting by id. On any error the
 * transaction aborts and nothing is written. Records on this device that the file does not mention are kept.
 * Returns the counts and `undo`: what undoImport needs to put the device back as it was before.
 */
export function importBackup(db: ZhirongDB, data: BackupData): Promise<ImportResult & { undo: ImportUndo }> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const enterprises = await upsertAll(db.enterprises, data.enterprises);
    const assets = await upsertAll(db.assets, data.assets);
    return {
      enterprises: enterprises.counts,
      assets: assets.counts,
      undo: { enterprises: enterprises.undo, assets: assets.undo }
    };
  });
}

/**
 * Undoes an import in one transaction: removes the records it added and puts back the ones it replaced, exactly as
 * they were. Records the file did not mention were never touched and stay as they are.
 */
export function undoImport(db: ZhirongDB, undo: ImportUndo): Promise<void> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    await db.assets.bulkDelete(undo.assets.addedIds);
    await db.enterprises.bulkDelete(undo.enterprises.addedIds);
    await db.enterprises.bulkPut(undo.enterprises.before);
    await db.assets.bulkPut(undo.assets.before);
  });
}

type UpsertTable<T> = {
  bulkGet(keys: string[]): PromiseLike<(T | undefined)[]>;
  bulkPut(items: readonly T[]): PromiseLike<unknown>;
};

async function upsertAll<T extends { id: string }>(
  table: UpsertTable<T>,
  records: T[]
): Promise<{ counts: { added: number; replaced: number }; undo: { before: T[]; addedIds: string[] } }> {
  const existing = await table.bulkGet(records.map((r) => r.id));
  const before = existing.filter((r): r is T => r !== undefined);
  const addedIds = records.filter((_, i) => existing[i] === undefined).map((r) => r.id);
  await table.bulkPut(records);
  return { counts: { added: addedIds.length, replaced: before.length }, undo: { before, addedIds } };
}
