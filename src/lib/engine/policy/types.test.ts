import { describe, expect, it } from 'vitest';
import { INCOME_TAX, LPR_1Y } from './rates';
import { entryStatus, inForce, regionChain, type PolicyEntry } from './types';

const src = { label: 'estimate' as const, ref: 'test' };
const entry = (
  id: string,
  region: string,
  from: string,
  to: string | null,
  value: number
): PolicyEntry<number> => ({
  id,
  region,
  effectiveFrom: from,
  effectiveTo: to,
  value,
  source: src
});

describe('policy entries', () => {
  it('LPR: 3.1 % before 2025-05-20, 3.0 % from that day (facts.md §0)', () => {
    expect(inForce(LPR_1Y, 'national', '2025-05-19')?.value).toBe(0.031);
    expect(inForce(LPR_1Y, 'national', '2025-05-20')?.value).toBe(0.03);
    expect(inForce(LPR_1Y, 'national', '2026-11-22')?.value).toBe(0.03);
    expect(inForce(LPR_1Y, 'national', '2024-01-01')).toBeNull();
  });

  it('小型微利 5 % is in force 2023-01-01 … 2027-12-31 and not after', () => {
    const small = INCOME_TAX.filter((e) => e.value.regime === 'small_low_profit');
    expect(inForce(small, 'national', '2027-12-31')?.value.rate).toBe(0.05);
    expect(inForce(small, 'national', '2028-01-01')).toBeNull();
    expect(inForce(small, 'national', '2022-12-31')).toBeNull();
  });

  it('falls back from district to city, province and national', () => {
    expect(regionChain('440305')).toEqual(['440305', '440300', '440000', 'national']);
    expect(regionChain('440000')).toEqual(['440000', 'national']);
    const entries = [
      entry('n', 'national', '2020-01-01', null, 1),
      entry('p', '440000', '2021-01-01', '2022-12-31', 2),
      entry('c', '440300', '2022-06-01', null, 3)
    ];
    expect(inForce(entries, '440305', '2022-07-01')?.id).toBe('c');
    expect(inForce(entries, '440305', '2022-01-01')?.id).toBe('p');
    expect(inForce(entries, '440105', '2023-01-01')?.id).toBe('n'); // Guangzhou: province entry ended
    expect(inForce(entries, '110000', '2019-12-31')).toBeNull();
  });

  it('picks the entry that started last when two overlap', () => {
    const entries = [
      entry('old', 'national', '2020-01-01', null, 1),
      entry('new', 'national', '2024-01-01', null, 2)
    ];
    expect(inForce(entries, 'national', '2024-01-01')?.id).toBe('new');
    expect(inForce(entries, 'national', '2023-12-31')?.id).toBe('old');
  });
});

describe('entryStatus', () => {
  // A rule in force 2024-01-01 to 2026-12-31, both days included.
  const rule = entry('r', 'national', '2024-01-01', '2026-12-31', 1);
  it('tells the three states apart at both edges', () => {
    expect(entryStatus(rule, '2023-12-31')).toBe('not_yet_in_force');
    expect(entryStatus(rule, '2024-01-01')).toBe('in_force');
    expect(entryStatus(rule, '2026-12-31')).toBe('in_force');
    expect(entryStatus(rule, '2027-01-01')).toBe('expired');
  });
  it('an open-ended rule never expires', () => {
    expect(entryStatus(entry('o', 'national', '2024-01-01', null, 1), '2099-01-01')).toBe('in_force');
  });
});
