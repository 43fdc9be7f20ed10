import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfYear, isIsoDate, yearOf, yearsBetween } from './dates';

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
});
