/** The backup file: a versioned JSON object. Older format versions are migrated by named functions. */
import type { Asset, Enterprise } from '$lib/engine';
import { withAssetDefaultsV5, withEnterpriseDefaultsV5 } from './migrations';

/** `app` of every backup this app writes. */
export const BACKUP_APP = 'zhirong-zice';
/** `kind` of a backup file (other kinds of export may follow). */
export const BACKUP_KIND = 'backup';
/**
 * The format version this code writes and the newest it reads. Format 2 (database version 5) carries each
 * enterprise's products and the credit officer's answers, and each asset's product links: an app that reads only
 * format 1 refuses such a file ("newer format") instead of importing it without them.
 */
export const BACKUP_FORMAT_VERSION = 2;
/** A file with more errors lists only the first ones. */
export const MAX_BACKUP_ERRORS = 50;

/** All data on this device, or one enterprise with its assets. */
export type BackupScope = 'all' | 'enterprise';

/** A backup file's content, current format. */
export interface BackupData {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  exportedAt: string;
  scope: BackupScope;
  enterprises: Enterprise[];
  assets: Asset[];
}

/** One problem in a backup file: where (`enterprises[0].creditCode`), an i18n key, and the key's parameters. */
export interface BackupError {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** parseBackup's answer: the data to import and its counts, or the errors (at most 50 of `errorCount`). */
export type ParseBackupResult =
  | { ok: true; data: BackupData; summary: { enterprises: number; assets: number } }
  | { ok: false; errors: BackupError[]; errorCount: number };

/** A JSON object as read from a file, before validation. */
export type RawBackup = Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Format 1 → 2: a file written before database version 5 gains what that version adds to stored records:
 * `products: []`, `controller: {}`, `court: {}` on each enterprise and `use.productIds: []` on each asset. Anything
 * that is not a record is left for the validation to report.
 */
export function migrateBackupV1toV2(raw: RawBackup): RawBackup {
  const each = (list: unknown, f: (r: Record<string, unknown>) => unknown) =>
    Array.isArray(list) ? list.map((r: unknown) => (isRecord(r) ? f(r) : r)) : list;
  return {
    ...raw,
    enterprises: each(raw.enterprises, withEnterpriseDefaultsV5),
    assets: each(raw.assets, withAssetDefaultsV5)
  };
}

/** Format migrations: `BACKUP_MIGRATIONS[n]` turns a format-n object into format n+1 (named, tested functions). */
export const BACKUP_MIGRATIONS: Readonly<Record<number, (raw: RawBackup) => RawBackup>> = {
  1: migrateBackupV1toV2
};

/** Migrates an older format to the current one, step by step; throws if a step is missing (a bug, not bad input). */
export function migrateBackupFormat(
  raw: RawBackup,
  from: number,
  migrations: Readonly<Record<number, (raw: RawBackup) => RawBackup>> = BACKUP_MIGRATIONS,
  to: number = BACKUP_FORMAT_VERSION
): RawBackup {
  let out = raw;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no backup migration from format ${v}`);
    out = { ...step(out), formatVersion: v + 1 };
  }
  return out;
}
