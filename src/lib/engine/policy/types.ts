/**
 * Dated policy data: one entry per rule, rate or cap, with the region it applies in, the dates it is in force and
 * its source. Subsidies, LPR and tax reliefs change by date and by place; the engine picks the entry in force at
 * `asOf` for a region with `inForce()`, never a number written into code.
 */
import type { IsoDate } from '../dates';
import type { SourceDocumentId, SourceDocumentPart } from './documents';

export type SourceLabel = 'seed' | 'sourced' | 'secondary' | 'estimate';

export interface Source {
  label: SourceLabel;
  /** Document name or address, as facts.md gives it: the team's working reference, never shown to users. */
  ref: string;
  /** The team's working note, never shown to users. */
  note?: string;
  /** The document itself as users see it (policy/documents.ts); none for an estimate. */
  doc?: SourceDocumentId;
  /** Where in the document (article, section, page). */
  part?: SourceDocumentPart;
}

export interface Range {
  low: number;
  base: number;
  high: number;
}

export interface Sourced<T> {
  value: T;
  source: Source;
  /** ISO date from which this default applies. */
  effectiveFrom: string;
}

/**
 * Where an entry applies: 'national', or a GB/T 2260 administrative code of a province ('440000'), a city
 * ('440300') or a district ('440305').
 */
export type Region = 'national' | string;

export interface PolicyEntry<T> {
  id: string;
  region: Region;
  /** First day in force (inclusive). */
  effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null while no end is announced. */
  effectiveTo: IsoDate | null;
  value: T;
  /** Caps that go with the value (e.g. a subsidy's yuan ceiling), by name. */
  caps?: Readonly<Record<string, number>>;
  /** Where it comes from; `label` is the kind (seed, sourced, secondary, estimate). */
  source: Source;
  note?: string;
}

/** Whether `e` is in force on `asOf` (both ends inclusive). ISO dates compare as strings. */
export function isInForce(
  e: Pick<PolicyEntry<unknown>, 'effectiveFrom' | 'effectiveTo'>,
  asOf: IsoDate
): boolean {
  return e.effectiveFrom <= asOf && (e.effectiveTo === null || asOf <= e.effectiveTo);
}

/** Where `asOf` falls against an entry's dates: before it, within it (both ends inclusive), or after its end. */
export type EntryStatus = 'not_yet_in_force' | 'in_force' | 'expired';

/** The status of `e` on `asOf`: `isInForce`'s answer with its other two states told apart. */
export function entryStatus(
  e: Pick<PolicyEntry<unknown>, 'effectiveFrom' | 'effectiveTo'>,
  asOf: IsoDate
): EntryStatus {
  if (asOf < e.effectiveFrom) return 'not_yet_in_force';
  return isInForce(e, asOf) ? 'in_force' : 'expired';
}

/** The region itself, then its city, province and 'national' (district '440305' → '440300' → '440000' → national). */
export function regionChain(region: Region): Region[] {
  if (!/^\d{6}$/.test(region)) return region === 'national' ? ['national'] : [region, 'national'];
  const chain = [region, `${region.slice(0, 4)}00`, `${region.slice(0, 2)}0000`, 'national'];
  return chain.filter((r, i) => chain.indexOf(r) === i);
}

/**
 * The entry in force on `asOf` for `region`: the most specific region that has one (falling back to national),
 * and among that region's entries the one that started last. Null when none is in force.
 */
export function inForce<T>(
  entries: readonly PolicyEntry<T>[],
  region: Region,
  asOf: IsoDate
): PolicyEntry<T> | null {
  for (const r of regionChain(region)) {
    let best: PolicyEntry<T> | null = null;
    for (const e of entries) {
      if (e.region !== r || !isInForce(e, asOf)) continue;
      if (!best || e.effectiveFrom > best.effectiveFrom) best = e;
    }
    if (best) return best;
  }
  return null;
}
