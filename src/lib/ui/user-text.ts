/**
 * User-typed text inside a translated message ("{name} · 估值", "已删除：{title}"). Svelte escapes it, so markup
 * shows as text; this keeps its direction to itself: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE is the
 * plain-text form of <bdi>, and the closing isolate also ends any override (U+202E) the user left open, so the
 * message's own words after it stay in reading order. Screen readers and copy-paste ignore the two marks.
 * For an element that holds only user text, use the `.user-text` class (src/app.css) instead.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The same for every string value of a message's values; numbers and dates are left for ICU to format. */
export function isolateValues<T extends Record<string, string | number>>(
  values: T | undefined
): T | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v])
  ) as T;
}
