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
    const assetParse = vi.spyOn(AssetSchema, 'safeParse');
    const enterpriseParse = vi.spyOn(EnterpriseSchema, 'safeParse');
    const wholeSafe = vi.spyOn(AssessmentInputSchema, 'safeParse');
    const whole = vi.spyOn(AssessmentInputSchema, 'parse');
    const r = assessStored(records());
    expect(r.ok && r.invalidAssets).toEqual([]);
    expect(r.ok && r.result.assets.length).toBe(3);
    expect(assetParse).toHaveBeenCalledTimes(3);
    expect(enterpriseParse).toHaveBeenCalledTimes(1);
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
