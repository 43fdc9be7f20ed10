/** Each rule against its source's wording (policy/subsidies.ts cites it), with the arithmetic worked by hand. */
import { describe, expect, it } from 'vitest';
import { SUBSIDIES } from '../policy/subsidies';
import { financingModes, type FinancingInput, type FinancingMode } from './modes';
import { rulesForPlace } from './subsidy';
import { financingInput } from './test-fixtures';

const input = (over: Partial<FinancingInput> = {}) =>
  financingInput({ province: '110000', city: '北京市海淀区', ...over });
const bank = (over: Partial<FinancingInput> = {}) =>
  financingModes(input(over)).find((m) => m.id === 'bank_pledge_loan') as FinancingMode;
const line = (m: FinancingMode, id: string) => m.subsidies.find((l) => l.entry.id === id);

describe('Beijing 2023: ≤ 50 % of interest (rate capped at LPR × 1.4), ≤ 300k/yr; fees ≤ 50 %, ≤ 20k/yr', () => {
  it('neither cap binding: 50 % of 20,000.04 interest and 50 % of the 10,000 appraisal fee', () => {
    // 500,000 at 4 % (LPR 3 % + 1 pp, below 4.2 %): 12 × 1,666.67 = 20,000.04 → 10,000.02.
    const m = bank();
    expect(line(m, 'beijing-2023-interest')).toMatchObject({
      status: 'applied',
      total: 1_000_002,
      payments: [{ year: 1, date: '2028-05-22', capped: false }]
    });
    // 0.5 % × 200 万元 = 10,000 appraisal fee → 5,000, under the 20,000 cap.
    expect(line(m, 'beijing-2023-fees')?.total).toBe(500_000);
  });
  it('a rate above LPR × 1.4 counts as LPR × 1.4', () => {
    // 5.5 %: 12 × 2,291.67 = 27,500.04 interest, counted × 4.2 / 5.5 = 21,000.03, half = 10,500.02.
    const m = bank({ settings: { bank: { spread: 0.025 } } });
    expect(line(m, 'beijing-2023-interest')?.total).toBe(1_050_002);
  });
  it('the 300,000 yuan cap binds on a large loan', () => {
    // 2,000 万元 at 4 %: 800,000 interest, half = 400,000 > 300,000.
    const m = bank({ pledgeableWan: 2000 });
    expect(line(m, 'beijing-2023-interest')?.payments[0]).toMatchObject({ amount: 30_000_000, capped: true });
  });
  it('the fee cap binds: a 1 % appraisal on 1 亿元 (1,000,000) pays 20,000, not 500,000', () => {
    const m = bank({ appraisedWan: 10_000 });
    expect(line(m, 'beijing-2023-fees')?.payments[0]).toMatchObject({ amount: 2_000_000, capped: true });
  });
  it('lowers the all-in cost, paid as an inflow six months after the loan year; the rate before stays visible', () => {
    const m = bank();
    expect(m.allInRate).toBeLessThan(m.allInRateBeforeSubsidies as number);
    expect(m.allInRateBeforeSubsidies).toBeCloseTo(0.0623832, 6); // modes.test.ts, computed independently
    expect(m.flows.filter((f) => f.kind === 'subsidy').map((f) => f.date)).toEqual([
      '2028-05-22',
      '2028-05-22'
    ]);
  });
  it('does not apply to the ABS routes', () => {
    const abs = financingModes(input()).find((m) => m.id === 'loan_abs') as FinancingMode;
    expect(line(abs, 'beijing-2023-interest')?.status).toBe('other_mode');
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
    const late = bank({ province: '510000', city: '成都市' });
    expect(line(late, 'sichuan-tianfu-2024')).toMatchObject({ status: 'expired', total: 0 });
    // In force on 2025-06-01 (LPR 3.0 %): 1.5 % × 500,000 = 7,500, under the 20,000.04 of interest.
    const early = bank({ province: '510000', city: '成都市', asOf: '2025-06-01' });
    expect(line(early, 'sichuan-tianfu-2024')).toMatchObject({ status: 'applied', total: 750_000 });
  });
  it('Hangzhou’s 1 %/yr needs a guarantor product', () => {
    const without = bank({ province: '330000', city: '杭州市' });
    expect(line(without, 'hangzhou-2025-tech-guarantee')?.status).toBe('needs_guarantor');
    const withG = bank({ province: '330000', city: '杭州市', settings: { bank: { guarantee: true } } });
    // 1 % × 500,000 = 5,000.
    expect(line(withG, 'hangzhou-2025-tech-guarantee')?.total).toBe(500_000);
  });
  it('Hainan pays the lead team, not the enterprise: listed, never applied', () => {
    const abs = financingModes(input({ province: '460000', city: '海口市' })).find(
      (m) => m.id === 'loan_abs'
    ) as FinancingMode;
    expect(line(abs, 'hainan-2023-lead-team')).toMatchObject({ status: 'pays_someone_else', total: 0 });
  });
});

describe('Shenzhen securitisation', () => {
  it('city 2022 rule: 50 % of interest, within 3.5 % of the financing', () => {
    // Loan ABS of 50 万元 at 3.15 %: 4 × 3,937.50 = 15,750 interest; half = 7,875 < 3.5 % × 500,000 = 17,500.
    const abs = financingModes(input({ province: '440000', city: '深圳市福田区' })).find(
      (m) => m.id === 'loan_abs'
    ) as FinancingMode;
    expect(line(abs, 'shenzhen-2022-securitisation')?.total).toBe(787_500);
  });
  it('with Nanshan’s 70 % as well, the two together never pay more than the costs', () => {
    // Costs: interest 15,750 + programme fee 1.5 % × 500,000 = 7,500 → 23,250. City: 7,875 of the interest.
    // Nanshan (issue ≤ 10 M: 70 %) of what is left (15,375): 10,762.50. Together 18,637.50 ≤ 23,250.
    const abs = financingModes(input({ province: '440000', city: '深圳市南山区' })).find(
      (m) => m.id === 'loan_abs'
    ) as FinancingMode;
    expect(line(abs, 'shenzhen-2022-securitisation')?.total).toBe(787_500);
    expect(line(abs, 'shenzhen-nanshan-2025-securitisation')?.total).toBe(1_076_250);
  });
});

describe('properties', () => {
  const places: [string, string][] = [
    ['110000', '北京市中关村'],
    ['440000', '深圳市南山区'],
    ['330000', '杭州市'],
    ['410000', '许昌市'],
    ['530000', '昆明市'],
    ['510000', '成都市']
  ];
  it('a subsidy never raises the all-in cost, never exceeds its cap or the cost it repays', () => {
    for (const [province, city] of places) {
      for (const wan of [10, 50, 300, 2000, 8000]) {
        for (const guarantee of [false, true]) {
          for (const asOf of ['2025-06-01', '2026-11-22']) {
            const modes = financingModes(
              input({
                province,
                city,
                asOf,
                pledgeableWan: wan,
                settings: { bank: { guarantee }, factoring: { receivablesWan: wan } }
              })
            );
            for (const m of modes) {
              if (m.allInRate === null) continue;
              expect(m.allInRate).toBeLessThanOrEqual((m.allInRateBeforeSubsidies as number) + 1e-12);
              const cost = m.totalCost;
              const paid = m.subsidies.reduce((s, l) => s + l.total, 0);
              expect(paid).toBeLessThanOrEqual(cost);
              for (const l of m.subsidies) {
                const caps = l.entry.caps ?? {};
                for (const p of l.payments) {
                  if (caps.capYuanPerYear !== undefined)
                    expect(p.amount).toBeLessThanOrEqual(caps.capYuanPerYear * 100);
                  if (caps.capShareOfAmount !== undefined)
                    expect(p.amount).toBeLessThanOrEqual(m.amount * caps.capShareOfAmount + 1);
                }
              }
            }
          }
        }
      }
    }
  });
  it('every rule has a source and dates', () => {
    for (const e of SUBSIDIES) {
      expect(e.source.ref.length).toBeGreaterThan(0);
      expect(e.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
