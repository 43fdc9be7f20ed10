/**
 * The memo of assess() and assessStored() is invisible: along random sequences of edits, each
 * memoised result equals a fresh computation. The fresh one runs in a second instance of the engine (its own
 * modules, so its own memo), emptied before every call; the instance under test keeps its memo for the whole
 * sequence. Edits replace objects or change them in place, reorder, add and remove assets, change asOf, the
 * enterprise and the options, and make records invalid (the errors must be equal too).
 */
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  assess,
  assessStored,
  clearAssessCache,
  ASSET_TYPES,
  type AssetInput,
  type EnterpriseInput
} from './index';
import { copyPlain, NOT_PLAIN, samePlain } from './same';
import { assetInput, enterpriseInput, ENTERPRISE_ID, seededRandom as random } from './test-fixtures';

type Engine = typeof import('./index');
let fresh: Engine;

beforeAll(async () => {
  vi.resetModules();
  fresh = await import('./index');
  expect(fresh.assess).not.toBe(assess);
});

type Outcome = { ok: true; value: unknown } | { ok: false; issues: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'issues' in e) return { ok: false, issues: e.issues };
    throw e;
  }
}

/** Deep strict equality (node's, fast); vitest's diff only when they differ. */
function same(actual: Outcome, expected: Outcome, where: string): void {
  if (isDeepStrictEqual(actual, expected)) expect(true).toBe(true);
  else expect(actual, where).toStrictEqual(expected);
}

const AS_OFS = ['2024-01-01', '2025-06-30', '2026-11-21', '2021-07-01'];

function newAsset(rng: () => number, n: number): AssetInput {
  const type = ASSET_TYPES[Math.floor(rng() * ASSET_TYPES.length)] ?? 'invention';
  return assetInput({
    id: `a${n}`,
    type,
    filingDate: '2020-01-01',
    grantDate: '2021-06-01',
    ...(type === 'software' || type === 'copyright' ? { firstPublicationDate: '2020-01-01' } : {}),
    niceClasses: type === 'trademark' ? [9] : [],
    use: { inUse: true, products: '', revenueWan: 100 + n },
    valuation: {
      revenueHistory: [
        { year: 2021, revenueWan: 80 + n },
        { year: 2022, revenueWan: 90 + n }
      ],
      cost: { amountWan: 50 + n },
      quality: { stability: 4, advancement: 3 }
    }
  });
}

type Rec = Record<string, unknown>;
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Changes to an asset, each applied to the object given (a caller's in-place change, or a copy's). */
const ASSET_EDITS: ((a: Rec, rng: () => number) => void)[] = [
  (a, rng) => {
    const v = a.valuation as Rec;
    const r = pick(rng, [0.01, 0.03, 0.2, 0.5, undefined, 'delete', Number.NaN]);
    if (r === 'delete') delete v.royaltyRate;
    else v.royaltyRate = r;
  },
  (a, rng) => ((a.use as Rec).revenueWan = pick(rng, [0, 100, 500, -1])),
  (a, rng) => ((a.title as unknown) = pick(rng, ['专利甲', '专利乙', ''])),
  (a, rng) => (a.pledged = rng() < 0.5),
  (a, rng) => (a.grantDate = pick(rng, ['2021-06-01', '2022-02-02', '2030-01-01'])),
  (a, rng) => (a.enterpriseId = pick(rng, [ENTERPRISE_ID, ENTERPRISE_ID, 'someone-else'])),
  (a, rng) => {
    const h = (a.valuation as Rec).revenueHistory as Rec[] | undefined;
    if (h && rng() < 0.5) h.pop();
    else (a.valuation as Rec).revenueHistory = [...(h ?? []), { year: 2023, revenueWan: 120 }];
  },
  (a, rng) => (((a.valuation as Rec).quality as Rec) = { stability: pick(rng, [1, 3, 5]), advancement: 2 }),
  (a, rng) => (a.status = pick(rng, ['granted', 'granted', 'pending', 'lapsed'])),
  (a, rng) => (a.notes = rng() < 0.8 ? 'n' : new Date(0)),
  (a) => {
    // The same data with the keys in another order.
    const entries = Object.entries(a).reverse();
    for (const [k] of entries) delete a[k];
    for (const [k, v] of entries) a[k] = v;
  }
];

const ENTERPRISE_EDITS: ((e: Rec, rng: () => number) => void)[] = [
  (e, rng) => (e.valuationSettings = { synergy: { enabled: rng() < 0.5 } }),
  (e, rng) => ((e.financials as Rec).revenueWan = pick(rng, [0, 800, 3200, undefined])),
  (e, rng) => (e.scenario = { loanTenorYears: pick(rng, [1, 3]), amountWantedWan: pick(rng, [50, 500]) }),
  (e, rng) => (e.documentsReady = rng() < 0.5 ? [] : ['business_licence']),
  (e, rng) => (e.financingSettings = { bank: { spread: pick(rng, [0.005, 0.01]), insurance: rng() < 0.5 } }),
  (e, rng) => ((e.credit as Rec).currentOverdue = rng() < 0.3),
  (e, rng) => (e.city = pick(rng, ['深圳市南山区', '北京市', '成都市'])),
  (e, rng) => (e.foundedOn = pick(rng, ['2015-03-02', '2027-01-01']))
];

interface State {
  asOf: string;
  enterprise: EnterpriseInput;
  assets: AssetInput[];
  options: { loanTenorYears: number } | undefined;
}

/** One random step: returns the state to assess next (objects changed in place or replaced). */
function step(s: State, rng: () => number, counter: { n: number }): State {
  const r = rng();
  const inPlace = rng() < 0.5;
  if (r < 0.5 && s.assets.length > 0) {
    const i = Math.floor(rng() * s.assets.length);
    const target = inPlace ? s.assets[i] : structuredClone(s.assets[i]);
    pick(rng, ASSET_EDITS)(target as unknown as Rec, rng);
    if (inPlace) return s;
    const assets = [...s.assets];
    assets[i] = target as AssetInput;
    return { ...s, assets };
  }
  if (r < 0.65) {
    const target = inPlace ? s.enterprise : structuredClone(s.enterprise);
    pick(rng, ENTERPRISE_EDITS)(target as unknown as Rec, rng);
    return inPlace ? s : { ...s, enterprise: target };
  }
  if (r < 0.72) return { ...s, asOf: pick(rng, AS_OFS) };
  if (r < 0.79)
    return { ...s, options: pick(rng, [undefined, { loanTenorYears: 1 }, { loanTenorYears: 3 }]) };
  if (r < 0.86) return { ...s, assets: [...s.assets, newAsset(rng, counter.n++)] };
  if (r < 0.92) return { ...s, assets: s.assets.filter((_, i) => i !== Math.floor(rng() * s.assets.length)) };
  if (r < 0.96) return { ...s, assets: [...s.assets].reverse() };
  // A new object with the same content (a storage re-read).
  return { ...s, assets: s.assets.map((a) => structuredClone(a)) };
}

function inputOf(s: State) {
  return {
    asOf: s.asOf,
    enterprise: s.enterprise,
    assets: s.assets,
    ...(s.options ? { options: s.options } : {})
  };
}

function start(rng: () => number, counter: { n: number }): State {
  return {
    asOf: '2024-01-01',
    enterprise: enterpriseInput({ valuationSettings: { synergy: { enabled: true } } }),
    assets: Array.from({ length: 1 + Math.floor(rng() * 5) }, () => newAsset(rng, counter.n++)),
    options: undefined
  };
}

describe('the memo is invisible', () => {
  it(
    'assess(): 8 random sequences of 30 edits, each result equal to a fresh computation',
    { timeout: 120_000 },
    () => {
      clearAssessCache();
      for (let seed = 1; seed <= 8; seed++) {
        const rng = random(seed);
        const counter = { n: 0 };
        let s = start(rng, counter);
        for (let k = 0; k < 30; k++) {
          s = step(s, rng, counter);
          const input = inputOf(s) as Parameters<typeof assess>[0];
          const memoised = outcome(() => assess(input));
          fresh.clearAssessCache();
          const expected = outcome(() => fresh.assess(input));
          same(memoised, expected, `seed ${seed}, step ${k}`);
        }
      }
    }
  );

  it(
    'assessStored(): 8 random sequences of 30 edits, each result equal to a fresh computation',
    { timeout: 120_000 },
    () => {
      clearAssessCache();
      for (let seed = 101; seed <= 108; seed++) {
        const rng = random(seed);
        const counter = { n: 0 };
        let s = start(rng, counter);
        for (let k = 0; k < 30; k++) {
          s = step(s, rng, counter);
          const input = inputOf(s);
          const memoised = outcome(() => assessStored(input));
          fresh.clearAssessCache();
          const expected = outcome(() => fresh.assessStored(input));
          same(memoised, expected, `seed ${seed}, step ${k}`);
          // Both doors share the engine's memo: the same records through assess() too.
          if (k % 5 === 0) {
            const direct = outcome(() => assess(input as Parameters<typeof assess>[0]));
            fresh.clearAssessCache();
            same(
              direct,
              outcome(() => fresh.assess(input as Parameters<typeof assess>[0])),
              `seed ${seed}, ${k}`
            );
          }
        }
      }
    }
  );

  it('an unchanged asset keeps its result object; one changed in place gets a new one', () => {
    clearAssessCache();
    const rng = random(7);
    const counter = { n: 0 };
    const s = { ...start(rng, counter), assets: [newAsset(rng, 0), newAsset(rng, 1)] };
    const r1 = assess(inputOf(s));
    (s.assets[1]?.use as Rec).revenueWan = 999;
    const r2 = assess(inputOf(s));
    expect(r2.assets[0]).toBe(r1.assets[0]);
    expect(r2.assets[1]).not.toBe(r1.assets[1]);
    const stored1 = assessStored(inputOf(s));
    const stored2 = assessStored({ ...inputOf(s), assets: s.assets.map((a) => structuredClone(a)) });
    expect(stored1.ok && stored2.ok && stored2.result.assets[0] === stored1.result.assets[0]).toBe(true);
  });
});

describe('samePlain and copyPlain', () => {
  const same = (a: unknown, b: unknown) => samePlain(b, copyPlain(a));

  it('sees the same data in a new object, and every change', () => {
    const a = { x: 1, y: [1, { z: 'a' }], n: null, u: undefined };
    expect(same(a, structuredClone(a))).toBe(true);
    expect(same(a, { ...a, x: 2 })).toBe(false);
    expect(same(a, { ...a, y: [1, { z: 'b' }] })).toBe(false);
    expect(same(a, { ...a, y: [1] })).toBe(false);
    expect(same(a, { x: 1, y: [1, { z: 'a' }], n: null })).toBe(false);
    expect(same({ x: 1 }, { x: 1, u: undefined })).toBe(false);
    expect(same({ v: Number.NaN }, { v: Number.NaN })).toBe(true);
    expect(same({ v: 0 }, { v: -0 })).toBe(false);
    expect(same({ v: null }, { v: undefined })).toBe(false);
    expect(same([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('a different key order is a miss, never a wrong hit', () => {
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });

  it('refuses what is not plain data: dates, class instances, functions, cycles', () => {
    const cycle: Rec = {};
    cycle.self = cycle;
    for (const v of [new Date(0), new Map(), () => 1, cycle, { d: new Date(0) }])
      expect(copyPlain(v)).toBe(NOT_PLAIN);
    expect(samePlain(new Date(0), copyPlain({}))).toBe(false);
    expect(samePlain(cycle, copyPlain({ self: { self: {} } }))).toBe(false);
  });

  it('copies a key named __proto__ as a key, and shares nothing with the original', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "y": [1]}') as Rec;
    const c = copyPlain(parsed);
    expect(samePlain(parsed, c)).toBe(true);
    expect(samePlain({ y: [1] }, c)).toBe(false);
    (parsed.y as number[]).push(2);
    expect(samePlain(parsed, c)).toBe(false);
  });
});
