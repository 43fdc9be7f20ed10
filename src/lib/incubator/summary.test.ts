import { describe, expect, it } from 'vitest';
import { assess, ENGINE_VERSION, READINESS_POLICY_VERSION } from '$lib/engine';
import { asset, assetInput, enterprise, enterpriseInput } from '$lib/engine/test-fixtures';
import { byId, currentVersions, sha256, summarize, summaryKey, type KeyVersions } from './summary';

const TODAY = '2026-11-21';
const V: KeyVersions = {
  format: 1,
  engine: '1',
  valuationDefaults: 'v',
  readinessPolicy: 'r',
  financingPolicy: 'f',
  policyData: 'p',
  code: 'c'
};

describe('sha256', () => {
  it('gives the published digests (FIPS 180-2, appendix B.1; the empty string)', async () => {
    expect(await sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('summary key', () => {
  const e = enterpriseInput({ id: 'e' });
  const a = [assetInput({ id: 'a1', enterpriseId: 'e' }), assetInput({ id: 'a2', enterpriseId: 'e' })];

  it('is the same for the same records, and changes with every part it names', async () => {
    const k = await summaryKey(e, a, TODAY, V);
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(await summaryKey(structuredClone(e), structuredClone(a), TODAY, { ...V })).toBe(k);
    const others = await Promise.all([
      summaryKey({ ...e, employees: 49 }, a, TODAY, V),
      // The same updatedAt, another figure: an import or a migration can do that.
      summaryKey(
        e,
        [a[0], { ...a[1], use: { inUse: true, products: '压缩网关', revenueWan: 901 } }],
        TODAY,
        V
      ),
      summaryKey(e, a.slice(0, 1), TODAY, V),
      summaryKey(e, a, '2026-11-22', V),
      ...(Object.keys(V) as (keyof KeyVersions)[]).map((part) =>
        summaryKey(e, a, TODAY, { ...V, [part]: part === 'format' ? 2 : 'changed' })
      )
    ]);
    expect(new Set([k, ...others]).size).toBe(others.length + 1);
  });

  it('tells apart what JSON would blur: undefined and a missing key, NaN and null, -0 and 0', async () => {
    const keys = await Promise.all([
      summaryKey({ ...e, notes: undefined }, a, TODAY, V),
      summaryKey((({ notes: _n, ...rest }) => rest)(e), a, TODAY, V),
      summaryKey({ ...e, employees: NaN }, a, TODAY, V),
      summaryKey({ ...e, employees: null }, a, TODAY, V),
      summaryKey({ ...e, employees: -0 }, a, TODAY, V),
      summaryKey({ ...e, employees: 0 }, a, TODAY, V)
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no key for values the app never writes (a Date): such a summary is never stored', async () => {
    expect(await summaryKey({ ...e, foundedOn: new Date(0) }, a, TODAY, V)).toBeNull();
  });

  it('orders assets by id, as IndexedDB returns them', () => {
    expect(byId([{ id: 'b' }, { id: 'a10' }, { id: 'a9' }]).map((x) => x.id)).toEqual(['a10', 'a9', 'b']);
  });

  it("carries this build's engine and policy versions", async () => {
    const v = await currentVersions();
    expect(v.engine).toBe(ENGINE_VERSION);
    expect(v.readinessPolicy).toBe(READINESS_POLICY_VERSION);
    expect(v.policyData).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('summarize', () => {
  it("gives the assessment's figures, and 'invalid' for an enterprise that no longer validates", () => {
    const e = enterprise({ id: 'e' });
    const a = [asset({ id: 'a1', enterpriseId: 'e', filingDate: '2018-06-01' })];
    const r = assess({ asOf: TODAY, enterprise: e, assets: a });
    expect(summarize(e, a, TODAY)).toEqual({
      status: 'ok',
      grade: r.readiness.grade,
      score: r.readiness.score,
      pledgeableValueWan: r.bundle.pledgeableValueWan,
      loanLowWan: r.readiness.loanRange.lowWan,
      loanBaseWan: r.readiness.loanRange.baseWan,
      loanHighWan: r.readiness.loanRange.highWan,
      blockers: r.readiness.blockers.filter((b) => b.scope === 'enterprise').map((b) => b.code),
      // The fixture enterprise has not answered the controller, tax-grade and court questions.
      provisional: true
    });
    expect(r.readiness.missingInputs).toEqual(
      expect.arrayContaining(['enter_controller', 'enter_tax_grade', 'enter_court'])
    );
    expect(summarize({ ...e, name: '' }, a, TODAY)).toMatchObject({ status: 'invalid', grade: null });
  });

  it('an enterprise without IP is blocked: nothing pledgeable, no loan', () => {
    const s = summarize(enterprise({ id: 'e' }), [], TODAY);
    expect(s.blockers).toContain('nothing_pledgeable');
    expect(s.pledgeableValueWan).toBe(0);
    expect(s.loanBaseWan).toBe(0);
  });
});
