/**
 * Schema upgrades, one named function per Dexie version. Every function stays forever: a user may open the app
 * after a year offline with a database at any older version, and Dexie runs each missing step in order.
 */
import type { Transaction } from 'dexie';

type WithValuation = { valuation?: unknown };
type WithValuationSettings = { valuationSettings?: unknown };
type WithScenario = { scenario?: unknown };

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

/**
 * The scenario version 3 gives an enterprise without one: a 1-year working-capital loan, no amount yet. Spelt out
 * here, not imported from the engine: an upgrade must do the same thing forever, whatever later defaults become.
 */
const SCENARIO_V3 = { loanTenorYears: 1, purpose: 'working_capital' } as const;

/**
 * An enterprise as stored from version 3 on: `valuationSettings` and `scenario` present (the default scenario, a
 * 1-year working-capital loan with no amount yet, where missing). A scenario that is there is kept as it is: the
 * schema judges it.
 */
export function withEnterpriseDefaultsV3<T extends object>(
  enterprise: T
): T & { valuationSettings: object; scenario: object } {
  const e = withEnterpriseDefaultsV2(enterprise);
  const s = (e as WithScenario).scenario;
  return { ...e, scenario: isPlainObject(s) ? s : { ...SCENARIO_V3 } };
}

/**
 * Version 2 → 3: every enterprise gains `scenario` (loan tenor, amount wanted, purpose), the financing the screens
 * and the report assess; until now the loan tenor was page state and was lost on every visit.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('enterprises')
    .toCollection()
    .modify((enterprise: WithScenario) => {
      if (!isPlainObject(enterprise.scenario)) enterprise.scenario = { ...SCENARIO_V3 };
    });
}

type WithV4 = { documentsReady?: unknown; financingSettings?: unknown };

/**
 * An enterprise as stored from version 4 on: also `documentsReady` (the readiness checklist's ticks, none yet) and
 * `financingSettings` (`{}`, the defaults) where missing.
 */
export function withEnterpriseDefaultsV4<T extends object>(
  enterprise: T
): T & { valuationSettings: object; scenario: object; documentsReady: unknown[]; financingSettings: object } {
  const e = withEnterpriseDefaultsV3(enterprise);
  const v = e as WithV4;
  return {
    ...e,
    documentsReady: Array.isArray(v.documentsReady) ? v.documentsReady : [],
    financingSettings: isPlainObject(v.financingSettings) ? v.financingSettings : {}
  };
}

/**
 * Version 3 → 4: every enterprise gains `documentsReady: []` (the readiness checklist) and `financingSettings: {}`
 * (the financing comparison's own figures), so both are stored, backed up and migrated like the rest.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('enterprises')
    .toCollection()
    .modify((enterprise: WithV4) => {
      if (!Array.isArray(enterprise.documentsReady)) enterprise.documentsReady = [];
      if (!isPlainObject(enterprise.financingSettings)) enterprise.financingSettings = {};
    });
}

type WithV5 = { products?: unknown; controller?: unknown; court?: unknown };
type AssetV5 = { use?: unknown };

/**
 * An enterprise as stored from version 5 on: also `products` (none yet), `controller` and `court` (`{}`: the
 * credit officer's questions not answered yet) where missing. The tax credit grade stays absent until answered.
 */
export function withEnterpriseDefaultsV5<T extends object>(
  enterprise: T
): T & {
  valuationSettings: object;
  scenario: object;
  documentsReady: unknown[];
  financingSettings: object;
  products: unknown[];
  controller: object;
  court: object;
} {
  const e = withEnterpriseDefaultsV4(enterprise);
  const v = e as WithV5;
  return {
    ...e,
    products: Array.isArray(v.products) ? v.products : [],
    controller: isPlainObject(v.controller) ? v.controller : {},
    court: isPlainObject(v.court) ? v.court : {}
  };
}

/**
 * An asset as stored from version 5 on: `use.productIds` present (`[]`: linked to no listed product; rights whose
 * typed product text matches still share its royalty). A `use` that is not an object is left for the schema to refuse.
 */
export function withAssetDefaultsV5<T extends object>(asset: T): T & { valuation: object } {
  const a = withAssetDefaultsV2(asset);
  const use = (a as AssetV5).use;
  if (!isPlainObject(use)) return a;
  const u = use as { productIds?: unknown };
  return Array.isArray(u.productIds) ? a : { ...a, use: { ...use, productIds: [] } };
}

/**
 * Version 4 → 5: every enterprise gains `products: []`, `controller: {}` and `court: {}` (the products its rights
 * serve, and what a credit officer asks first, not answered yet), every asset `use.productIds: []`. The holder of a
 * right the enterprise does not hold, the service-invention flag, the acquisition date, the tax credit grade and the
 * owner's share weights are optional and stay absent until the owner answers.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('enterprises')
    .toCollection()
    .modify((enterprise: WithV5) => {
      if (!Array.isArray(enterprise.products)) enterprise.products = [];
      if (!isPlainObject(enterprise.controller)) enterprise.controller = {};
      if (!isPlainObject(enterprise.court)) enterprise.court = {};
    });
  await tx
    .table('assets')
    .toCollection()
    .modify((asset: AssetV5) => {
      if (isPlainObject(asset.use) && !Array.isArray((asset.use as { productIds?: unknown }).productIds))
        (asset.use as { productIds?: unknown }).productIds = [];
    });
}
