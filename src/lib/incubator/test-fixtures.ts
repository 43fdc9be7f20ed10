/** Test data for the incubator overview (its rows), shared by the overview's and the overview state's tests. */
import type { OverviewRow } from './overview';

/** A computed overview row: a Shenzhen high-tech enterprise, grade B, pledgeable 100 万元; `over` changes any field. */
export function overviewRow(id: string, over: Partial<OverviewRow> = {}): OverviewRow {
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
    pledgeableValueWan: 100,
    loanLowWan: 50,
    loanBaseWan: 100,
    loanHighWan: 150,
    blockers: [],
    provisional: false,
    ...over
  };
}
