/**
 * Rules the screens used to encode themselves, now the engine's: which fields each IP type needs, the
 * tone of a term status, the tornado's order, the life bound, the defaults behind the enterprise settings, one
 * validation path and the assessment of stored records of which some no longer validate.
 */
import { describe, expect, it } from 'vitest';
import {
  ASSET_FIELDS,
  ASSET_TYPES,
  LEGAL_STATUSES,
  assess,
  assessStored,
  assetFieldNeeds,
  enterpriseSettingDefaults,
  legalTerm,
  termTone,
  validateAsset,
  validateEnterprise,
  AssessmentInputSchema,
  VALUATION_DEFAULTS,
  type SensitivityRow
} from './index';
import { AssetSchema } from './schema/asset';
import { tornadoBars } from './tornado';
import { TYPE_FIELDS } from './schema/asset-fields';
import { asset, assetInput, enterpriseInput } from './test-fixtures';

const AS_OF = '2026-11-21';

/** A record of `type` with every type field filled with a valid value, so only what we remove can be missing. */
function fullAsset(type: (typeof ASSET_TYPES)[number], status: (typeof LEGAL_STATUSES)[number]) {
  return assetInput({
    type,
    status,
    filingDate: '2015-03-02',
    grantDate: '2016-04-05',
    creationDate: '2014-01-01',
    firstPublicationDate: '2015-01-01',
    renewedUntil: '2036-04-04',
    feesPaidThrough: '2027-03-01',
    niceClasses: [9]
  });
}

describe('ASSET_FIELDS: one table for the form and the schema', () => {
  it('spells the known rules: patents need a filing date, a registered mark its registration date', () => {
    expect(assetFieldNeeds('invention', 'granted')).toMatchObject({
      filingDate: 'required',
      feesPaidThrough: 'optional',
      niceClasses: 'hidden'
    });
    expect(assetFieldNeeds('trademark', 'granted')).toMatchObject({
      filingDate: 'hidden',
      grantDate: 'required',
      niceClasses: 'optional'
    });
    expect(assetFieldNeeds('trademark', 'pending')).toMatchObject({
      filingDate: 'required',
      grantDate: 'optional'
    });
    expect(Object.values(assetFieldNeeds('gi', 'granted')).filter((n) => n === 'required')).toEqual([]);
    expect(assetFieldNeeds('software', 'granted').authorKind).toBe('optional');
  });

  it('the schema refuses exactly the required fields left empty, for every type and status', () => {
    for (const type of ASSET_TYPES) {
      for (const status of LEGAL_STATUSES) {
        const needs = assetFieldNeeds(type, status);
        expect(AssetSchema.safeParse(fullAsset(type, status)).success, `${type}/${status}`).toBe(true);
        for (const field of TYPE_FIELDS) {
          if (field === 'authorKind' || field === 'niceClasses') continue; // never empty: default and array
          const r = AssetSchema.safeParse({ ...fullAsset(type, status), [field]: undefined });
          const requiredIssue = r.success
            ? undefined
            : r.error.issues.find((i) => i.path[0] === field && i.message === 'errors.required_for_type');
          expect(!!requiredIssue, `${type}/${status}/${field}`).toBe(needs[field] === 'required');
        }
      }
    }
    expect(Object.keys(ASSET_FIELDS).sort()).toEqual([...ASSET_TYPES].sort());
  });
});

describe('term tone', () => {
  it('is good in force, warn when action or data is needed, bad without a live right', () => {
    expect(termTone('in_force')).toBe('good');
    expect(['fee_grace', 'renewal_grace', 'not_granted', 'unknown'].map((s) => termTone(s as never))).toEqual(
      ['warn', 'warn', 'warn', 'warn']
    );
    expect(['expired', 'lapsed', 'invalidated', 'abandoned'].map((s) => termTone(s as never))).toEqual([
      'bad',
      'bad',
      'bad',
      'bad'
    ]);
  });

  it('comes with every legal term', () => {
    // Filed 2005-03-01: an invention expires on 2025-02-28 (20 years, the day before the anniversary), so at
    // AS_OF it is expired.
    const t = legalTerm(asset({ filingDate: '2005-03-01', identifier: '200810000001.0' }), AS_OF);
    expect(t.endsOn).toBe('2025-02-28');
    expect(t.status).toBe('expired');
    expect(t.tone).toBe('bad');
  });
});

describe('tornadoBars', () => {
  const row = (param: SensitivityRow['param'], delta: number, changeWan: number): SensitivityRow => ({
    param,
    delta,
    deltaKind: 'absolute',
    baseWan: 100 + changeWan,
    changeWan
  });

  it('pairs the moves per parameter and puts the widest spread first', () => {
    const bars = tornadoBars([
      row('discountRate', -0.02, 30),
      row('discountRate', 0.02, -25),
      row('royaltyRate', 0.8, -40),
      row('royaltyRate', 1.2, 40),
      row('life', -1, -5),
      row('life', 1, 3),
      row('growth', -0.05, 0),
      row('growth', 0.05, 0)
    ]);
    // Spreads by hand: royalty |40 − (−40)| = 80, discount |−25 − 30| = 55, life |3 − (−5)| = 8, growth 0.
    expect(bars.map((b) => [b.param, b.spreadWan])).toEqual([
      ['royaltyRate', 80],
      ['discountRate', 55],
      ['life', 8],
      ['growth', 0]
    ]);
    expect(bars[1]!.down.changeWan).toBe(30);
    expect(bars[1]!.up.changeWan).toBe(-25);
  });

  it('keeps the engine’s order between bars of the same spread', () => {
    const bars = tornadoBars([
      row('discountRate', -0.02, 5),
      row('discountRate', 0.02, -5),
      row('royaltyRate', 0.8, -20),
      row('royaltyRate', 1.2, 20),
      row('life', -1, -5),
      row('life', 1, 5),
      row('growth', -0.05, -20),
      row('growth', 0.05, 20)
    ]);
    // Spreads: discount 10, royalty 40, life 10, growth 40: royalty before growth, discount before life.
    expect(bars.map((b) => b.param)).toEqual(['royaltyRate', 'growth', 'discountRate', 'life']);
  });
});

describe('the assessment result carries what the screens used to compute', () => {
  const result = assess({
    asOf: AS_OF,
    enterprise: enterpriseInput(),
    assets: [assetInput({ filingDate: '2018-06-01' })]
  });
  const a = result.assets[0]!;

  it('sorts the tornado widest first', () => {
    const spreads = a.tornado.map((b) => b.spreadWan);
    expect(spreads).toEqual([...spreads].sort((x, y) => y - x));
    expect(a.tornado.length).toBe(new Set(a.valuation.sensitivity.map((r) => r.param)).size);
  });

  it('gives the remaining life as the years of the bound that limits it', () => {
    const life = a.valuation.life;
    const bound = life.boundBy === 'legal' ? life.legalYears : life.economicYears;
    expect(life.years).toBe(bound);
  });

  it('gives the term with its tone', () => {
    // Filed 2018-06-01: in force until 2038-05-31.
    expect(a.term.endsOn).toBe('2038-05-31');
    expect(a.term.tone).toBe('good');
  });
});

describe('enterpriseSettingDefaults', () => {
  it('picks the royalty of the enterprise industry and the pledge rate of each type, with their sources', () => {
    const sw = enterpriseSettingDefaults('software');
    const basic = enterpriseSettingDefaults('basic');
    expect(sw.royaltyRate.value).toEqual(VALUATION_DEFAULTS.royaltyByIndustry.software.value);
    expect(basic.royaltyRate.value).toEqual(VALUATION_DEFAULTS.royaltyByIndustry.basic.value);
    expect(sw.royaltyRate.value).not.toEqual(basic.royaltyRate.value);
    expect(sw.pledgeRates.trademark.value).toEqual(VALUATION_DEFAULTS.pledgeRate.trademark.value);
    expect(sw.discountRate.origin).toBe('default');
    expect(sw.discountRate.source.label).toBe(VALUATION_DEFAULTS.discountRate.source.label);
    // The synergy rate used when turned on without a rate is the default's base (5 %, facts.md §9.4).
    expect(sw.synergyRate.value).toBe(0.05);
  });
});

describe('validation in one path', () => {
  it('validateAsset gives record-relative paths for schema and date problems at once', () => {
    const r = validateAsset(
      assetInput({ filingDate: '2018-06-01', grantDate: '2026-12-01', title: ' ' }),
      AS_OF
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path.join('.'), i.message]).sort()).toEqual([
      ['grantDate', 'errors.future_date'],
      ['title', 'errors.required']
    ]);
  });

  it('validateEnterprise refuses a founding date after asOf and passes the day itself', () => {
    const late = validateEnterprise(enterpriseInput({ foundedOn: '2026-11-22' }), AS_OF);
    expect(late.ok ? [] : late.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['foundedOn', 'errors.future_date']
    ]);
    expect(validateEnterprise(enterpriseInput({ foundedOn: AS_OF }), AS_OF).ok).toBe(true);
  });

  it('the assessment input reports the same issues, under the record’s place', () => {
    const bad = assetInput({ filingDate: '2018-06-01', grantDate: '2026-12-01' });
    const direct = validateAsset(bad, AS_OF);
    const viaInput = AssessmentInputSchema.safeParse({
      asOf: AS_OF,
      enterprise: enterpriseInput(),
      assets: [assetInput({ id: 'ok', filingDate: '2018-06-01' }), bad]
    });
    expect(direct.ok).toBe(false);
    expect(viaInput.success).toBe(false);
    expect(viaInput.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      (direct.ok ? [] : direct.issues).map((i) => [['assets', 1, ...i.path].join('.'), i.message])
    );
  });
});

describe('scenario', () => {
  // Invention filed 2008-01-10 ends 2028-01-09: from 2026-11-21 a 1-year loan (to 2027-11-21) fits, a 2-year one
  // (to 2028-11-21) outlasts it.
  const old = assetInput({ filingDate: '2008-01-10', identifier: '200810000001.0' });

  it('gives every enterprise the default scenario: 1 year, working capital, no amount', () => {
    const parsed = AssessmentInputSchema.parse({ asOf: AS_OF, enterprise: enterpriseInput(), assets: [] });
    expect(parsed.enterprise.scenario).toEqual({ loanTenorYears: 1, purpose: 'working_capital' });
    expect(parsed.options.loanTenorYears).toBe(1);
  });

  it('takes the loan tenor from the stored scenario unless options say otherwise', () => {
    const codes = (tenorInScenario: number, options?: { loanTenorYears: number }) =>
      assess({
        asOf: AS_OF,
        enterprise: enterpriseInput({ scenario: { loanTenorYears: tenorInScenario } }),
        assets: [old],
        ...(options ? { options } : {})
      }).assets[0]!.eligibility.reasons.map((r) => r.code);
    expect(codes(1)).not.toContain('term_shorter_than_loan');
    expect(codes(2)).toContain('term_shorter_than_loan');
    expect(codes(2, { loanTenorYears: 1 })).not.toContain('term_shorter_than_loan');
  });

  it('refuses a tenor outside 0.25-10 years and a negative amount', () => {
    const r = validateEnterprise(
      enterpriseInput({ scenario: { loanTenorYears: 12, amountWantedWan: -1 } }),
      AS_OF
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scenario.loanTenorYears', 'errors.max'],
      ['scenario.amountWantedWan', 'errors.min']
    ]);
  });
});

describe('assessStored: a bad stored record shows its own error', () => {
  const good = assetInput({ id: 'good', filingDate: '2018-06-01' });
  const future = assetInput({
    id: 'future',
    title: '未来的专利',
    filingDate: '2018-06-01',
    grantDate: '2027-01-01'
  });
  const foreign = assetInput({ id: 'foreign', enterpriseId: 'someone-else', filingDate: '2018-06-01' });

  it('assesses the valid assets and lists the invalid ones with their issues', () => {
    const r = assessStored({
      asOf: AS_OF,
      enterprise: enterpriseInput(),
      assets: [good, future, foreign, 42]
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.assets.map((a) => a.assetId)).toEqual(['good']);
    const issues = (a: (typeof r.invalidAssets)[number]) =>
      a.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    expect(r.invalidAssets.map((a) => [a.id, a.label, issues(a)]).slice(0, 2)).toEqual([
      ['future', '未来的专利', ['grantDate errors.future_date']],
      ['foreign', '一种数据压缩方法', ['enterpriseId errors.foreign_asset']]
    ]);
    // Not even an object: no id, no title, zod's own issue at the root.
    expect(r.invalidAssets[2]).toMatchObject({ id: '', label: '', type: null });
    expect(r.invalidAssets[2]!.issues.map((i) => [i.code, i.path.length])).toEqual([['invalid_type', 0]]);
  });

  it('fails only when the enterprise itself is invalid, still listing the bad assets', () => {
    const r = assessStored({
      asOf: AS_OF,
      enterprise: enterpriseInput({ name: '' }),
      assets: [good, future]
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.invalidEnterprise.issues.map((i) => i.path.join('.'))).toEqual(['name']);
    expect(r.invalidAssets.map((a) => a.id)).toEqual(['future']);
  });
});
