/**
 * Which characters the embedded PDF font has: the subset's character list (static/fonts/NotoSansSC-Subset.chars.txt,
 * written by scripts/make-pdf-font.mjs beside the font).
 */
export function fontCovers(chars: string): (ch: string) => boolean {
  const set = new Set(Array.from(chars));
  return (ch) => set.has(ch);
}
