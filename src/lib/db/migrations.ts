/**
 * Schema upgrades, one named function per Dexie version. Every function stays forever: a user may open the app
 * after a year offline with a database at any older version, and Dexie runs each missing step in order.
 */
import type { Transaction } from 'dexie';

type WithValuation = { valuation?: unknown };
type WithValuationSettings = { valuationSettings?: unknown };

/** An asset as stored from version 2 on: `valuation` present, `{}` meaning "use the defaults". */
export function withAssetDefaultsV2<T extends object>(asset: T): T & { valuation: object } {
  const v = (asset as WithValuation).valuation;
  return { ...asset, valuation: isPlainObject(v) ? v : {} };
}

/** An enterprise as stored from version 2 on: `valuationSettings` present, `{}` meaning "use the defaults". */
export function withEnterpriseDefaultsV2<T extends object>(enterprise: T): T & { valuationSettings: object } {
  const v = (enterprise as WithValuationSettings).valuationSettings;
  return { ...enterprise, valuationSettings: isPlainObject(v) ? v : {} };
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Version 1 → 2: every asset gains `valuation: {}` and every enterprise `valuationSettings: {}` where missing. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('assets')
    .toCollection()
    .modify((asset: WithValuation) => {
      if (!isPlainObject(asset.valuation)) asset.valuation = {};
    });
  await tx
    .table('enterprises')
    .toCollection()
    .modify((enterprise: WithValuationSettings) => {
      if (!isPlainObject(enterprise.valuationSettings)) enterprise.valuationSettings = {};
    });
}
