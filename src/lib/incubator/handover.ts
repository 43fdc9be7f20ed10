/**
 * Receiving one enterprise from another device: the backup it came in, and "keep both", which gives the
 * received enterprise and its assets new ids so they sit beside the ones already here. The backup has been
 * validated by parseBackup before it gets here; new ids keep it valid (ids are free text to the schema).
 */
import type { BackupData } from '$lib/db';

/** A copy of `backup` with fresh ids for every enterprise, asset and loan, the assets pointing at their new owner. */
export function withNewIds(backup: BackupData, newId: () => string = () => crypto.randomUUID()): BackupData {
  const ids = new Map(backup.enterprises.map((e) => [e.id, newId()]));
  return {
    ...backup,
    enterprises: backup.enterprises.map((e) => ({
      ...e,
      id: ids.get(e.id) as string,
      loans: e.loans.map((l) => ({ ...l, id: newId() }))
    })),
    assets: backup.assets.map((a) => ({
      ...a,
      id: newId(),
      enterpriseId: ids.get(a.enterpriseId) ?? a.enterpriseId
    }))
  };
}

/** The one enterprise a hand-over carries, or null when the file holds none or several. */
export function singleEnterprise(backup: BackupData): { id: string; name: string } | null {
  const [only, ...rest] = backup.enterprises;
  return only && rest.length === 0 ? { id: only.id, name: only.name } : null;
}
