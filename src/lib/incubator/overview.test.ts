import { describe, expect, it } from 'vitest';
import { assetInput, enterpriseInput } from '$lib/engine/test-fixtures';
import {
  countRows,
  DEFAULT_QUERY,
  filterRows,
  overviewRows,
  pendingCount,
  type OverviewQuery,
  type OverviewRow
} from './overview';

const TODAY = '2026-11-21';

function row(id: string, over: Partial<OverviewRow> = {}): OverviewRow {
  return {
    id,
    name: id,
    province: '440000',
    city: '深圳市',
    industry: 'high_tech',
    assetCount: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    status: 'ok',
    grade: 'B',
    score: 70,
    pledgeableWan: 100,
    loanLowWan: 50,
    loanBaseWan: 100,
    loanHighWan: 150,
    blockers: [],
    ...over
  };
}

const rows = [
  row('甲', { grade: 'A', score: 90, pledgeableWan: 300, updatedAt: '2026-11-03T00:00:00.000Z' }),
  row('乙', {
    grade: 'C',
    score: 50,
    pledgeableWan: 0,
    blockers: ['nothing_pledgeable'],
    province: '110000'
  }),
  row('丙', { status: 'invalid', grade: null, score: null, pledgeableWan: null, city: '广州市' }),
  row('丁', { grade: 'B', score: 70, pledgeableWan: 120, updatedAt: '2026-11-02T00:00:00.000Z' })
];
const q = (over: Partial<OverviewQuery>): OverviewQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (r: OverviewRow[]) => r.map((x) => x.id);

describe('overview rows', () => {
  it('assesses each enterprise with its own assets and marks one that no longer validates', () => {
    const a = enterpriseInput({ id: 'a', name: '甲' });
    const b = enterpriseInput({ id: 'b', name: '乙' });
    const broken = { ...enterpriseInput({ id: 'c' }), name: '' };
    const assets = [
      assetInput({ id: 'x1', enterpriseId: 'a' }),
      assetInput({ id: 'x2', enterpriseId: 'a', type: 'trademark', grantDate: '2020-01-07' }),
      assetInput({ id: 'y1', enterpriseId: 'b' })
    ];
    const out = overviewRows([a, b, broken], assets, TODAY);
    expect(out.map((r) => [r.id, r.assetCount])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0]
    ]);
    expect(out[0]?.grade).toMatch(/^[ABCD]$/);
    expect(out[0]?.pledgeableWan).toBeGreaterThan(0);
    expect(out[2]).toMatchObject({
      status: 'invalid',
      grade: null,
      score: null,
      pledgeableWan: null,
      blockers: []
    });
  });

  it('an enterprise without IP is blocked: nothing pledgeable, no loan', () => {
    const [r] = overviewRows([enterpriseInput({ id: 'a' })], [], TODAY);
    expect(r?.blockers).toContain('nothing_pledgeable');
    expect(r?.pledgeableWan).toBe(0);
    expect(r?.loanBaseWan).toBe(0);
  });
});

describe('overview cache and time budget', () => {
  const es = ['a', 'b', 'c'].map((id) => enterpriseInput({ id, name: id }));
  const as = es.map((e) => assetInput({ id: `${e.id}-1`, enterpriseId: e.id }));

  it('stops at the budget and fills in the rest on the next call; an unchanged enterprise is not assessed again', () => {
    const cache = new Map();
    // A clock that moves 10 ms per reading: the deadline (0 + 15) is passed after the first assessment.
    let t = 0;
    const now = () => (t += 10);
    const first = overviewRows(es, as, TODAY, { cache, budgetMs: 15, now });
    expect(first.map((r) => r.status)).toEqual(['ok', 'pending', 'pending']);
    expect(pendingCount(first)).toBe(2);
    const second = overviewRows(es, as, TODAY, { cache });
    expect(pendingCount(second)).toBe(0);
    expect(second[0]).toEqual(first[0]);
    expect(cache.size).toBe(3);
    // A changed enterprise (its updatedAt moves when an asset is saved) is assessed again.
    const renamed = es.map((e) =>
      e.id === 'b' ? { ...e, financials: {}, updatedAt: '2026-11-21T09:00:00.000Z' } : e
    );
    const third = overviewRows(renamed, as, TODAY, { cache });
    expect(third[1]?.updatedAt).toBe('2026-11-21T09:00:00.000Z');
    expect(cache.get('b')?.key).toContain('2026-11-21T09:00:00.000Z');
  });
});

describe('overview filters, sort and counts', () => {
  it('sorts by change (newest first), by score, by pledgeable value; unassessable last', () => {
    expect(ids(filterRows(rows, q({ sort: 'updated' })).slice(0, 2))).toEqual(['甲', '丁']);
    expect(ids(filterRows(rows, q({ sort: 'grade' })))).toEqual(['甲', '丁', '乙', '丙']);
    expect(ids(filterRows(rows, q({ sort: 'pledgeable' })))).toEqual(['甲', '丁', '乙', '丙']);
  });

  it('filters by text (name or city), grade, region, blockers and a minimum pledgeable value', () => {
    expect(ids(filterRows(rows, q({ text: '广州' })))).toEqual(['丙']);
    expect(ids(filterRows(rows, q({ grade: 'C' })))).toEqual(['乙']);
    expect(ids(filterRows(rows, q({ region: '110000' })))).toEqual(['乙']);
    expect(ids(filterRows(rows, q({ blockers: 'blocked' })))).toEqual(['乙']);
    expect(filterRows(rows, q({ blockers: 'clear' }))).toHaveLength(3);
    // ≥ 120 万元: 甲 (300) and 丁 (120, the bound itself counts).
    expect(ids(filterRows(rows, q({ minPledgeableWan: 120, sort: 'name' }))).sort()).toEqual(
      ['丁', '甲'].sort()
    );
  });

  it('counts grades, blocked and unassessable, and sums the pledgeable value', () => {
    // 300 + 0 + 0 (none) + 120 = 420
    expect(countRows(rows)).toEqual({
      total: 4,
      byGrade: { A: 1, B: 1, C: 1, D: 0 },
      blocked: 1,
      invalid: 1,
      pending: 0,
      pledgeableWan: 420
    });
  });
});
