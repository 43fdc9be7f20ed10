import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfYear,
  isIsoDate,
  monthsBetween,
  monthsOfYears,
  yearOf,
  yearsBetween
} from './dates';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-28')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('21/11/2026')).toBe(false);
  });

  it('adds months clamping to the last day of the month (fee and renewal grace periods)', () => {
    expect(addMonths('2026-01-09', 6)).toBe('2026-07-09');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2020-03-13', -12)).toBe('2019-03-13');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('counts days across leap years and time zones without drift', () => {
    // 2024 is a leap year: 366 days from 2024-01-01 to 2025-01-01.
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(yearsBetween('2020-01-01', '2024-01-01')).toBeCloseTo(1461 / 365.25, 12);
    expect(endOfYear(yearOf('2015-07-01') + 50)).toBe('2065-12-31');
  });

  it('counts calendar months between dates, month ends and leap days included', () => {
    // A month from the 31st ends on the last day of a shorter month (addMonths clamps the same way).
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    // 2024-01-31 + 1 month = 2024-02-29, so 2024-02-28 is 28 of the 29 days from 01-31 to 02-29: 28 / 29.
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBeCloseTo(28 / 29, 12);
    // A leap day to the next year's 28 February: 2024-02-29 + 12 months = 2025-02-28.
    expect(monthsBetween('2024-02-29', '2025-02-28')).toBe(12);
    // 2026-01-15 to 2026-02-01: 0 whole months, 17 days of the 31 from 01-15 to 02-15.
    expect(monthsBetween('2026-01-15', '2026-02-01')).toBeCloseTo(17 / 31, 12);
    // 2025-11-21 to 2026-03-05: 3 whole months to 2026-02-21, then 12 of the 28 days to 2026-03-21.
    expect(monthsBetween('2025-11-21', '2026-03-05')).toBeCloseTo(3 + 12 / 28, 12);
    expect(monthsBetween('2026-05-10', '2026-05-10')).toBe(0);
    expect(monthsBetween('2026-03-31', '2026-01-31')).toBe(-2);
    // Every date of a monthly schedule is a whole number of months from its start.
    for (let k = 0; k <= 36; k++) expect(monthsBetween('2026-08-31', addMonths('2026-08-31', k))).toBe(k);
  });

  it('converts a tenor in years to whole months, to the nearest month', () => {
    expect(monthsOfYears(1)).toBe(12);
    expect(monthsOfYears(1.5)).toBe(18);
    // 1.3 × 12 = 15.6 → 16; 0.25 × 12 = 3 (the shortest tenor the scenario takes).
    expect(monthsOfYears(1.3)).toBe(16);
    expect(monthsOfYears(0.25)).toBe(3);
    expect(monthsOfYears(10)).toBe(120);
  });
});
