/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so no time zone shifts a day.
 * The engine never reads the clock: every "today" is passed in as `asOf`.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when `s` is a real calendar date written as YYYY-MM-DD (2023-02-30 is not). No Date object is built. */
export function isIsoDate(s: string): boolean {
  // A string parsed before is valid (only valid dates are kept there).
  if (parsedMs.has(s)) return true;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

// Dates are read many times per assessment (schema, legal term, cost, eligibility): each string is parsed once.
const parsedMs = new Map<string, number>();

function toMs(s: IsoDate): number {
  let t = parsedMs.get(s);
  if (t === undefined) {
    if (!isIsoDate(s)) throw new RangeError(`not an ISO date: ${s}`);
    t = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
    // Years 0-99 would be read as 1900-1999 by Date.UTC.
    if (Number(s.slice(0, 4)) < 100) t = new Date(`${s}T00:00:00Z`).getTime();
    if (parsedMs.size > 10_000) parsedMs.clear();
    parsedMs.set(s, t);
  }
  return t;
}

function toUtc(s: IsoDate): Date {
  return new Date(toMs(s));
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** Year of an ISO date. */
export function yearOf(s: IsoDate): number {
  toMs(s);
  return Number(s.slice(0, 4));
}

// Schedules and ledgers ask for the same dates on every call: each (date, months) is computed once.
const monthsLater = new Map<string, IsoDate>();

/** Adds whole months, clamping to the month's last day (2024-08-31 + 6 months = 2025-02-28). */
export function addMonths(s: IsoDate, months: number): IsoDate {
  const key = `${s}|${months}`;
  let out = monthsLater.get(key);
  if (out === undefined) {
    out = computeAddMonths(s, months);
    if (monthsLater.size > 10_000) monthsLater.clear();
    monthsLater.set(key, out);
  }
  return out;
}

function computeAddMonths(s: IsoDate, months: number): IsoDate {
  const d = toUtc(s);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

/** Months in a year: a tenor in years is this many months per year. */
export const MONTHS_PER_YEAR = 12;

/**
 * A tenor in years as whole months, to the nearest month (1.5 years = 18 months; 1.3 years = 15.6, so 16). The one
 * conversion the engine and the screens use: a loan's end, its schedule and the editor's default all agree.
 */
export function monthsOfYears(years: number): number {
  return Math.round(years * MONTHS_PER_YEAR);
}

/**
 * Calendar months from `from` to `to`, with the part of a month as a fraction: the whole months are the most n
 * with `addMonths(from, n)` not after `to` (so a date `addMonths` gives is a whole number of months, month ends
 * included: 2026-01-31 → 2026-02-28 is 1), the rest is the days left over that month's length (2026-01-15 →
 * 2026-02-01 is 17 / 31). Negative when `to` is earlier.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  let n = (yearOf(to) - yearOf(from)) * MONTHS_PER_YEAR + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (n > 0 && addMonths(from, n) > to) n--;
  while (addMonths(from, n + 1) <= to) n++;
  const start = addMonths(from, n);
  const rest = daysBetween(start, to);
  return rest === 0 ? n : n + rest / daysBetween(start, addMonths(from, n + 1));
}

/** Adds (or with a negative number subtracts) days. */
export function addDays(s: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toMs(s) + days * DAY_MS));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
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
