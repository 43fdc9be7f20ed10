/**
 * Every read of enterprises and assets: what the first screens need to show the stored data (the database itself is
 * ./instance.ts).
 * Nothing here validates, so this module and its chunk stay free of the schema and of zod: the home screen loads it
 * without the writes (first-route JavaScript). Writes live in repo.ts, which re-exports these reads.
 */
import type { Asset, AssetType, Enterprise } from '$lib/engine';
import type { ZhirongDB } from './database';

/** An enterprise with the number of its assets, for the list screen. */
export type EnterpriseListItem = Enterprise & { assetCount: number };

/** Enterprises, most recently changed first, each with its asset count. */
export function listEnterprises(db: ZhirongDB): Promise<EnterpriseListItem[]> {
  return db.transaction('r', db.enterprises, db.assets, async () => {
    const enterprises = await db.enterprises.orderBy('updatedAt').reverse().toArray();
    const counts = countOf(await db.assets.orderBy('enterpriseId').keys());
    return enterprises.map((e) => ({ ...e, assetCount: counts.get(e.id) ?? 0 }));
  });
}

function countOf(keys: unknown[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** One enterprise, or undefined. */
export function getEnterprise(db: ZhirongDB, id: string): Promise<Enterprise | undefined> {
  return db.enterprises.get(id);
}

/** The assets of one enterprise, oldest first. */
export function listAssets(db: ZhirongDB, enterpriseId: string): Promise<Asset[]> {
  return db.assets.where('enterpriseId').equals(enterpriseId).sortBy('createdAt');
}

/** The assets of one enterprise of one type (uses the [enterpriseId+type] index). */
export function listAssetsOfType(db: ZhirongDB, enterpriseId: string, type: AssetType): Promise<Asset[]> {
  return db.assets.where('[enterpriseId+type]').equals([enterpriseId, type]).sortBy('createdAt');
}

/** One asset, or undefined. */
export function getAsset(db: ZhirongDB, id: string): Promise<Asset | undefined> {
  return db.assets.get(id);
}

/** Every enterprise and every asset on this device, read in one transaction (the incubator overview). */
export function listEverything(db: ZhirongDB): Promise<{ enterprises: Enterprise[]; assets: Asset[] }> {
  return db.transaction('r', db.enterprises, db.assets, async () => ({
    enterprises: await db.enterprises.orderBy('updatedAt').reverse().toArray(),
    assets: await db.assets.toArray()
  }));
}

export { getLastBackupAt } from './meta';
