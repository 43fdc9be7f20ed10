/**
 * The incubator overview (issue 12): one row per enterprise on the device with its key results, and the search,
 * filters, sort and counts the screen applies. Pure: the screen hands in the stored records and today's date.
 */
import type { EnterpriseBlockerCode, ReadinessGrade } from '$lib/engine';
import { runAssessment } from '$lib/state/assessment';

export interface OverviewRow {
  id: string;
  name: string;
  province: string;
  city: string;
  industry: string;
  assetCount: number;
  updatedAt: string;
  /**
   * ok: assessed; invalid: the stored enterprise no longer validates (open it to fix); pending: not assessed yet
   * (a large device is assessed in slices so the list shows at once; the figures fill in).
   */
  status: 'ok' | 'invalid' | 'pending';
  grade: ReadinessGrade | null;
  score: number | null;
  pledgeableWan: number | null;
  loanLowWan: number | null;
  loanBaseWan: number | null;
  loanHighWan: number | null;
  /** Enterprise-level blockers (a loan cannot be applied for now). */
  blockers: EnterpriseBlockerCode[];
}

export interface StoredEnterprise {
  id: string;
  name: string;
  province: string;
  city: string;
  industry: string;
  updatedAt: string;
}

type Results = Pick<
  OverviewRow,
  'status' | 'grade' | 'score' | 'pledgeableWan' | 'loanLowWan' | 'loanBaseWan' | 'loanHighWan' | 'blockers'
>;

const NO_RESULTS = {
  grade: null,
  score: null,
  pledgeableWan: null,
  loanLowWan: null,
  loanBaseWan: null,
  loanHighWan: null,
  blockers: []
} as const;

/**
 * Results by enterprise id, with the key they were computed for: the date, the enterprise's updatedAt (a saved or
 * deleted asset touches it too), and its assets' count and latest updatedAt. A changed enterprise is assessed
 * again; the others are not. Keep one per screen session (results only: no names, nothing stored).
 */
export type OverviewCache = Map<string, { key: string; results: Results }>;

function assessOne(e: StoredEnterprise, own: readonly unknown[], asOf: string): Results {
  const outcome = runAssessment(e, own, asOf);
  if (!outcome.ok) return { status: 'invalid', ...NO_RESULTS, blockers: [] };
  const { readiness, bundle } = outcome.result;
  return {
    status: 'ok',
    grade: readiness.grade,
    score: readiness.score,
    pledgeableWan: bundle.pledgeableWan,
    loanLowWan: readiness.loanRange.lowWan,
    loanBaseWan: readiness.loanRange.baseWan,
    loanHighWan: readiness.loanRange.highWan,
    blockers: readiness.blockers.flatMap((b) => (b.scope === 'enterprise' ? [b.code] : []))
  };
}

export interface OverviewOptions {
  cache?: OverviewCache;
  /**
   * Stop assessing after this many milliseconds (measured with `now`): the remaining rows come back `pending`,
   * and the caller calls again (with the same cache) to fill them in. Unlimited when absent.
   */
  budgetMs?: number;
  now?: () => number;
}

/**
 * One row per enterprise, in the given order. `assets` is every stored asset of the device (grouped here by
 * enterpriseId). With a cache, only enterprises changed since the last call are assessed.
 */
export function overviewRows(
  enterprises: readonly StoredEnterprise[],
  assets: readonly { enterpriseId: string; updatedAt?: string }[],
  asOf: string,
  opts: OverviewOptions = {}
): OverviewRow[] {
  const byEnterprise = new Map<string, { enterpriseId: string; updatedAt?: string }[]>();
  for (const a of assets) {
    const list = byEnterprise.get(a.enterpriseId);
    if (list) list.push(a);
    else byEnterprise.set(a.enterpriseId, [a]);
  }
  const now = opts.now ?? (() => performance.now());
  const deadline = opts.budgetMs === undefined ? Infinity : now() + opts.budgetMs;
  const cache = opts.cache;
  return enterprises.map((e) => {
    const own = byEnterprise.get(e.id) ?? [];
    let latest = '';
    for (const a of own) if (a.updatedAt && a.updatedAt > latest) latest = a.updatedAt;
    const key = `${asOf}|${e.updatedAt}|${own.length}|${latest}`;
    const base = {
      id: e.id,
      name: e.name,
      province: e.province,
      city: e.city,
      industry: e.industry,
      assetCount: own.length,
      updatedAt: e.updatedAt
    };
    const hit = cache?.get(e.id);
    if (hit && hit.key === key) return { ...base, ...hit.results };
    if (now() > deadline) return { ...base, status: 'pending', ...NO_RESULTS, blockers: [] };
    const results = assessOne(e, own, asOf);
    cache?.set(e.id, { key, results });
    return { ...base, ...results };
  });
}

/** How many rows are still waiting for their assessment. */
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
  pledgeable: (a, b) => (b.pledgeableWan ?? -1) - (a.pledgeableWan ?? -1),
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
      (!(q.minPledgeableWan > 0) || (r.pledgeableWan ?? 0) >= q.minPledgeableWan)
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
  pledgeableWan: number;
}

/** The figures at the top of the overview. */
export function countRows(rows: readonly OverviewRow[]): OverviewCounts {
  const byGrade: Record<ReadinessGrade, number> = { A: 0, B: 0, C: 0, D: 0 };
  let blocked = 0;
  let invalid = 0;
  let pending = 0;
  let pledgeableWan = 0;
  for (const r of rows) {
    if (r.grade) byGrade[r.grade]++;
    else if (r.status === 'pending') pending++;
    else invalid++;
    if (r.blockers.length) blocked++;
    pledgeableWan += r.pledgeableWan ?? 0;
  }
  return { total: rows.length, byGrade, blocked, invalid, pending, pledgeableWan };
}
