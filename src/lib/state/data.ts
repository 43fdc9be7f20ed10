/**
 * The screens' one door to the data: Dexie's liveQuery over the repository (a liveQuery is a Svelte store, so a
 * component reads `$enterprises`), and the writes, with the clock read here, not in the storage layer or the engine.
 * The writes (with the schema and zod) are imported on first use; the reads come with the app (see `reads`).
 */
import { liveQuery } from 'dexie';
import { readable, type Readable } from 'svelte/store';
import type {
  Asset,
  DocumentId,
  FinancingSettings,
  AssetInput,
  AssetValuationInput,
  Enterprise,
  EnterpriseInput,
  ScenarioInput,
  ValuationSettings
} from '$lib/engine';
import type { MessageRef } from '$lib/i18n/issue';
import { issueMessage } from '$lib/i18n/issue';
import { todayIso } from '$lib/clock';
import { storageErrorMessage } from '$lib/db/errors';
import { getDb } from '$lib/db/instance';
import * as readModule from '$lib/db/read';
import { storageHealth } from './storage-health.svelte';
import { afterFirstPaint } from './yield';
import type {
  BackupData,
  ConnectionEvent,
  EnterpriseListItem,
  ImportPreview,
  ImportResult,
  ImportUndo,
  ParseBackupResult,
  Snapshot
} from '$lib/db';

export type EnterpriseSummary = EnterpriseListItem;

const db = () => import('$lib/db').then((m) => ({ m, db: m.getDb() }));
/**
 * Reads: the database and its queries, without the schema, the writes and the backup code, so a screen that only shows
 * stored data (the home screen, the first route) never loads zod (issue 13). Imported statically, so the first route's
 * HTML preloads Dexie with the app's code instead of fetching it once the page has started: one round trip less before
 * the enterprises show. Importing it opens nothing; the database is created on the first query (never when
 * prerendering: see `watch`).
 */
const reads = async () => {
  // The first query waits for the first paint: the prerendered home screen shows before IndexedDB is opened.
  await afterFirstPaint();
  return { m: readModule, db: getDb() };
};

type Reads = Awaited<ReturnType<typeof reads>>;

/**
 * A liveQuery as a store that yields `undefined` until the first result arrives. A failed read (no IndexedDB in
 * this browser, a broken database) is reported to storageHealth, which the layout shows.
 */
function watch<T>(query: (x: Reads) => Promise<T>): Readable<T | undefined> {
  // Prerendering (the home screen is rendered at build time so its text paints before the scripts run) has no
  // IndexedDB: the page is rendered in its "loading" state, which the browser then fills in. A browser without
  // IndexedDB still runs the query, so its failure reaches storageHealth.
  if (typeof window === 'undefined') return readable<T | undefined>(undefined);
  return liveQuery(async () => {
    try {
      const result = await query(await reads());
      storageHealth.clear();
      return result;
    } catch (err) {
      storageHealth.report(data.errorMessage(err));
      throw err;
    }
  }) as unknown as Readable<T | undefined>;
}

/** Undefined fields, '' ids and placeholder stamps are the repository's to fill. */
function withoutStamps<T extends { id: string; createdAt: string; updatedAt: string }>(record: T) {
  const { id, createdAt: _c, updatedAt: _u, ...rest } = record;
  return id ? { ...rest, id } : rest;
}

/**
 * A plain copy of what a screen hands over. Screens keep their drafts in Svelte `$state`, whose proxies IndexedDB
 * cannot clone (DataCloneError); our records are JSON by design (strings, numbers, booleans, arrays, objects).
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

let persistAsked = false;

async function afterFirstSave(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  const { m, db: d } = await db();
  await m.requestPersistenceOnce(d);
}

/** Replaces some fields of a stored enterprise; the rest of the record is read fresh and kept. */
async function updateEnterprise(
  enterpriseId: string,
  patch: {
    scenario?: ScenarioInput;
    valuationSettings?: ValuationSettings;
    documentsReady?: DocumentId[];
    financingSettings?: FinancingSettings;
  }
): Promise<Enterprise> {
  const { m, db: d } = await db();
  const current = await m.getEnterprise(d, enterpriseId);
  if (!current) throw new m.RecordNotFoundError('enterprises', enterpriseId);
  const saved = await m.saveEnterprise(d, { ...current, ...plain(patch) }, { today: todayIso() });
  void afterFirstSave();
  return saved;
}

export const data = {
  /** Opens the database once; a browser that refuses storage is reported to storageHealth (liveQuery stays silent). */
  async checkStorage(): Promise<boolean> {
    try {
      await (await reads()).db.open();
      return true;
    } catch (err) {
      storageHealth.report(data.errorMessage(err));
      return false;
    }
  },
  /** Calls `handler` when another tab upgrades or deletes the database, or our upgrade waits for one; resolves to the unsubscribe. */
  async onConnectionEvent(handler: (kind: ConnectionEvent['kind']) => void): Promise<() => void> {
    const { db: d } = await reads();
    return d.onConnectionEvent((e) => handler(e.kind));
  },
  watchEnterprises: () => watch(({ m, db: d }) => m.listEnterprises(d)),
  /** null when there is no such enterprise. */
  watchEnterprise: (id: string) => watch(async ({ m, db: d }) => (await m.getEnterprise(d, id)) ?? null),
  watchAssets: (enterpriseId: string) => watch(({ m, db: d }) => m.listAssets(d, enterpriseId)),
  /** null when no backup was ever exported. */
  watchLastBackupAt: () => watch(async ({ m, db: d }) => (await m.getLastBackupAt(d)) ?? null),

  async getEnterprise(id: string): Promise<Enterprise | undefined> {
    const { m, db: d } = await db();
    return m.getEnterprise(d, id);
  },
  async getAsset(id: string): Promise<Asset | undefined> {
    const { m, db: d } = await db();
    return m.getAsset(d, id);
  },
  async listAssets(enterpriseId: string): Promise<Asset[]> {
    const { m, db: d } = await db();
    return m.listAssets(d, enterpriseId);
  },
  async saveEnterprise(input: EnterpriseInput, today: string): Promise<Enterprise> {
    const { m, db: d } = await db();
    const saved = await m.saveEnterprise(d, withoutStamps(plain(input)), { today });
    void afterFirstSave();
    return saved;
  },
  async saveAsset(input: AssetInput, today: string): Promise<Asset> {
    const { m, db: d } = await db();
    const saved = await m.saveAsset(d, withoutStamps(plain(input)), { today });
    void afterFirstSave();
    return saved;
  },
  /** A new enterprise with its first assets (quick intake), in one transaction: all saved or none. */
  async saveQuickIntake(
    enterprise: EnterpriseInput,
    assets: AssetInput[],
    today: string
  ): Promise<{ enterprise: Enterprise; assets: Asset[] }> {
    const { m, db: d } = await db();
    const saved = await m.saveEnterpriseWithAssets(
      d,
      withoutStamps(plain(enterprise)),
      assets.map((a) => {
        const { enterpriseId: _e, ...rest } = withoutStamps(plain(a));
        return rest;
      }),
      { today }
    );
    void afterFirstSave();
    return saved;
  },
  /** Replaces one asset's valuation inputs and overrides; the rest of the record is read fresh and kept. */
  async saveAssetValuation(assetId: string, valuation: AssetValuationInput): Promise<Asset> {
    const { m, db: d } = await db();
    const current = await m.getAsset(d, assetId);
    if (!current) throw new m.RecordNotFoundError('assets', assetId);
    const saved = await m.saveAsset(d, { ...current, valuation: plain(valuation) }, { today: todayIso() });
    void afterFirstSave();
    return saved;
  },
  /** Replaces an enterprise's financing scenario (loan tenor, amount wanted, purpose); the rest is read fresh and kept. */
  saveScenario: (enterpriseId: string, scenario: ScenarioInput) =>
    updateEnterprise(enterpriseId, { scenario }),
  /** Replaces an enterprise's valuation settings; the rest of the record is read fresh and kept. */
  saveValuationSettings: (enterpriseId: string, settings: ValuationSettings) =>
    updateEnterprise(enterpriseId, { valuationSettings: settings }),
  /** Replaces the readiness checklist's ticks (the documents the enterprise has ready). */
  saveDocumentsReady: (enterpriseId: string, documentsReady: DocumentId[]) =>
    updateEnterprise(enterpriseId, { documentsReady }),
  /** Replaces the user's own figures for the financing modes ({} = every default). */
  saveFinancingSettings: (enterpriseId: string, financingSettings: FinancingSettings) =>
    updateEnterprise(enterpriseId, { financingSettings }),
  async deleteEnterprise(id: string): Promise<Snapshot> {
    const { m, db: d } = await db();
    const s = await m.deleteEnterprise(d, id);
    if (!s) throw new m.RecordNotFoundError('enterprises', id);
    return s;
  },
  async deleteAsset(id: string): Promise<Snapshot> {
    const { m, db: d } = await db();
    const s = await m.deleteAsset(d, id);
    if (!s) throw new m.RecordNotFoundError('assets', id);
    return s;
  },
  async restore(snapshot: Snapshot): Promise<void> {
    const { m, db: d } = await db();
    await m.restoreSnapshot(d, plain(snapshot));
  },

  /** End of an event: removes every enterprise and asset in one transaction; returns how many. */
  async deleteEverything(): Promise<{ enterprises: number; assets: number }> {
    const { m, db: d } = await db();
    return m.deleteEverything(d);
  },

  /** The backup file's name and text: everything, or one enterprise. */
  async exportBackup(
    enterpriseId?: string
  ): Promise<{ fileName: string; json: string; counts: { enterprises: number; assets: number } }> {
    const { m, db: d } = await db();
    const now = new Date().toISOString();
    const backup = await m.buildBackup(d, enterpriseId ? { enterpriseId } : {}, now);
    return {
      fileName: m.backupFileName(backup.scope, backup.enterprises[0]?.name, now),
      json: m.backupToJson(backup),
      counts: { enterprises: backup.enterprises.length, assets: backup.assets.length }
    };
  },
  async markBackedUp(): Promise<void> {
    const { m, db: d } = await db();
    await m.markBackedUp(d, new Date().toISOString());
  },
  /** Decodes (strict UTF-8, see decodeBackupBytes) and validates a whole backup file as of today; writes nothing. */
  async parseBackupFile(bytes: Uint8Array): Promise<ParseBackupResult> {
    const [{ m }, { parseBackup }] = await Promise.all([db(), import('$lib/db/backup-parse')]);
    const decoded = m.decodeBackupBytes(bytes);
    if (!decoded.ok) return { ok: false, errors: [{ path: '', key: decoded.key }], errorCount: 1 };
    return parseBackup(decoded.text, todayIso());
  },
  /** Which enterprises (by name) and how many assets an import would replace and add; writes nothing. */
  async previewImport(backup: BackupData): Promise<ImportPreview> {
    const { m, db: d } = await db();
    return m.previewImport(d, backup);
  },
  /** Writes a validated backup in one transaction; `undo` puts the device back as it was (undoImport). */
  async importBackup(backup: BackupData): Promise<ImportResult & { undo: ImportUndo }> {
    const { m, db: d } = await db();
    return m.importBackup(d, plain(backup));
  },
  async undoImport(undo: ImportUndo): Promise<void> {
    const { m, db: d } = await db();
    await m.undoImport(d, undo);
  },

  /** What to tell the user about a failed read or write. */
  errorMessage(err: unknown): MessageRef {
    const e = err as { name?: string; issues?: { code: string; message: string; path: PropertyKey[] }[] };
    if (e?.name === 'ValidationError' && e.issues?.[0]) return issueMessage(e.issues[0]);
    if (e?.name === 'RecordNotFoundError') return { key: 'app.error.notFound' };
    const storage = storageErrorMessage(err);
    if (storage) return storage;
    return { key: 'app.error.unexpected', values: { detail: String((err as Error)?.message ?? err) } };
  }
};
