/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so no time zone shifts a day.
 * The engine never reads the clock: every "today" is passed in as `asOf`.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `s` is a real calendar date written as YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(s: IsoDate): Date {
  if (!isIsoDate(s)) throw new RangeError(`not an ISO date: ${s}`);
  return new Date(`${s}T00:00:00Z`);
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** Year of an ISO date. */
export function yearOf(s: IsoDate): number {
  return toUtc(s).getUTCFullYear();
}

/** Adds whole months, clamping to the month's last day (2024-08-31 + 6 months = 2025-02-28). */
export function addMonths(s: IsoDate, months: number): IsoDate {
  const d = toUtc(s);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

/** Adds (or with a negative number subtracts) days. */
export function addDays(s: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(s).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. ISO dates sort as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 31 December of the given year. */
export function endOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Years (fractional, on a 365.25-day year) from `from` to `to`; negative when `to` is earlier. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / 365.25;
}
