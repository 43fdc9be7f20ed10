/**
 * The list of assumptions a result used: one entry per distinct (parameter, default row, value, origin), with the
 * assets that used it, so "royalty 5.5 % (default, high-tech)" shows once for all the assets it applies to.
 */
import { ROYALTY_SHARE } from '../policy/valuation-defaults';
import type { Sourced } from '../policy/types';
import type { ResolvedParams, TaxParam } from './params';
import type { Assumption, AssumptionKey, AssumptionNote, IncomeDetail, Param } from './types';

type Entry = Omit<Assumption, 'assetIds'>;

// Entries of shared parameters (a default's, params.ts), made once per (parameter, key, variant): the same entry
// object for every asset that uses the default, so its key (below) is computed once too. Entries are never changed.
const SHARED_ENTRIES = new WeakMap<object, Map<string, Entry>>();

function entry(
  key: AssumptionKey,
  p: Param<Assumption['value']>,
  variant: string | null = null,
  note: AssumptionNote | null = null
): Entry {
  if (note !== null || p.origin !== 'default') return made(key, p, variant, note);
  let byKey = SHARED_ENTRIES.get(p);
  if (byKey === undefined) {
    byKey = new Map();
    SHARED_ENTRIES.set(p, byKey);
  }
  const k = variant === null ? key : `${key}|${variant}`;
  let e = byKey.get(k);
  if (e === undefined) {
    e = made(key, p, variant, null);
    byKey.set(k, e);
  }
  return e;
}

function made(
  key: AssumptionKey,
  p: Param<Assumption['value']>,
  variant: string | null,
  note: AssumptionNote | null
): Entry {
  return {
    note,
    key,
    variant,
    value: p.value,
    origin: p.origin,
    overridden: p.origin === 'enterprise' || p.origin === 'asset',
    source: p.source,
    effectiveFrom: p.effectiveFrom
  };
}

function growthNote(p: ResolvedParams): AssumptionNote | null {
  const g = p.growth;
  if (g.fromHistory !== 'used' || g.raw === null) return null;
  return {
    key: 'valuation.note.growth_history',
    values: { raw: g.raw, min: g.bound.min, max: g.bound.max, start: g.value, longRun: g.longRun }
  };
}

// A default tax parameter is shared by the enterprise's assets (params.ts): its note and entry are made once.
const TAX_ENTRIES = new WeakMap<TaxParam, Map<AssumptionKey, Entry>>();

function taxEntry(key: AssumptionKey, t: TaxParam): Entry {
  if (t.origin !== 'default') return made(key, t, t.variant, taxNote(t));
  let byKey = TAX_ENTRIES.get(t);
  if (byKey === undefined) {
    byKey = new Map();
    TAX_ENTRIES.set(t, byKey);
  }
  let e = byKey.get(key);
  if (e === undefined) {
    e = made(key, t, t.variant, taxNote(t));
    byKey.set(key, e);
  }
  return e;
}

function taxNote(t: TaxParam): AssumptionNote {
  if (t.origin !== 'default') return { key: 'valuation.note.tax_set', values: { rate: t.value } };
  if (t.until !== null)
    return {
      key: `valuation.note.tax_${t.basis}_until`,
      values: { rate: t.value, until: t.until, after: t.after }
    };
  return { key: `valuation.note.tax_${t.basis}`, values: { rate: t.value } };
}

/** The assumptions behind one asset's valuation and pledge line. */
export function assetAssumptions(
  p: ResolvedParams,
  type: string,
  usesIncome: boolean,
  usesCost: boolean,
  income: IncomeDetail | null = null,
  staleBaseYear: number | null = null
): Entry[] {
  const out: Entry[] = [];
  if (usesIncome) {
    const form = income?.form ?? 'royalty_relief';
    if (form === 'royalty_relief') {
      out.push(entry('royaltyRate', p.royalty, p.royalty.origin === 'default' ? p.royalty.variant : null));
      if (p.royaltyTypeFactor) out.push(entry('royaltyTypeFactor', p.royaltyTypeFactor, type));
    }
    if (form !== 'observed_royalty' || p.growth.origin === 'asset' || p.growth.origin === 'enterprise')
      out.push(entry('growth', p.growth, null, growthNote(p)));
    if (form === 'royalty_relief' || p.decay.origin === 'asset' || p.decay.origin === 'enterprise')
      out.push(entry('decay', p.decay));
    if (form === 'royalty_relief' && income?.split) {
      // The split: this right's share of its products' royalty, by the rule used (equal, quality, owner weights).
      const s = income.split;
      const named = s.products.map((x) => x.name).join('、');
      const members = Math.max(...s.products.map((x) => x.members));
      out.push({
        note: {
          key: `valuation.note.share_${s.rule}`,
          values: { products: named, members, factor: s.factor }
        },
        key: 'royaltyShare',
        variant: s.rule,
        value: s.factor,
        origin: s.rule === 'owner' ? 'asset' : 'derived',
        overridden: s.rule === 'owner',
        source: s.rule === 'owner' ? null : ROYALTY_SHARE.source,
        effectiveFrom: s.rule === 'owner' ? null : ROYALTY_SHARE.effectiveFrom
      });
    }
    if (form !== 'profit_share') {
      out.push(taxEntry('taxRate', p.taxRate));
      if (p.ownTax) out.push(taxEntry('ownTaxRate', p.ownTax));
    }
    if (staleBaseYear !== null)
      out.push({
        note: { key: 'valuation.note.base_year_stale', values: { year: staleBaseYear } },
        key: 'baseYear',
        variant: null,
        value: staleBaseYear,
        origin: 'derived',
        overridden: false,
        source: null,
        effectiveFrom: null
      });
    out.push(entry('discountRate', p.discount));
    out.push(entry('qualityWeights', p.qualityWeights), entry('qualityMaxPremium', p.qualityMaxPremium));
  }
  if (usesIncome || usesCost)
    out.push(entry('economicLife', p.economicLife, p.economicLife.origin === 'default' ? type : null));
  if (usesCost) out.push(entry('reasonableProfit', p.reasonableProfit));
  out.push(entry('methodWeights', p.methodWeights, p.methodWeights.origin === 'default' ? type : null));
  out.push(entry('pledgeRate', p.pledgeRate, p.pledgeRate.origin === 'default' ? type : null));
  return out;
}

/** The enterprise-wide synergy assumption. */
export function synergyAssumption(rate: number, d: Sourced<unknown>, isOverridden: boolean): Entry {
  return isOverridden
    ? {
        note: null,
        key: 'synergy',
        variant: null,
        value: rate,
        origin: 'enterprise',
        overridden: true,
        source: null,
        effectiveFrom: null
      }
    : {
        note: null,
        key: 'synergy',
        variant: null,
        value: rate,
        origin: 'default',
        overridden: false,
        source: d.source,
        effectiveFrom: d.effectiveFrom
      };
}

/** The identity of an entry: entries with the same key share one row. */
// JSON of object values by identity: defaults are shared, never-mutated policy objects, so most hit.
const valueJson = new WeakMap<object, string>();

function jsonOf(v: object): string {
  let s = valueJson.get(v);
  if (s === undefined) {
    s = JSON.stringify(v);
    valueJson.set(v, s);
  }
  return s;
}

export function entryKey(e: Entry): string {
  const v = typeof e.value === 'number' ? e.value : jsonOf(e.value);
  const n = e.note ? JSON.stringify(e.note.values) : '';
  return `${e.key}|${e.variant ?? ''}|${e.origin}|${v}|${e.note?.key ?? ''}|${n}`;
}

// Equal keys as one string object, so the merge's map compares them by pointer instead of by content. Only the
// speed depends on it: a key not found here is still a correct key, so the table is simply emptied when it is large.
const interned = new Map<string, string>();

// The key of each default's entry, shared by the assets that use it (above), computed once.
const KEYS = new WeakMap<Entry, string>();

/** `entryKey(e)`, the same string object for equal keys (what the memo keeps per asset). */
export function internedEntryKey(e: Entry): string {
  // Only a default's entry can be shared; the others are made per asset, and remembering them would cost more.
  if (e.origin !== 'default') return internedKey(entryKey(e));
  let k = KEYS.get(e);
  if (k === undefined) {
    k = internedKey(entryKey(e));
    KEYS.set(e, k);
  }
  return k;
}

function internedKey(k: string): string {
  const s = interned.get(k);
  if (s !== undefined) return s;
  if (interned.size >= 50_000) interned.clear();
  interned.set(k, k);
  return k;
}

/**
 * Merges per-asset entries into one list; identical entries share one row with all their asset ids. `keys[i]` is
 * `entryKey(entries[i])` when the caller has it already (the memo keeps them).
 */
export function mergeAssumptions(
  perAsset: readonly { assetId: string; entries: Entry[]; keys?: readonly string[] }[],
  global: Entry[]
): Assumption[] {
  const rows = new Map<string, Assumption>();
  for (const { assetId, entries, keys } of perAsset) {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as Entry;
      const k = keys?.[i] ?? entryKey(e);
      const row = rows.get(k);
      if (row) row.assetIds.push(assetId);
      else rows.set(k, row_(e, [assetId]));
    }
  }
  return [...global.map((e) => row_(e, [])), ...rows.values()];
}

/** `{ ...e, assetIds }`, field by field (a spread of the entries' several shapes is slow). */
function row_(e: Entry, assetIds: string[]): Assumption {
  return {
    note: e.note,
    key: e.key,
    variant: e.variant,
    value: e.value,
    origin: e.origin,
    overridden: e.overridden,
    source: e.source,
    effectiveFrom: e.effectiveFrom,
    assetIds
  };
}
