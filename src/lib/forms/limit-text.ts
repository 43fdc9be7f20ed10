/**
 * Keeps a text field within its maximum length (the schema's, counted in UTF-16 code units as zod and the
 * browser's `maxlength` count) and says how much of an insertion was dropped. A browser's own `maxlength` cuts a
 * paste silently; fields use this instead so the user is told.
 */

/** The value after an input, cut back to `max`: the characters just before the caret (the end of what was typed or
 * pasted) go first, never half of a surrogate pair; `cut` counts the code units dropped. */
export function limitText(
  value: string,
  caret: number,
  max: number
): { value: string; caret: number; cut: number } {
  if (value.length <= max) return { value, caret, cut: 0 };
  const end = Math.min(Math.max(caret, 0), value.length);
  let start = Math.max(0, end - (value.length - max));
  // Starting inside a surrogate pair would leave a lone high surrogate: drop the whole character.
  if (start > 0 && isHigh(value.charCodeAt(start - 1)) && isLow(value.charCodeAt(start))) start--;
  let out = value.slice(0, start) + value.slice(end);
  // The caret sat too near the start to make room before it: cut the rest from the end.
  if (out.length > max) {
    let stop = max;
    if (isHigh(out.charCodeAt(stop - 1)) && isLow(out.charCodeAt(stop))) stop--;
    out = out.slice(0, stop);
  }
  return { value: out, caret: Math.min(start, out.length), cut: value.length - out.length };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
