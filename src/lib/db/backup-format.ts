/** The backup file: a versioned JSON object. Older format versions are migrated by named functions. */
import type { Asset, Enterprise } from '$lib/engine';

/** `app` of every backup this app writes. */
export const BACKUP_APP = 'zhirong-zice';
/** `kind` of a backup file (other kinds of export may follow). */
export const BACKUP_KIND = 'backup';
/** The format version this code writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;
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

/**
 * Format migrations: `BACKUP_MIGRATIONS[n]` turns a format-n object into format n+1. Version 1 is the first
 * format, so the list is empty; when format 2 ships, add `1: migrateBackupV1toV2` (a named, tested function).
 */
export const BACKUP_MIGRATIONS: Readonly<Record<number, (raw: RawBackup) => RawBackup>> = {};

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
