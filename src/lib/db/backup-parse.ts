/**
 * Reads a backup file and validates the whole of it before anything is written: JSON syntax, the header (app, kind,
 * format version), every record by the same rules as the forms (the current schemas and no date after today),
 * duplicate ids and assets without their enterprise.
 */
import type { z } from 'zod';
import type { Asset, Enterprise } from '$lib/engine';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_KIND,
  MAX_BACKUP_ERRORS,
  migrateBackupFormat,
  type BackupData,
  type BackupError,
  type BackupScope,
  type ParseBackupResult,
  type RawBackup
} from './backup-format';
import { issueMessage, pathText } from '$lib/i18n/issue';
import { jsonErrorPosition } from './json-locate';
import { ValidationError } from './errors';
import { withAssetDefaultsV2, withEnterpriseDefaultsV2 } from './migrations';
import { validAsset, validEnterprise } from './validate';

/** Collects errors, keeping the first MAX_BACKUP_ERRORS and counting all. */
class Errors {
  list: BackupError[] = [];
  count = 0;
  add(e: BackupError): void {
    this.count++;
    if (this.list.length < MAX_BACKUP_ERRORS) this.list.push(e);
  }
}

/**
 * Validates a backup file's text; returns the data to import or every problem found (nothing is written here).
 * `today` (YYYY-MM-DD, the user's local date, from the caller: the storage layer never reads the clock) is the
 * latest date a record may carry, as in the forms.
 */
export function parseBackup(text: string, today: string): ParseBackupResult {
  const errors = new Errors();
  const raw = readJson(text, errors);
  const header = raw === undefined ? undefined : readHeader(raw, errors);
  if (!header || errors.count > 0) return failure(errors);
  const enterprises = readRecords(
    header.raw.enterprises,
    'enterprises',
    (v) => parseEnterprise(v, today),
    errors
  );
  const assets = readRecords(header.raw.assets, 'assets', (v) => parseAsset(v, today), errors);
  if (enterprises && assets) checkReferences(header, enterprises.rawIds, assets.rawOwners, errors);
  if (!enterprises || !assets || errors.count > 0) return failure(errors);
  const data: BackupData = {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: header.exportedAt,
    scope: header.scope,
    enterprises: enterprises.records,
    assets: assets.records
  };
  return { ok: true, data, summary: { enterprises: data.enterprises.length, assets: data.assets.length } };
}

function failure(errors: Errors): ParseBackupResult {
  return { ok: false, errors: errors.list, errorCount: errors.count };
}

function readJson(text: string, errors: Errors): unknown {
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark left by a Windows editor
  if (body.trim() === '') return void errors.add({ path: '', key: 'backupFile.empty_file' });
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const at = safePosition(body);
    errors.add(
      at ? { path: '', key: 'backupFile.not_json_at', params: at } : { path: '', key: 'backupFile.not_json' }
    );
    return undefined;
  }
}

function safePosition(text: string): { line: number; column: number } | undefined {
  try {
    return jsonErrorPosition(text);
  } catch {
    return undefined; // nesting too deep for the scanner: report without a position
  }
}

type Header = { raw: RawBackup; scope: BackupScope; exportedAt: string };

function isObject(v: unknown): v is RawBackup {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks app, kind and format version (stopping at the first wrong one), migrates an older format, then scope. */
function readHeader(value: unknown, errors: Errors): Header | undefined {
  if (!isObject(value)) return void errors.add({ path: '', key: 'backupFile.not_object' });
  if (value.app !== BACKUP_APP) return void errors.add({ path: 'app', key: 'backupFile.wrong_app' });
  if (value.kind !== BACKUP_KIND) return void errors.add({ path: 'kind', key: 'backupFile.wrong_kind' });
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return void errors.add({ path: 'formatVersion', key: 'backupFile.bad_format_version' });
  }
  if (version > BACKUP_FORMAT_VERSION) {
    const params = { found: version, supported: BACKUP_FORMAT_VERSION };
    return void errors.add({ path: 'formatVersion', key: 'backupFile.newer_format', params });
  }
  const raw = migrateBackupFormat(value, version);
  const scope = raw.scope;
  if (scope !== 'all' && scope !== 'enterprise') errors.add({ path: 'scope', key: 'backupFile.bad_scope' });
  const exportedAt = raw.exportedAt;
  if (typeof exportedAt !== 'string' || exportedAt === '') {
    errors.add({ path: 'exportedAt', key: 'backupFile.bad_exported_at' });
  }
  return { raw, scope: scope as BackupScope, exportedAt: exportedAt as string };
}

type Parsed<T> = { ok: true; record: T } | { ok: false; issues: z.core.$ZodIssue[] };

/** Runs the repository's own validation (the forms' rules); its ValidationError becomes the record's issues. */
function validated<T>(validate: () => T): Parsed<T> {
  try {
    return { ok: true, record: validate() };
  } catch (err) {
    if (err instanceof ValidationError) return { ok: false, issues: err.issues };
    throw err;
  }
}

// A record written before version 2 lacks the valuation fields: they default to {} before validation.
function parseEnterprise(value: unknown, today: string): Parsed<Enterprise> {
  return validated(() => validEnterprise(isObject(value) ? withEnterpriseDefaultsV2(value) : value, today));
}

function parseAsset(value: unknown, today: string): Parsed<Asset> {
  return validated(() => validAsset(isObject(value) ? withAssetDefaultsV2(value) : value, today));
}

type Records<T> = { records: T[]; rawIds: Set<string>; rawOwners: (string | undefined)[] };

/** Parses every record of one list, reporting schema issues and duplicate ids. */
function readRecords<T>(
  list: unknown,
  name: 'enterprises' | 'assets',
  parse: (v: unknown) => Parsed<T>,
  errors: Errors
): Records<T> | undefined {
  if (!Array.isArray(list)) return void errors.add({ path: name, key: 'backupFile.not_list' });
  const out: Records<T> = { records: [], rawIds: new Set(), rawOwners: [] };
  const firstIndex = new Map<string, number>();
  list.forEach((value: unknown, i) => {
    const r = parse(value);
    if (r.ok) out.records.push(r.record);
    else for (const issue of r.issues) errors.add(issueToError([name, i], issue));
    const id = isObject(value) && typeof value.id === 'string' ? value.id : undefined;
    out.rawOwners.push(
      isObject(value) && typeof value.enterpriseId === 'string' ? value.enterpriseId : undefined
    );
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else
      errors.add({
        path: `${name}[${i}].id`,
        key: 'backupFile.duplicate_id',
        params: { id, first: `${name}[${first}]` }
      });
    out.rawIds.add(id);
  });
  return out;
}

/** Every asset's enterprise must be in the file; a one-enterprise backup holds exactly one enterprise. */
function checkReferences(
  header: Header,
  enterpriseIds: Set<string>,
  owners: (string | undefined)[],
  errors: Errors
) {
  if (header.scope === 'enterprise' && enterpriseIds.size !== 1) {
    errors.add({
      path: 'enterprises',
      key: 'backupFile.scope_mismatch',
      params: { count: enterpriseIds.size }
    });
  }
  owners.forEach((owner, i) => {
    if (owner !== undefined && owner !== '' && !enterpriseIds.has(owner)) {
      errors.add({
        path: `assets[${i}].enterpriseId`,
        key: 'backupFile.orphan_asset',
        params: { enterpriseId: owner }
      });
    }
  });
}

/** A zod issue as a BackupError, keyed and parametrized as the forms show it (see $lib/i18n/issue). */
export function issueToError(prefix: (string | number)[], issue: z.core.$ZodIssue): BackupError {
  const { key, values } = issueMessage(issue);
  const path = pathText([...prefix, ...issue.path]);
  return values ? { path, key, params: values } : { path, key };
}
