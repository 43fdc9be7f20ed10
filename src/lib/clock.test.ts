import { describe, expect, it } from 'vitest';
import { localDate, localDateTime, todayIso } from './clock';

describe('clock', () => {
  it('writes local dates as yyyy-mm-dd', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    const local = new Date(2026, 10, 21, 8, 7);
    expect(localDate(local.toISOString())).toBe('2026-11-21');
    expect(localDateTime(local.toISOString())).toBe('2026-11-21 08:07');
  });
  it('leaves text that is not a timestamp as it is', () => {
    expect(localDate('garbage-text')).toBe('garbage-te');
    expect(localDateTime('garbage')).toBe('garbage');
  });
});
