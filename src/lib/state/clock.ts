/** Today's date on this device, as YYYY-MM-DD in local time: the shell reads the clock, the engine never does. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Timestamp for createdAt / updatedAt / exportedAt. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
