/**
 * The case gallery (docs/cases.md): the engine against an independent recomputation. scripts/cases/recompute.py
 * restates the routes and the subsidy rules from their documents in Python, without this code, and writes
 * docs/cases/expected.json from docs/cases/cases.json; here every route of every case must give the same figures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cheapestFitting, financingModes, type FinancingInput } from './modes';

interface Case extends Omit<FinancingInput, 'asOf'> {
  id: string;
}
interface Rates {
  compounded: number;
  simple: number;
}
interface Expected {
  fit: string;
  reasons: string[];
  amountFen: number;
  before: Rates | null;
  after: Rates | null;
  subsidyFen: number;
  costFen?: number;
  possible: number | null;
  lines: { id: string; status: string; totalFen: number }[];
}

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const inputs: { asOf: string; cases: Case[] } = read('docs/cases/cases.json');
const expected: {
  asOf: string;
  results: Record<string, { routes: Record<string, Expected>; cheapest: string | null }>;
} = read('docs/cases/expected.json');

describe('case gallery: the engine agrees with the independent recomputation', () => {
  it('has at least 12 cases, from a 50 万元 first loan to a 2,000 万元 programme ticket', () => {
    expect(inputs.cases.length).toBeGreaterThanOrEqual(12);
    const wants = inputs.cases.map((c) => c.amountWantedWan ?? 0);
    expect(Math.min(...wants)).toBeLessThanOrEqual(50);
    expect(Math.max(...wants)).toBeGreaterThanOrEqual(2000);
    expect(expected.asOf).toBe(inputs.asOf);
  });

  for (const c of inputs.cases) {
    it(c.id, () => {
      const { id: _id, ...rest } = c;
      const modes = financingModes({ ...rest, asOf: inputs.asOf });
      const want = expected.results[c.id];
      if (!want) throw new Error(`no expected figures for ${c.id}: run python3 scripts/cases/recompute.py`);
      expect(cheapestFitting(modes)?.id ?? null).toBe(want.cheapest);
      for (const m of modes) {
        const e = want.routes[m.id] as Expected;
        const where = `${c.id} ${m.id}`;
        expect(m.fit, where).toBe(e.fit);
        expect([...m.reasons].sort(), where).toEqual(e.reasons);
        expect(m.amount, where).toBe(e.amountFen);
        if (e.before === null || e.after === null) {
          expect(m.allInRate, where).toBeNull();
          continue;
        }
        expect(m.totalCost, where).toBe(e.costFen);
        expect(m.allInRateBeforeSubsidies, where).toBeCloseTo(e.before.compounded, 9);
        expect(m.allInSimpleRateBeforeSubsidies, where).toBeCloseTo(e.before.simple, 9);
        expect(m.allInRate, where).toBeCloseTo(e.after.compounded, 9);
        expect(m.allInSimpleRate, where).toBeCloseTo(e.after.simple, 9);
        expect(m.subsidyTotal, where).toBe(e.subsidyFen);
        if (e.possible === null) expect(m.possibleAllIn, where).toBeNull();
        else expect(m.possibleAllIn?.compounded, where).toBeCloseTo(e.possible, 9);
        expect(
          m.subsidies.map((l) => ({ id: l.entry.id, status: l.status, totalFen: l.total })),
          where
        ).toEqual(e.lines);
      }
    });
  }

  it('the recomputation is current: running the script changes neither file', () => {
    const r = spawnSync('python3', ['scripts/cases/recompute.py', '--check'], {
      cwd: new URL('.', root).pathname,
      encoding: 'utf8'
    });
    // python3 is on every machine of this project's kind; say so plainly if it is not.
    if (r.error) throw new Error(`python3 is needed to check docs/cases: ${r.error.message}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
