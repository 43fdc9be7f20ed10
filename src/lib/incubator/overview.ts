/**
 * The incubator overview: one row per enterprise on the device with its key results, and the search,
 * filters, sort and counts the screen applies. Pure. The rows come from summary-pool.ts (stored summaries, the
 * missing ones computed in workers).
 */
import type { ReadinessGrade } from '$lib/engine';
import type { EnterpriseLine } from './summary-store';
import type { Summary } from './summary';

/**
 * An enterprise's line and its figures. status ok: assessed; invalid: the stored enterprise no longer validates
 * (open it to fix); pending: not computed yet (the figures fill in).
 */
export type OverviewRow = EnterpriseLine &
  Omit<Summary, 'status'> & {
    status: Summary['status'] | 'pending';
  };

/** How many rows are still waiting for their figures. */
export function pendingCount(rows: readonly OverviewRow[]): number {
  let n = 0;
  for (const r of rows) if (r.status === 'pending') n++;
  return n;
}

export const SORT_KEYS = ['updated', 'name', 'grade', 'pledgeable', 'loan'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface OverviewQuery {
  /** Part of the name or city, case-insensitive. */
  text: string;
  /** '' = every grade. */
  grade: ReadinessGrade | '';
  /** Province code, '' = every region. */
  region: string;
  blockers: 'any' | 'blocked' | 'clear';
  /** Pledgeable value at least this many 万元 (0 = no limit). */
  minPledgeableWan: number;
  sort: SortKey;
}

export const DEFAULT_QUERY: OverviewQuery = {
  text: '',
  grade: '',
  region: '',
  blockers: 'any',
  minPledgeableWan: 0,
  sort: 'updated'
};

const collator = new Intl.Collator('zh-CN');

const compare: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
  // Most recently changed first.
  updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
  name: (a, b) => collator.compare(a.name, b.name),
  // Best score first; an enterprise that cannot be assessed last.
  grade: (a, b) => (b.score ?? -1) - (a.score ?? -1),
  pledgeable: (a, b) => (b.pledgeableValueWan ?? -1) - (a.pledgeableValueWan ?? -1),
  loan: (a, b) => (b.loanBaseWan ?? -1) - (a.loanBaseWan ?? -1)
};

/** The rows the query keeps, in its order (ties by name, so the order is stable). */
export function filterRows(rows: readonly OverviewRow[], q: OverviewQuery): OverviewRow[] {
  const text = q.text.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (!text || r.name.toLowerCase().includes(text) || r.city.toLowerCase().includes(text)) &&
      (!q.grade || r.grade === q.grade) &&
      (!q.region || r.province === q.region) &&
      (q.blockers === 'any' || (q.blockers === 'blocked') === r.blockers.length > 0) &&
      (!(q.minPledgeableWan > 0) || (r.pledgeableValueWan ?? 0) >= q.minPledgeableWan)
  );
  const by = compare[q.sort];
  return kept.sort((a, b) => by(a, b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

export interface OverviewCounts {
  total: number;
  byGrade: Record<ReadinessGrade, number>;
  blocked: number;
  /** Enterprises whose records no longer validate. */
  invalid: number;
  /** Not assessed yet. */
  pending: number;
  pledgeableValueWan: number;
}

/** The figures at the top of the overview. */
export function countRows(rows: readonly OverviewRow[]): OverviewCounts {
  const byGrade: Record<ReadinessGrade, number> = { A: 0, B: 0, C: 0, D: 0 };
  let blocked = 0;
  let invalid = 0;
  let pending = 0;
  let pledgeableValueWan = 0;
  for (const r of rows) {
    if (r.grade) byGrade[r.grade]++;
    else if (r.status === 'pending') pending++;
    else invalid++;
    if (r.blockers.length) blocked++;
    pledgeableValueWan += r.pledgeableValueWan ?? 0;
  }
  return { total: rows.length, byGrade, blocked, invalid, pending, pledgeableValueWan };
}
