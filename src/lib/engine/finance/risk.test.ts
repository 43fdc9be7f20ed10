import { describe, expect, it } from 'vitest';
import { financingModes, type FinancingInput, type FinancingMode } from './modes';
import { insuranceOptions, riskSharing } from './risk';
import { financingInput } from './test-fixtures';

describe('risk sharing', () => {
  it('苏知贷: the fund takes 80 % of a loss up to 10 M, 50 % from 10 to 30 M; above 30 M the scheme stops', () => {
    expect(riskSharing('320000', '南京市', 500)[0]).toMatchObject({ bankShare: 0.2, withinCap: true });
    expect(riskSharing('320000', '南京市', 2000)[0]).toMatchObject({ bankShare: 0.5, withinCap: true });
    expect(riskSharing('320000', '南京市', 4000)[0]).toMatchObject({ shares: null, withinCap: false });
  });
  it('Zhongshan splits fund : bank : insurer : appraiser = 54 : 26 : 16 : 4', () => {
    const [z] = riskSharing('440000', '中山市', 300);
    expect(z?.shares).toEqual({ fund: 0.54, bank: 0.26, insurer: 0.16, appraiser: 0.04 });
    const s = z?.shares ?? {};
    expect(Object.values(s).reduce((a, b) => a + (b ?? 0), 0)).toBeCloseTo(1, 12);
  });
  it('a place with no scheme has none', () => {
    expect(riskSharing('610000', '西安市', 300)).toEqual([]);
  });
});

describe('insurance', () => {
  const input = financingInput({
    province: '410000',
    city: '许昌市',
    settings: { bank: { insurance: true, appraisal: false } }
  });
  const bank = (over: Partial<FinancingInput> = {}) =>
    financingModes({ ...input, ...over }).find((m) => m.id === 'bank_pledge_loan') as FinancingMode;
  it('the pledge cover’s premium (2 % of 500,000 = 10,000 a year) is a cost of the loan', () => {
    const m = bank();
    expect(m.flows.filter((f) => f.kind === 'premium').map((f) => f.amount)).toEqual([-1_000_000]);
    const without = bank({ settings: { bank: { appraisal: false } } });
    expect(m.allInRateBeforeSubsidies as number).toBeGreaterThan(without.allInRateBeforeSubsidies as number);
  });
  it('Xuchang pays half the premium, up to 20,000 a year: 5,000 here', () => {
    const m = bank();
    expect(m.subsidies.find((l) => l.entry.id === 'xuchang-2023-premium')?.total).toBe(500_000);
  });
  it('lists the four products; only a chosen pledge cover is priced', () => {
    const opts = insuranceOptions(true, 0.02, 50_000_000);
    expect(opts.map((o) => o.product.id)).toEqual([
      'pledge_guarantee',
      'infringement_loss',
      'enforcement_cost',
      'infringement_liability'
    ]);
    expect(opts[0]?.premiumPerYearFen).toBe(1_000_000);
    expect(opts.slice(1).every((o) => o.premiumPerYearFen === null)).toBe(true);
  });
});
