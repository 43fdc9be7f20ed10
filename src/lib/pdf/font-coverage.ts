/**
 * Which characters the embedded PDF font has, read from the font itself: its character map (the TrueType `cmap`
 * table, formats 4 and 12), so no separate list has to be downloaded or kept in step with the font.
 */

/** The code points the font maps to a glyph. Throws on a file that is not a TrueType font with a Unicode cmap. */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = v.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === 'cmap') cmap = v.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  // Prefer the full-Unicode subtable (3, 10: format 12), else the BMP one (3, 1 or 0, *: format 4).
  let best = -1;
  let bestRank = 0;
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = v.getUint16(rec);
    const encoding = v.getUint16(rec + 2);
    const rank =
      platform === 3 && encoding === 10 ? 3 : platform === 3 && encoding === 1 ? 2 : platform === 0 ? 1 : 0;
    if (rank > bestRank) [best, bestRank] = [cmap + v.getUint32(rec + 4), rank];
  }
  if (best < 0) throw new Error('font has no Unicode cmap');
  const out = new Set<number>();
  const format = v.getUint16(best);
  if (format === 12) {
    for (let g = 0, n = v.getUint32(best + 12); g < n; g++) {
      const rec = best + 16 + 12 * g;
      const start = v.getUint32(rec);
      const end = v.getUint32(rec + 4);
      const glyph = v.getUint32(rec + 8);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
    }
  } else if (format === 4) {
    const segs = v.getUint16(best + 6) / 2;
    const ends = best + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const offsets = deltas + 2 * segs;
    for (let s = 0; s < segs; s++) {
      const start = v.getUint16(starts + 2 * s);
      const end = v.getUint16(ends + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const offset = v.getUint16(offsets + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const glyph =
          offset === 0
            ? (c + delta) & 0xffff
            : ((g) => (g === 0 ? 0 : (g + delta) & 0xffff))(
                v.getUint16(offsets + 2 * s + offset + 2 * (c - start))
              );
        if (glyph !== 0) out.add(c);
      }
    }
  } else {
    throw new Error(`cmap format ${format} is not read`);
  }
  return out;
}

/** A test of "does the font have this character" over the font's own cmap. */
export function fontCovers(font: Uint8Array): (ch: string) => boolean {
  const points = fontCodePoints(font);
  return (ch) => points.has(ch.codePointAt(0) as number);
}
