/**
 * `assessStored` validates each stored record once and hands the parsed records to the assessment, which does not
 * parse them again; its result is the one `assess` gives for the same records.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess, assessStored, clearAssessCache } from './index';
import { AssetSchema } from './schema/asset';
import { EnterpriseSchema } from './schema/enterprise';
import { AssessmentInputSchema, AssessmentOptionsSchema } from './schema/input';
import { assetInput, enterpriseInput } from './test-fixtures';
import * as fastParse from './schema/fast-parse';

// Every record parse goes through the fast path (schema/fast-parse.ts), which calls zod itself only for a record it
// cannot vouch for: the calls to count are the fast path's, by schema.
vi.mock('./schema/fast-parse', async (load) => {
  const real = await load<typeof import('./schema/fast-parse')>();
  return { ...real, safeParseFast: vi.fn(real.safeParseFast), parseFast: vi.fn(real.parseFast) };
});
const parsesOf = (schema: unknown, fn: { mock: { calls: unknown[][] } }) =>
  fn.mock.calls.filter((c) => c[0] === schema).length;

const AS_OF = '2026-11-21';
const records = () => ({
  asOf: AS_OF,
  enterprise: enterpriseInput(),
  assets: [
    assetInput({ id: 'a1', filingDate: '2018-06-01' }),
    assetInput({ id: 'a2', filingDate: '2019-03-01', use: { inUse: true, products: '', revenueWan: 300 } }),
    assetInput({ id: 'a3', filingDate: '2020-01-01', grantDate: '2021-01-01' })
  ]
});

afterEach(() => {
  vi.restoreAllMocks();
  clearAssessCache();
});

describe('assessStored parses each record once', () => {
  it('validates every record with its own schema and never parses the whole input', () => {
    clearAssessCache();
    const safe = vi.mocked(fastParse.safeParseFast);
    const parse = vi.mocked(fastParse.parseFast);
    safe.mockClear();
    parse.mockClear();
    const wholeSafe = vi.spyOn(AssessmentInputSchema, 'safeParse');
    const whole = vi.spyOn(AssessmentInputSchema, 'parse');
    const r = assessStored(records());
    expect(r.ok && r.invalidAssets).toEqual([]);
    expect(r.ok && r.result.assets.length).toBe(3);
    expect(parsesOf(AssetSchema, safe)).toBe(3);
    expect(parsesOf(EnterpriseSchema, safe)).toBe(1);
    expect(parsesOf(AssessmentInputSchema, safe) + parsesOf(AssessmentInputSchema, parse)).toBe(0);
    expect(wholeSafe).not.toHaveBeenCalled();
    expect(whole).not.toHaveBeenCalled();
  });

  it('gives the result assess gives for the same records, with or without options', () => {
    for (const options of [undefined, { loanTenorYears: 1 }]) {
      clearAssessCache();
      const stored = assessStored({ ...records(), ...(options ? { options } : {}) });
      clearAssessCache();
      const direct = assess({ ...records(), ...(options ? { options } : {}) });
      expect(stored.ok && stored.result).toStrictEqual(direct);
    }
  });

  it('leaves options the schema refuses to assess, which throws the input schema error', () => {
    const optionsParse = vi.spyOn(AssessmentOptionsSchema, 'safeParse');
    expect(() => assessStored({ ...records(), options: { loanTenorYears: -1 } })).toThrow();
    expect(optionsParse).toHaveBeenCalled();
    try {
      assessStored({ ...records(), options: { loanTenorYears: -1 } });
    } catch (e) {
      expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['options', 'loanTenorYears']);
    }
  });
});
