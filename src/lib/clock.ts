/** Today's date on this device, as YYYY-MM-DD in local time: the shell reads the clock, the engine never does. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Timestamp for createdAt / updatedAt / exportedAt. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/** 'YYYY-MM-DD' in local time for a stored timestamp; the text itself when it is not one. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : todayIso(d);
}

/** 'YYYY-MM-DD HH:mm' in local time for a stored timestamp (dates are written as yyyy-mm-dd everywhere). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(d)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
