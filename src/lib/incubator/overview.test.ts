import { describe, expect, it } from 'vitest';
import {
  countRows,
  DEFAULT_QUERY,
  filterRows,
  pendingCount,
  type OverviewQuery,
  type OverviewRow
} from './overview';
import { overviewRow } from './test-fixtures';

const rows = [
  overviewRow('甲', {
    grade: 'A',
    score: 90,
    pledgeableValueWan: 300,
    updatedAt: '2026-11-03T00:00:00.000Z'
  }),
  overviewRow('乙', {
    grade: 'C',
    score: 50,
    pledgeableValueWan: 0,
    blockers: ['nothing_pledgeable'],
    province: '110000'
  }),
  overviewRow('丙', {
    status: 'invalid',
    grade: null,
    score: null,
    pledgeableValueWan: null,
    city: '广州市'
  }),
  overviewRow('丁', { grade: 'B', score: 70, pledgeableValueWan: 120, updatedAt: '2026-11-02T00:00:00.000Z' })
];
const q = (over: Partial<OverviewQuery>): OverviewQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (r: OverviewRow[]) => r.map((x) => x.id);

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

  it('counts the rows still waiting for their figures', () => {
    expect(pendingCount(rows)).toBe(0);
    expect(pendingCount([...rows, overviewRow('戊', { status: 'pending', grade: null, score: null })])).toBe(
      1
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
      pledgeableValueWan: 420
    });
  });
});
