/**
 * Each rule against its document's wording (policy/subsidies.ts quotes it), with the arithmetic worked by hand.
 * The common case (test-fixtures.ts): 50 万元 pledgeable on 200 万元 of patents, 12 months from 2026-11-22, LPR 3.0 %.
 *   bank loan  4.0 % (LPR + 1 pp), interest monthly 500,000 × 4 % ÷ 12 = 1,666.67, × 12 = 20,000.04;
 *              appraisal 0.5 % × 2,000,000 = 10,000 at the start
 *   loan ABS   3.15 % coupon, interest quarterly 500,000 × 3.15 % ÷ 4 = 3,937.50, × 4 = 15,750; guarantee 1 % =
 *              5,000 and programme fees 0.5 % = 2,500 a year in advance; appraisal 10,000
 */
import { describe, expect, it } from 'vitest';
import { SUBSIDIES, type SubsidyEntry } from '../policy/subsidies';
import { financingModes, type FinancingInput, type FinancingMode } from './modes';
import { appliedSubsidies, rulesForPlace } from './subsidy';
import { financingInput } from './test-fixtures';

const input = (over: Partial<FinancingInput> = {}) =>
  financingInput({ province: '110000', city: '北京市海淀区', ...over });
const modeOf = (id: FinancingMode['id'], over: Partial<FinancingInput> = {}) =>
  financingModes(input(over)).find((m) => m.id === id) as FinancingMode;
const bank = (over: Partial<FinancingInput> = {}) => modeOf('bank_pledge_loan', over);
const loanAbs = (over: Partial<FinancingInput> = {}) => modeOf('loan_abs', over);
const line = (m: FinancingMode, id: string) => m.subsidies.find((l) => l.entry.id === id);

describe('Beijing 2023: ≤ 50 % of interest (rate capped at LPR × 1.4), ≤ 300k/yr; fees ≤ 50 %, ≤ 20k/yr', () => {
  it('neither cap binding: 50 % of 20,000.04 interest and 50 % of the 10,000 appraisal fee', () => {
    const m = bank();
    expect(line(m, 'beijing-2023-interest')).toMatchObject({
      status: 'applied',
      total: 1_000_002,
      payments: [{ year: 1, date: '2028-05-22', capped: false }]
    });
    expect(line(m, 'beijing-2023-fees')?.total).toBe(500_000);
    expect(m.subsidyTotal).toBe(1_500_002);
  });
  it('a rate above LPR × 1.4 counts as LPR × 1.4', () => {
    // 5.5 %: 12 × 2,291.67 = 27,500.04 interest, counted × 4.2 / 5.5 = 21,000.03, half = 10,500.02.
    expect(line(bank({ settings: { bank: { spread: 0.025 } } }), 'beijing-2023-interest')?.total).toBe(
      1_050_002
    );
  });
  it('the 300,000 yuan cap binds on a large loan', () => {
    // 2,000 万元 at 4 %: 800,000 interest, half = 400,000 > 300,000.
    const m = bank({ indicativeLoanWan: 2000 });
    expect(line(m, 'beijing-2023-interest')?.payments[0]).toMatchObject({ amount: 30_000_000, capped: true });
  });
  it('the fee cap binds: a 1 % appraisal on 1 亿元 (1,000,000) pays 20,000, not 500,000', () => {
    const m = bank({ appraisedWan: 10_000 });
    expect(line(m, 'beijing-2023-fees')?.payments[0]).toMatchObject({ amount: 2_000_000, capped: true });
  });
  it('a yearly fee paid on the anniversary is the next year’s cost: a 36-month loan’s fee subsidy pays all three years', () => {
    // Guarantee 1 % × 500,000 = 5,000 paid on 2026-11-22, 2027-11-22 and 2028-11-22 (years 1, 2, 3).
    // Year 1: 50 % × (10,000 appraisal + 5,000) = 7,500; years 2 and 3: 50 % × 5,000 = 2,500 each.
    const m = bank({ tenorMonths: 36, settings: { bank: { guarantee: true } } });
    expect(line(m, 'beijing-2023-fees')?.payments.map((p) => [p.year, p.amount])).toEqual([
      [1, 750_000],
      [2, 250_000],
      [3, 250_000]
    ]);
    // Interest: 20,000.04 a year, half each year.
    expect(line(m, 'beijing-2023-interest')?.payments.map((p) => p.amount)).toEqual([
      1_000_002, 1_000_002, 1_000_002
    ]);
  });
  it('is paid as an inflow six months after the loan year; the rate before stays visible', () => {
    const m = bank();
    expect(m.allInRate).toBeLessThan(m.allInRateBeforeSubsidies as number);
    expect(m.allInRateBeforeSubsidies).toBeCloseTo(0.0623832, 6); // modes.test.ts, computed independently
    expect(m.flows.filter((f) => f.kind === 'subsidy').map((f) => f.date)).toEqual([
      '2028-05-22',
      '2028-05-22'
    ]);
  });
  it('does not apply to the securitisation routes', () => {
    expect(line(loanAbs(), 'beijing-2023-interest')?.status).toBe('other_mode');
  });
});

describe('one scheme per cost item (seed 003 table 2: 按照不重复原则执行)', () => {
  const zgc = { city: '北京市海淀区中关村' };
  it('Beijing and 中关村 both pay interest: the one that pays more is counted, the other is shown as not stacked', () => {
    // 50 万元 at 4 %: Beijing 50 % × 20,000.04 = 10,000.02; 中关村 40 % × 20,000.04 = 8,000.02 → Beijing.
    // Before the fix they stacked: 10,000.02 + 40 % of what was left (10,000.02) = 14,000.03, 70 % of the interest.
    const m = bank(zgc);
    expect(line(m, 'beijing-2023-interest')).toMatchObject({ status: 'applied', total: 1_000_002 });
    expect(line(m, 'zhongguancun-2021-interest')).toMatchObject({
      status: 'not_stacked',
      total: 0,
      wouldPay: 800_002,
      paidInsteadBy: 'beijing-2023-interest'
    });
    // The fees are another cost item: Beijing's fee rule still pays 5,000 beside the interest rule.
    expect(m.subsidyTotal).toBe(1_000_002 + 500_000);
  });
  it('on a large loan 中关村’s 40 % (cap 500k) pays more than Beijing’s 50 % (cap 300k), and is the one counted', () => {
    // 2,000 万元 at 4 %: 800,000.04 interest. Beijing min(400,000.02, 300,000) = 300,000; 中关村 320,000.02.
    const m = bank({ ...zgc, indicativeLoanWan: 2000 });
    expect(line(m, 'zhongguancun-2021-interest')).toMatchObject({ status: 'applied', total: 32_000_002 });
    expect(line(m, 'beijing-2023-interest')).toMatchObject({ status: 'not_stacked', wouldPay: 30_000_000 });
  });
  it('中关村 needs revenue ≤ 2 亿元: above it the rule’s condition fails and Beijing’s pays', () => {
    const m = bank({ ...zgc, indicativeLoanWan: 2000, revenueWan: 25_000 });
    expect(line(m, 'zhongguancun-2021-interest')).toMatchObject({
      status: 'condition_not_met',
      failed: 'revenue'
    });
    expect(line(m, 'beijing-2023-interest')).toMatchObject({ status: 'applied', total: 30_000_000 });
  });
  it('Shenzhen city and Nanshan both cover a loan ABS’s interest and guarantee: Nanshan’s 70 % alone is counted', () => {
    // Nanshan (≤ 10 M: 70 %) of interest 15,750 + guarantee 5,000 + fees 2,500 = 23,250 → 16,275.
    // Shenzhen city: 50 % × (15,750 + 5,000) = 10,375, not counted. Before the fix: 80 % of the costs together.
    const m = loanAbs({ province: '440000', city: '深圳市南山区' });
    expect(line(m, 'shenzhen-nanshan-2025-securitisation')).toMatchObject({
      status: 'applied',
      total: 1_627_500
    });
    expect(line(m, 'shenzhen-2022-securitisation')).toMatchObject({
      status: 'not_stacked',
      wouldPay: 1_037_500
    });
    expect(m.subsidyTotal).toBe(1_627_500);
  });
  it('a rule whose own text allows it is counted beside the other on the same cost, never above the cost', () => {
    const city: SubsidyEntry = {
      id: 'test-city',
      region: '990000',
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      value: {
        rule: { kind: 'cost_share', share: 0.6, covers: ['interest'] },
        caps: {},
        recipient: 'borrower',
        modes: ['bank_pledge_loan'],
        placeNames: [],
        conditions: []
      },
      source: { label: 'estimate', ref: 'test' }
    };
    const district: SubsidyEntry = {
      ...city,
      id: 'test-district',
      value: { ...city.value, rule: { kind: 'cost_share', share: 0.6, covers: ['interest'] } }
    };
    const stacking: SubsidyEntry = {
      ...district,
      value: { ...district.value, stacksWith: { ids: ['test-city'], quote: '可与市级贴息叠加享受' } }
    };
    const run = (entries: SubsidyEntry[]) =>
      bank({ province: '990000', city: '', appraisedWan: 0, subsidyEntries: entries });
    // Without the quote: 60 % × 20,000.04 = 12,000.02 from one rule only.
    expect(run([city, district]).subsidyTotal).toBe(1_200_002);
    // With it: the city's 12,000.02, then 60 % of what is left (8,000.02) = 4,800.01; 16,800.03 ≤ 20,000.04.
    expect(run([city, stacking]).subsidyTotal).toBe(1_200_002 + 480_001);
  });
});

describe('who receives the money', () => {
  it('Zhejiang rewards a tech firm that itself issues: a firm in a loan-mode pool sees the rule, not the money', () => {
    // Before the fix: 5 % of the firm's own 50 万元 (25,000) exceeded the loan ABS's whole cost: all-in 0.00 %.
    const m = loanAbs({ province: '330000', city: '杭州市' });
    expect(line(m, 'zhejiang-2022-abs-award')).toMatchObject({ status: 'not_recipient', total: 0 });
    expect(m.allInRate).toBe(m.allInRateBeforeSubsidies);
    expect(m.allInRate).toBeGreaterThan(0.05);
  });
  it('Hainan pays the lead team, not the enterprise: listed, never applied', () => {
    const m = loanAbs({ province: '460000', city: '海口市' });
    expect(line(m, 'hainan-2023-lead-team')).toMatchObject({ status: 'not_recipient', total: 0 });
  });
});

describe('unconfirmed rules: shown with their possible effect, never in the headline', () => {
  it('Nanshan’s 70 % pledge-loan subsidy (a secondary copy) leaves the bank loan’s all-in cost as it is', () => {
    // Before the fix it took the bank loan from 6.24 % to 1.91 %. Now: 6.2383 % (modes.test.ts), and the
    // possible effect apart: 70 % × (20,000.04 interest + 10,000 appraisal) = 21,000.03 paid on 2028-05-22.
    const m = bank({ province: '440000', city: '深圳市南山区' });
    expect(line(m, 'shenzhen-nanshan-2025-pledge-loan')).toMatchObject({
      status: 'unconfirmed',
      total: 0,
      wouldPay: 2_100_003
    });
    expect(m.allInRate).toBe(m.allInRateBeforeSubsidies);
    expect(m.allInRate).toBeCloseTo(0.0623832, 6);
    expect(m.possibleAllIn?.compounded).toBeLessThan(0.025);
    expect(m.subsidyTotal).toBe(0);
  });
});

describe('caps over the period their rule names', () => {
  it('Shenzhen’s 3.5 % caps the whole financing, not each year: a 36-month 500 万元 loan ABS gets 175,000 in all', () => {
    // 500 万元 at 3.15 %: 157,500 interest a year; guarantee 50,000 a year. 50 % = 103,750 a year.
    // Year 1: 103,750. Year 2: 175,000 − 103,750 = 71,250 (capped). Year 3: nothing left under the 3.5 %.
    // Before the fix: 103,750 every year, 311,250 = 6.2 % of the financing.
    const m = loanAbs({
      province: '440000',
      city: '深圳市福田区',
      indicativeLoanWan: 500,
      settings: { loanAbs: { tenorMonths: 36 } }
    });
    const l = line(m, 'shenzhen-2022-securitisation');
    expect(l?.payments.map((p) => [p.year, p.amount, p.capped])).toEqual([
      [1, 10_375_000, false],
      [2, 7_125_000, true]
    ]);
    expect(l?.total).toBe(17_500_000);
  });
  it('the scheme’s 3,000 万元 yearly budget is a condition that can run out, not a minimum issue size', () => {
    const e = SUBSIDIES.find((x) => x.id === 'shenzhen-2022-securitisation');
    expect(e?.value.budgetYuanPerYear).toBe(30_000_000);
    expect(e?.value.conditions).not.toContain('programme_total_30m');
  });
  it('Nanshan’s 8 ‰ of revenue caps each year once the financing exceeds 1,000 万元', () => {
    // 2,000 万元 loan ABS: interest 630,000, guarantee 200,000, fees 100,000 = 930,000. Tiers: (1,000 × 70 % +
    // 1,000 × 50 %) ÷ 2,000 = 60 % → 558,000. Revenue 5,000 万元 × 8 ‰ = 400,000: the cap binds.
    // The city rule alone pays 50 % × (630,000 + 200,000) = 415,000 > 400,000, so it takes interest and guarantee;
    // Nanshan keeps the fees: 60 % × 100,000 = 60,000. Together 475,000.
    const m = loanAbs({
      province: '440000',
      city: '深圳市南山区',
      indicativeLoanWan: 2000,
      revenueWan: 5000
    });
    expect(line(m, 'shenzhen-2022-securitisation')).toMatchObject({ status: 'applied', total: 41_500_000 });
    expect(line(m, 'shenzhen-nanshan-2025-securitisation')).toMatchObject({
      status: 'applied',
      total: 6_000_000,
      parts: ['fee']
    });
    // With revenue 1 亿元 the cap is 800,000: Nanshan's 558,000 is whole and pays all three items.
    const rich = loanAbs({
      province: '440000',
      city: '深圳市南山区',
      indicativeLoanWan: 2000,
      revenueWan: 10_000
    });
    expect(line(rich, 'shenzhen-nanshan-2025-securitisation')).toMatchObject({ total: 55_800_000 });
    expect(line(rich, 'shenzhen-2022-securitisation')?.status).toBe('not_stacked');
  });
  it('without the revenue, a cap that depends on it cannot be worked out: the rule waits for it', () => {
    const m = loanAbs({
      province: '440000',
      city: '深圳市南山区',
      indicativeLoanWan: 2000,
      revenueWan: null
    });
    expect(line(m, 'shenzhen-nanshan-2025-securitisation')?.status).toBe('needs_revenue');
  });
});

describe('rate rebates run on the balance outstanding', () => {
  it('天府知来贷 1.5 %/yr on an equal-principal loan: on the balance month by month, not on the original amount', () => {
    // In force on 2025-06-01. 50 万元 repaid in 12 equal parts: the balances at the start of the months are
    // 500,000 × 12/12, 11/12, … 1/12, which sum to 500,000 × 78 / 12 = 3,250,000; × 1.5 % ÷ 12 = 4,062.50
    // (the fen of the split move it by at most a fen). On the original amount it was 7,500.
    const m = bank({
      province: '510000',
      city: '成都市',
      asOf: '2025-06-01',
      settings: { bank: { method: 'equal_principal' } }
    });
    const total = line(m, 'sichuan-tianfu-2024')?.total as number;
    expect(Math.abs(total - 406_250)).toBeLessThanOrEqual(1);
  });
  it('天府知来贷 is for loans of at most 1,000 万元 and 1 year: a 2-year loan does not meet it', () => {
    const m = bank({ province: '510000', city: '成都市', asOf: '2025-06-01', tenorMonths: 24 });
    expect(line(m, 'sichuan-tianfu-2024')).toMatchObject({ status: 'condition_not_met', failed: 'tenor' });
  });
});

describe('rules found in the seed and product terms', () => {
  it('Shanghai 2024: districts pay at least 50 % of the loan’s interest: 10,000.02 on 20,000.04', () => {
    const m = bank({ province: '310000', city: '上海市闵行区' });
    expect(line(m, 'shanghai-2024-interest')).toMatchObject({ status: 'applied', total: 1_000_002 });
    expect(line(m, 'shanghai-2024-interest')?.entry.value.conditions).toContain('district_sets_terms');
  });
  it('Jiangsu 苏知贷: LPR + 80 bp and no other fees on the bank route', () => {
    // 3.0 % + 0.8 % = 3.8 %; no appraisal fee (the product charges nothing but interest).
    const m = bank({ province: '320000', city: '南京市' });
    expect(m.headlineRate).toBeCloseTo(0.038, 12);
    expect(m.figures.spread).toMatchObject({ value: 0.008, from: 'product' });
    expect(m.flows.some((f) => f.kind === 'appraisal')).toBe(false);
    expect(m.product?.value.product).toBe('suzhidai');
    // Monthly 500,000 × 3.8 % ÷ 12 = 1,583.33: the simple annual rate is the product's 3.8 % (to the fen).
    expect(m.allInSimpleRate).toBeCloseTo(0.038, 4);
  });
  it('a Jiangsu loan above 苏知贷’s 3,000 万元 gets market terms, and says why', () => {
    const m = bank({ province: '320000', city: '南京市', indicativeLoanWan: 4000 });
    expect(m.product).toBeNull();
    expect(m.reasons).toContain('above_product_limits');
    expect(m.headlineRate).toBeCloseTo(0.04, 12);
  });
});

describe('place and dates', () => {
  it('the same enterprise moved to a city with no rule sees none', () => {
    const m = bank({ province: '610000', city: '西安市' });
    expect(m.subsidies.map((l) => [l.entry.id, l.status])).toEqual([['national-none', 'no_rule']]);
    expect(m.allInRate).toBe(m.allInRateBeforeSubsidies);
  });
  it('a district rule needs the district: Shenzhen Nanshan only when the city says 南山', () => {
    expect(rulesForPlace('440000', '深圳市南山区').map((e) => e.id)).toContain(
      'shenzhen-nanshan-2025-pledge-loan'
    );
    expect(rulesForPlace('440000', '深圳市福田区').map((e) => e.id)).not.toContain(
      'shenzhen-nanshan-2025-pledge-loan'
    );
    expect(rulesForPlace('440000', '深圳市福田区').map((e) => e.id)).toContain(
      'shenzhen-2022-securitisation'
    );
  });
  it('Sichuan 天府知来贷 (2024-2025) is shown as expired in 2026, and applied while in force', () => {
    expect(line(bank({ province: '510000', city: '成都市' }), 'sichuan-tianfu-2024')).toMatchObject({
      status: 'expired',
      total: 0
    });
    // In force on 2025-06-01, interest-only: 1.5 % × 500,000 = 7,500, under the interest paid.
    const early = bank({ province: '510000', city: '成都市', asOf: '2025-06-01' });
    expect(line(early, 'sichuan-tianfu-2024')).toMatchObject({ status: 'applied', total: 750_000 });
  });
  it('Hangzhou’s 1 %/yr needs a guarantor product', () => {
    expect(line(bank({ province: '330000', city: '杭州市' }), 'hangzhou-2025-tech-guarantee')?.status).toBe(
      'needs_guarantor'
    );
    // 1 % × 500,000 = 5,000.
    const withG = bank({ province: '330000', city: '杭州市', settings: { bank: { guarantee: true } } });
    expect(line(withG, 'hangzhou-2025-tech-guarantee')?.total).toBe(500_000);
  });
  it('every rule has a source document (or says it is an estimate) and dates', () => {
    for (const e of SUBSIDIES) {
      expect(e.source.doc ?? e.source.label).toBeTruthy();
      if (e.source.label !== 'estimate') expect(e.source.doc, e.id).toBeDefined();
      expect(e.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('appliedSubsidies: the rules counted in some route, each once', () => {
  const entry = (id: string) => ({ id }) as unknown as SubsidyEntry;
  const line = (id: string, status: 'applied' | 'not_stacked' | 'unconfirmed') =>
    ({ entry: entry(id), status }) as unknown as FinancingMode['subsidies'][number];

  it('keeps applied rules in the order the routes list them, without repeats', () => {
    const modes = [
      { subsidies: [line('b', 'applied'), line('a', 'not_stacked')] },
      { subsidies: [line('a', 'applied'), line('b', 'applied'), line('c', 'unconfirmed')] },
      { subsidies: [] }
    ];
    expect(appliedSubsidies(modes).map((e) => e.id)).toEqual(['b', 'a']);
    expect(appliedSubsidies([{ subsidies: [line('c', 'unconfirmed')] }])).toEqual([]);
  });
});
