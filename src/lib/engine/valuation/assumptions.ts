/**
 * The list of assumptions a result used: one entry per distinct (parameter, default row, value, origin), with the
 * assets that used it, so "royalty 5.5 % (default, high-tech)" shows once for all the assets it applies to.
 */
import type { Sourced } from '../policy/valuation-defaults';
import type { ResolvedParams } from './params';
import type { Assumption, AssumptionKey, Param } from './types';

type Entry = Omit<Assumption, 'assetIds'>;

function entry(key: AssumptionKey, p: Param<Assumption['value']>, variant: string | null = null): Entry {
  return {
    key,
    variant,
    value: p.value,
    origin: p.origin,
    overridden: p.origin === 'enterprise' || p.origin === 'asset',
    source: p.source,
    effectiveFrom: p.effectiveFrom
  };
}

/** The assumptions behind one asset's valuation and pledge line. */
export function assetAssumptions(
  p: ResolvedParams,
  type: string,
  usesIncome: boolean,
  usesCost: boolean
): Entry[] {
  const out: Entry[] = [];
  if (usesIncome) {
    out.push(entry('royaltyRate', p.royalty, p.royalty.origin === 'default' ? p.royalty.variant : null));
    if (p.royaltyTypeFactor) out.push(entry('royaltyTypeFactor', p.royaltyTypeFactor, type));
    out.push(
      entry('growth', p.growth),
      entry('decay', p.decay),
      entry('taxRate', p.taxRate, p.taxRate.variant)
    );
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
        key: 'synergy',
        variant: null,
        value: rate,
        origin: 'enterprise',
        overridden: true,
        source: null,
        effectiveFrom: null
      }
    : {
        key: 'synergy',
        variant: null,
        value: rate,
        origin: 'default',
        overridden: false,
        source: d.source,
        effectiveFrom: d.effectiveFrom
      };
}

/** Merges per-asset entries into one list; identical entries share one row with all their asset ids. */
export function mergeAssumptions(
  perAsset: readonly { assetId: string; entries: Entry[] }[],
  global: Entry[]
): Assumption[] {
  const rows = new Map<string, Assumption>();
  for (const { assetId, entries } of perAsset) {
    for (const e of entries) {
      const k = JSON.stringify([e.key, e.variant, e.value, e.origin]);
      const row = rows.get(k);
      if (row) row.assetIds.push(assetId);
      else rows.set(k, { ...e, assetIds: [assetId] });
    }
  }
  return [...global.map((e) => ({ ...e, assetIds: [] })), ...rows.values()];
}
