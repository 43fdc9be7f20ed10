/**
 * Wraps user text placed inside a translated sentence in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
 * (U+2068, U+2069), so a right-to-left mark or override in a name cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
