/**
 * The Dexie database. Every `version(n)` stays declared forever (a user may come back with any older version);
 * each upgrade is a named function in migrations.ts.
 */
import Dexie, { type Table } from 'dexie';
import type { Asset, Enterprise } from '$lib/engine';
import { upgradeToV2, upgradeToV3, upgradeToV4, upgradeToV5 } from './migrations';
import { DB_NAME, DB_VERSION } from './names';

export { DB_NAME, DB_VERSION };

/** Version 1: the first schema. Exported so tests can build a database exactly as version 1 left it. */
export const STORES_V1 = {
  enterprises: 'id, name, updatedAt',
  assets: 'id, enterpriseId, type',
  meta: 'key'
} as const;

/** Version 2: assets gain `valuation`, enterprises `valuationSettings`, and assets a [enterpriseId+type] index. */
export const STORES_V2 = {
  ...STORES_V1,
  assets: 'id, enterpriseId, type, [enterpriseId+type]'
} as const;

/** Version 3: enterprises gain `scenario` (loan tenor, amount wanted, purpose); no index changes. */
export const STORES_V3 = STORES_V2;

/** Version 4: enterprises gain `documentsReady` and `financingSettings`; the stores are unchanged. */
export const STORES_V4 = STORES_V3;

/**
 * Version 5: enterprises gain `products`, `controller` and `court` (and an optional `taxCreditGrade`), assets
 * `use.productIds` (and optional `holder`, `serviceInvention`, `acquiredOn`, `use.shareWeight`); the stores are
 * unchanged.
 */
export const STORES_V5 = STORES_V4;

/** A key/value row of the meta table (lastBackupAt, persistAsked …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * What happened to the connection: another tab upgraded the database (or `deleted` it): reload to go on; or our
 * own upgrade waits for another tab to close (`blocked`): ask the user to close the app's other tabs.
 */
export type ConnectionEvent = { kind: 'versionchange'; deleted: boolean } | { kind: 'blocked' };

/** The app's IndexedDB database. */
export class ZhirongDB extends Dexie {
  enterprises!: Table<Enterprise, string>;
  assets!: Table<Asset, string>;
  meta!: Table<MetaRow, string>;

  /** True once another tab upgraded or deleted the database: this connection is closed, the page must reload. */
  isStale = false;
  /** True while our own upgrade waits for another tab to close its connection. */
  isBlocked = false;
  #listeners = new Set<(e: ConnectionEvent) => void>();

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeToV3);
    this.version(4).stores(STORES_V4).upgrade(upgradeToV4);
    this.version(5).stores(STORES_V5).upgrade(upgradeToV5);
    // Returning false stops Dexie's own handler, which would close with auto-reopen: Dexie 4 then reopens a
    // newer database under this (older) code on the next query.
    this.on('versionchange', (ev) => {
      this.#onVersionChange(ev);
      return false;
    });
    this.on('blocked', () => this.#onBlocked());
    this.on('ready', () => {
      this.isBlocked = false;
    });
  }

  /** Calls `listener` on every connection event; returns the function that unsubscribes it. */
  onConnectionEvent(listener: (e: ConnectionEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #onVersionChange(ev: IDBVersionChangeEvent): void {
    // Close for good (no auto-reopen): code written for this version must not write into a newer schema.
    this.close({ disableAutoOpen: true });
    this.isStale = true;
    this.#emit({ kind: 'versionchange', deleted: !ev.newVersion });
  }

  #onBlocked(): void {
    this.isBlocked = true;
    this.#emit({ kind: 'blocked' });
  }

  #emit(e: ConnectionEvent): void {
    for (const listener of this.#listeners) listener(e);
  }
}
