/**
 * The fast path against zod itself, the only oracle: for every value, `safeParseFast` must give what zod's
 * `safeParse` gives (the same success, the same data with the same keys in the same order), and on valid records it
 * must not call zod at all (or it saves nothing).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { ASSET_TYPES } from './asset-type';
import { AssetSchema } from './asset';
import { EnterpriseSchema } from './enterprise';
import { AssessmentInputSchema } from './input';
import { parseFast, safeParseFast } from './fast-parse';
import { asset, enterprise, input } from '../valuation/fixtures';

const seed = Number(process.env.FC_SEED ?? 20261202);

/** One asset of each type with every valuation input the form offers, plus the odd shapes the records allow. */
const ASSETS = ASSET_TYPES.map((type, i) =>
  asset({
    id: `a${i}`,
    type,
    use: { inUse: true, products: ' 主控芯片 ', revenueWan: 100 + i, productIds: ['p1'], shareWeight: 2 },
    coOwners: i === 1 ? [{ name: '张三', consentToPledge: true }] : [],
    holder: i === 2 ? 'controller' : undefined,
    licence: { kind: 'exclusive', annualIncomeWan: 12.5 },
    valuation: {
      revenueHistory: [
        { year: 2021, revenueWan: 80 + i },
        { year: 2022, revenueWan: 90 + i }
      ],
      revenueForecastWan: [120, 130],
      growth: 0.05,
      ...(i % 3 === 0
        ? { royaltyRate: 0.04 }
        : i % 3 === 1
          ? { profitSplit: { operatingMargin: 0.2 } }
          : { profitShare: { share: 0.2, afterTaxProfitWan: [10, 12] } }),
      decay: 0.1,
      economicLifeYears: 8,
      discountRate: 0.12,
      taxRate: 0.15,
      cost: { amountWan: 50 + i, incurredOn: '2020-03-01', priceIndex: 1.1, reasonableProfit: 0.2 },
      comparables: [{ label: 'c', priceWan: 60 + i, factors: { time: 1.05, legal: 0.9 } }],
      quality: { stability: 4, advancement: 3, market_application: 5 },
      qualityWeights: { legal: 0.3, technical: 0.4, economic: 0.3 },
      pledgeRate: 0.3,
      methodWeights: { income: 0.6, cost: 0.2, market: 0.2 }
    }
  })
);
const ENTERPRISE = enterprise({
  creditCode: '914403001922038216',
  foundedOn: '2015-03-02',
  employees: 48,
  products: [{ id: 'p1', name: '主控芯片', revenueWan: 800 } as never],
  valuationSettings: {
    discountRate: 0.11,
    taxBasis: 'own',
    pledgeRates: { invention: 0.35 },
    synergy: { enabled: true, rate: 0.05 }
  },
  scenario: { loanTenorYears: 2, purpose: 'rnd' }
});

/** What both paths say, in a form `toEqual` compares strictly: success, and the data as JSON (key order too). */
function outcome(r: z.ZodSafeParseResult<unknown>): unknown {
  return r.success ? { ok: true, data: r.data, json: JSON.stringify(r.data) } : { ok: false };
}

function same(schema: z.ZodType, value: unknown): void {
  const fast = outcome(safeParseFast(schema, value));
  const slow = outcome(schema.safeParse(value));
  expect(fast).toStrictEqual(slow);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('safeParseFast', () => {
  it('returns zod’s own output for valid records, without calling zod', () => {
    const all = input(ASSETS, { enterprise: ENTERPRISE as never });
    for (const [schema, value] of [
      [AssetSchema, ASSETS[0]],
      [EnterpriseSchema, ENTERPRISE],
      [AssessmentInputSchema, all]
    ] as const) {
      const expected = schema.safeParse(value);
      expect(expected.success).toBe(true);
      const spy = vi.spyOn(schema, 'safeParse');
      const fast = safeParseFast(schema as z.ZodType, value);
      expect(spy).not.toHaveBeenCalled();
      expect(outcome(fast)).toStrictEqual(outcome(expected));
    }
    for (const a of ASSETS) same(AssetSchema, a);
  });

  it('applies zod’s trims, defaults, normalisations and drops unknown keys', () => {
    const raw = {
      ...ASSETS[0],
      title: '  带空格的标题  ',
      identifier: 'ZL 2018 1 0557067.3',
      extra: 'dropped',
      use: { inUse: true, products: '' }
    } as Record<string, unknown>;
    delete raw.valuation;
    const r = safeParseFast(AssetSchema, raw);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.title).toBe('带空格的标题');
    expect(r.data.identifier).toBe('201810557067.3');
    expect(r.data.valuation).toEqual({});
    expect(r.data.use.productIds).toEqual([]);
    expect('extra' in r.data).toBe(false);
    same(AssetSchema, raw);
  });

  it('shares nothing mutable with its input', () => {
    const a = ASSETS[3] as Record<string, unknown>;
    const r = safeParseFast(AssetSchema, a);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).not.toBe(a);
    expect(r.data.valuation).not.toBe(a.valuation);
    expect(r.data.use).not.toBe(a.use);
    expect(r.data.valuation.comparables).not.toBe((a.valuation as { comparables: unknown }).comparables);
  });

  it('refuses what zod refuses, with zod’s own issues', () => {
    const bad = { ...ASSETS[0], grantDate: '2019-01-01' };
    const r = safeParseFast(AssetSchema, bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toEqual(AssetSchema.safeParse(bad).error?.issues);
    expect(() => parseFast(AssessmentInputSchema, { asOf: 'x' })).toThrow();
  });

  // Every field of every record replaced by each odd value: the two paths agree on all of them.
  const ODD: unknown[] = [
    undefined,
    null,
    '',
    ' x ',
    '2024-13-01',
    '2023-05-06',
    0,
    -1,
    0.5,
    3,
    46,
    1e9,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    [1],
    ['p1'],
    {},
    { enabled: true }
  ];
  /** Every path to a value inside `v` (objects and arrays), and the value there. */
  function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof v !== 'object' || v === null) return [at];
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
  }
  function replaced(v: unknown, path: (string | number)[], by: unknown, remove: boolean): unknown {
    if (path.length === 0) return by;
    const [k, ...rest] = path as [string | number, ...(string | number)[]];
    const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
    if (rest.length === 0 && remove) delete copy[k];
    else copy[k] = replaced(copy[k], rest, by, remove);
    return copy;
  }

  it.each([
    ['asset', AssetSchema, ASSETS[0]],
    ['asset with profit share', AssetSchema, ASSETS[2]],
    ['enterprise', EnterpriseSchema, ENTERPRISE]
  ] as const)('agrees with zod on every field of the %s made odd', (_, schema, record) => {
    let n = 0;
    for (const path of paths(record)) {
      same(schema, replaced(record, path, undefined, true));
      for (const odd of ODD) {
        same(schema, replaced(record, path, odd, false));
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it('agrees with zod on random values at random places of the whole input', () => {
    const all = input(ASSETS.slice(0, 3), { enterprise: ENTERPRISE as never });
    const places = paths(all);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.constantFrom(...places),
            value: fc.oneof(
              fc.jsonValue(),
              fc.constantFrom(...ODD),
              fc.string(),
              fc.double(),
              fc.integer({ min: -5, max: 60 })
            ),
            remove: fc.boolean()
          }),
          { maxLength: 3 }
        ),
        (edits) => {
          let v: unknown = all;
          for (const e of edits) v = replaced(v, e.at, e.value, e.remove);
          same(AssessmentInputSchema, v);
        }
      ),
      { seed, numRuns: 400 }
    );
  });
});
