/**
 * Repository: every read and write of enterprises and assets. Writes validate first (nothing invalid is ever
 * stored) and run in one read-write transaction. Reads are plain async functions the UI wraps in `liveQuery`.
 */
import type { Asset, AssetInput, Enterprise, EnterpriseInput } from '$lib/engine';
import type { ZhirongDB } from './database';
import { RecordNotFoundError } from './errors';
import { validAsset, validEnterprise } from './validate';

export {
  listEnterprises,
  getEnterprise,
  listAssets,
  listAssetsOfType,
  getAsset,
  listEverything,
  type EnterpriseListItem
} from './read';

type Stamps = { id?: string; createdAt?: string; updatedAt?: string };
/** An enterprise as a form produces it: without id (new) or with it (edit); timestamps are set here. */
export type EnterpriseDraft = Omit<EnterpriseInput, 'id' | 'createdAt' | 'updatedAt'> & Stamps;
/** An asset as a form produces it: without id (new) or with it (edit); timestamps are set here. */
export type AssetDraft = Omit<AssetInput, 'id' | 'createdAt' | 'updatedAt'> & Stamps;

/** `today` (YYYY-MM-DD, the user's local date) for the no-future-date rule; `now` (ISO timestamp) for the stamps. */
export interface SaveOptions {
  today: string;
  now?: string;
}

/** What a delete removed, to undo it with restoreSnapshot. */
export interface Snapshot {
  enterprise?: Enterprise;
  assets: Asset[];
}

function nowIso(): string {
  return new Date().toISOString();
}

/** Validates and stores an enterprise (new without id, update with it); throws ValidationError, writes nothing then. */
export async function saveEnterprise(
  db: ZhirongDB,
  draft: EnterpriseDraft,
  opts: SaveOptions
): Promise<Enterprise> {
  const now = opts.now ?? nowIso();
  const id = draft.id ?? crypto.randomUUID();
  const record = validEnterprise({ ...draft, id, createdAt: now, updatedAt: now }, opts.today);
  return db.transaction('rw', db.enterprises, async () => {
    const existing = await db.enterprises.get(id);
    const saved = {
      ...record,
      ...keptFields(draft, existing, [
        'valuationSettings',
        'scenario',
        'documentsReady',
        'financingSettings'
      ]),
      createdAt: existing?.createdAt ?? now
    };
    await db.enterprises.put(saved);
    return saved;
  });
}

/**
 * Fields a draft does not mention keep their stored value: a form that knows nothing of the valuation settings
 * must not reset them to the defaults when it saves.
 */
function keptFields(draft: object, existing: object | undefined, keys: string[]): Record<string, unknown> {
  if (!existing) return {};
  const kept: Record<string, unknown> = {};
  for (const k of keys)
    if (!(k in draft) && k in existing) kept[k] = (existing as Record<string, unknown>)[k];
  return kept;
}

/**
 * Validates and stores an asset and touches its enterprise's updatedAt, in one transaction. Throws ValidationError
 * (invalid input) or RecordNotFoundError (no such enterprise); nothing is written then.
 */
export async function saveAsset(db: ZhirongDB, draft: AssetDraft, opts: SaveOptions): Promise<Asset> {
  const now = opts.now ?? nowIso();
  const id = draft.id ?? crypto.randomUUID();
  const record = validAsset({ ...draft, id, createdAt: now, updatedAt: now }, opts.today);
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const existing = await db.assets.get(id);
    const saved = {
      ...record,
      ...keptFields(draft, existing, ['valuation']),
      createdAt: existing?.createdAt ?? now
    };
    await touchEnterprise(db, saved.enterpriseId, now);
    // An asset moved to another enterprise changes that one too.
    if (existing && existing.enterpriseId !== saved.enterpriseId)
      await touchIfPresent(db, existing.enterpriseId, now);
    await db.assets.put(saved);
    return saved;
  });
}

async function touchEnterprise(db: ZhirongDB, id: string, now: string): Promise<void> {
  const updated = await db.enterprises.update(id, { updatedAt: now });
  if (updated === 0) throw new RecordNotFoundError('enterprises', id);
}

async function touchIfPresent(db: ZhirongDB, id: string, now: string): Promise<void> {
  await db.enterprises.update(id, { updatedAt: now });
}

/** Deletes an enterprise and all its assets in one transaction; returns what was removed (undefined: no such id). */
export function deleteEnterprise(db: ZhirongDB, id: string): Promise<Snapshot | undefined> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const enterprise = await db.enterprises.get(id);
    if (!enterprise) return undefined;
    const assets = await db.assets.where('enterpriseId').equals(id).toArray();
    await db.assets.bulkDelete(assets.map((a) => a.id));
    await db.enterprises.delete(id);
    return { enterprise, assets };
  });
}

/** Deletes one asset and touches its enterprise; returns what was removed (undefined: no such id). */
export function deleteAsset(
  db: ZhirongDB,
  id: string,
  now: string = nowIso()
): Promise<Snapshot | undefined> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const asset = await db.assets.get(id);
    if (!asset) return undefined;
    await db.assets.delete(id);
    await touchIfPresent(db, asset.enterpriseId, now);
    return { assets: [asset] };
  });
}

/**
 * Undoes a delete in one transaction: puts the enterprise back as it was, or, for deleted assets alone, touches
 * their enterprise (RecordNotFoundError when it has been deleted since; nothing is written then).
 */
export function restoreSnapshot(db: ZhirongDB, snapshot: Snapshot, now: string = nowIso()): Promise<void> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    if (snapshot.enterprise) await db.enterprises.put(snapshot.enterprise);
    const owners = new Set(snapshot.assets.map((a) => a.enterpriseId));
    owners.delete(snapshot.enterprise?.id ?? '');
    for (const owner of owners) await touchEnterprise(db, owner, now);
    await db.assets.bulkPut(snapshot.assets);
  });
}

/** Deletes every enterprise and every asset in one transaction (end of an event); returns how many. */
export function deleteEverything(db: ZhirongDB): Promise<{ enterprises: number; assets: number }> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const counts = { enterprises: await db.enterprises.count(), assets: await db.assets.count() };
    await db.assets.clear();
    await db.enterprises.clear();
    return counts;
  });
}

/**
 * A new enterprise and its first assets in one transaction (the incubator's quick intake): all are validated and
 * stored, or nothing is. The assets' enterpriseId is set here to the enterprise's new id.
 */
export function saveEnterpriseWithAssets(
  db: ZhirongDB,
  enterprise: EnterpriseDraft,
  assets: Omit<AssetDraft, 'enterpriseId'>[],
  opts: SaveOptions
): Promise<{ enterprise: Enterprise; assets: Asset[] }> {
  return db.transaction('rw', db.enterprises, db.assets, async () => {
    const saved = await saveEnterprise(db, enterprise, opts);
    const out: Asset[] = [];
    for (const a of assets) out.push(await saveAsset(db, { ...a, enterpriseId: saved.id }, opts));
    return { enterprise: saved, assets: out };
  });
}
