/**
 * The overview's stored summaries: one per enterprise, in a small Dexie database of their own, beside the app's
 * database and never in it. They are derived data: disposable (deleting the database loses nothing the engine
 * cannot compute again), never in a backup (the backup reads the app's database only), cleared without touching
 * an enterprise or an asset. A later change of their shape bumps SUMMARY_FORMAT (every key misses) or deletes the
 * database; it never needs an upgrade.
 *
 * `scanSummaries` reads the device once and answers, per enterprise, its list line and its stored summary when
 * that summary's key (see `summaryKey`) is the key of the records now; `refreshSummaries` computes and stores the
 * others. Both run in the overview's workers (summary-worker.ts) and in node tests.
 */
import Dexie, { type Table } from 'dexie';
import type { ZhirongDB } from '$lib/db/database';
import { listEverything } from '$lib/db/read';
import { byId, INVALID_SUMMARY, summarize, summaryKey, type KeyVersions, type Summary } from './summary';

/** IndexedDB name of the summaries' database (the app's own is DB_NAME, 'zhirong-zice'). */
export const SUMMARY_DB_NAME = 'zhirong-zice-summaries';

/** One enterprise's summary and the key of the records it was computed from. */
export interface StoredSummary {
  /** The enterprise's id. */
  id: string;
  key: string;
  summary: Summary;
}

/** The summaries' database. */
export class SummaryDB extends Dexie {
  summaries!: Table<StoredSummary, string>;

  constructor(name: string = SUMMARY_DB_NAME) {
    super(name);
    this.version(1).stores({ summaries: 'id' });
  }
}

/** What the overview's list shows of an enterprise besides its figures. */
export interface EnterpriseLine {
  id: string;
  name: string;
  province: string;
  city: string;
  industry: string;
  assetCount: number;
  updatedAt: string;
}

/** One enterprise as the scan found it: its line, its key, and its stored summary when the key matches. */
export interface ScannedLine extends EnterpriseLine {
  /** null: its records hold values no key can describe (nothing the app writes); computed every time. */
  key: string | null;
  summary: Summary | null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function lineOf(e: unknown, assetCount: number): EnterpriseLine {
  const r = e as Record<string, unknown>;
  return {
    id: text(r.id),
    name: text(r.name),
    province: text(r.province),
    city: text(r.city),
    industry: text(r.industry),
    assetCount,
    updatedAt: text(r.updatedAt)
  };
}

/**
 * Every enterprise on the device (most recently changed first) with its stored summary where it still holds, and
 * the ids whose summary must be computed. Summaries of enterprises no longer on the device are deleted.
 */
export async function scanSummaries(
  db: ZhirongDB,
  store: SummaryDB,
  asOf: string,
  versions: KeyVersions
): Promise<{ lines: ScannedLine[]; stale: string[] }> {
  const { enterprises, assets } = await listEverything(db);
  const out = await matchSummaries(
    enterprises,
    assets,
    (ids) => store.summaries.bulkGet(ids),
    asOf,
    versions
  );
  const present = new Set(enterprises.map((e) => e.id));
  const gone = (await store.summaries.toCollection().primaryKeys()).filter((id) => !present.has(id));
  if (gone.length) await store.summaries.bulkDelete(gone);
  return out;
}

/**
 * The scan's work once the records are read: each enterprise's line and key, and its stored summary (looked up
 * with `stored`, in the enterprises' order) when the keys match.
 */
export async function matchSummaries(
  enterprises: readonly { id: string }[],
  assets: readonly { enterpriseId: string }[],
  stored: (ids: string[]) => PromiseLike<(StoredSummary | undefined)[]>,
  asOf: string,
  versions: KeyVersions
): Promise<{ lines: ScannedLine[]; stale: string[] }> {
  const byEnterprise = new Map<string, unknown[]>();
  for (const a of assets) {
    const list = byEnterprise.get(a.enterpriseId);
    if (list) list.push(a);
    else byEnterprise.set(a.enterpriseId, [a]);
  }
  const [keys, hits] = await Promise.all([
    Promise.all(enterprises.map((e) => summaryKey(e, byId(byEnterprise.get(e.id) ?? []), asOf, versions))),
    stored(enterprises.map((e) => e.id))
  ]);
  const lines: ScannedLine[] = [];
  const stale: string[] = [];
  enterprises.forEach((e, i) => {
    const key = keys[i] ?? null;
    const hit = hits[i];
    const summary = key !== null && hit?.key === key ? hit.summary : null;
    if (!summary) stale.push(e.id);
    lines.push({ ...lineOf(e, byEnterprise.get(e.id)?.length ?? 0), key, summary });
  });
  return { lines, stale };
}

/** A summary computed now, with the key of the records it was computed from (null: the enterprise is gone). */
export interface Refreshed {
  id: string;
  key: string | null;
  summary: Summary | null;
}

/**
 * Computes the summaries of `ids` from the records on the device now and stores them under the key of exactly
 * the records they were computed from (read in one transaction), so a record changed meanwhile is never stored
 * under its new key with an old summary. An enterprise no longer on the device is answered with a null summary.
 */
export async function refreshSummaries(
  db: ZhirongDB,
  store: SummaryDB,
  ids: readonly string[],
  asOf: string,
  versions: KeyVersions
): Promise<Refreshed[]> {
  const read = await db.transaction('r', db.enterprises, db.assets, () =>
    Promise.all(
      ids.map(async (id) => ({
        id,
        enterprise: await db.enterprises.get(id),
        assets: await db.assets.where('enterpriseId').equals(id).toArray()
      }))
    )
  );
  const out: Refreshed[] = [];
  const put: StoredSummary[] = [];
  for (const r of read) {
    if (!r.enterprise) {
      out.push({ id: r.id, key: null, summary: null });
      continue;
    }
    const assets = byId(r.assets);
    const key = await summaryKey(r.enterprise, assets, asOf, versions);
    let summary: Summary;
    let keep = key !== null;
    try {
      summary = summarize(r.enterprise, assets, asOf);
    } catch {
      // A record the engine cannot take at all (not merely invalid): shown as not assessable, never stored, so a
      // fixed engine computes it again.
      summary = { ...INVALID_SUMMARY, blockers: [] };
      keep = false;
    }
    out.push({ id: r.id, key, summary });
    if (keep) put.push({ id: r.id, key: key as string, summary });
  }
  if (put.length) await store.summaries.bulkPut(put);
  return out;
}

/** Deletes every stored summary (the enterprises and assets stay as they are). */
export async function clearSummaries(store: SummaryDB): Promise<void> {
  await store.summaries.clear();
}
