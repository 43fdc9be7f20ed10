#!/usr/bin/env node
/**
 * Regenerates static/fonts/NotoSansSC-Subset.ttf, the font embedded in the PDF summary: Noto Sans SC Regular
 * (SIL Open Font License 1.1) cut to GB2312 (all 6,763 hanzi and its symbols), ASCII, CJK punctuation, the
 * full-width forms, and every character of the app's messages and policy data. Run it when those change:
 *
 *   npx --yes -p @expo-google-fonts/noto-sans-sc@0.4.3 -p subset-font@2.9.0 node scripts/make-pdf-font.mjs
 *
 * (The source font package is 57 MB, so it is not a dependency of the app; the subset is committed.)
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npx -p puts the packages on NODE_PATH-less PATH: resolve them from the npx cache through require.
const require = createRequire(join(process.cwd(), 'noop.js'));
const resolveFrom = (name) => {
  for (const base of (process.env.PATH ?? '').split(':')) {
    try {
      return createRequire(join(base, '..', 'noop.js')).resolve(name);
    } catch {
      // try the next
    }
  }
  return require.resolve(name);
};
const subsetFont = (await import(resolveFrom('subset-font'))).default;
const fontDir = dirname(resolveFrom('@expo-google-fonts/noto-sans-sc/package.json'));
const source = join(fontDir, '400Regular', 'NotoSansSC_400Regular.ttf');

const chars = new Set();
// GB2312: rows 0xA1-0xF7, cells 0xA1-0xFE, decoded through GBK (a superset).
const gbk = new TextDecoder('gbk');
for (let hi = 0xa1; hi <= 0xf7; hi++) {
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const ch = gbk.decode(new Uint8Array([hi, lo]));
    if (ch !== '\ufffd') chars.add(ch);
  }
}
for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
for (let c = 0x3000; c <= 0x303f; c++) chars.add(String.fromCharCode(c)); // CJK punctuation
for (let c = 0xff00; c <= 0xffef; c++) chars.add(String.fromCharCode(c)); // full-width forms
for (const ch of '¥×÷±≤≥≈≠‰§•·–—‘’“”…′″℃①②③④⑤⑥⑦⑧⑨⑩→←↑↓√％') chars.add(ch);
// Every character the app itself writes: messages and policy data.
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
for (const file of [
  ...walk(join(root, 'src/lib/i18n/locales')),
  ...walk(join(root, 'src/lib/engine/policy'))
]) {
  for (const ch of readFileSync(file, 'utf8')) if (ch.codePointAt(0) >= 0x20) chars.add(ch);
}

const text = [...chars].join('');
// The PDF needs outlines, horizontal metrics and the character map only. Layout tables (GSUB/GPOS/GDEF/BASE: the
// substitutions also pull in about 900 extra glyphs such as vertical forms), STAT and vertical metrics are dropped:
// 84 KiB less over the wire (brotli), which keeps the offline precache under 2 MB. Latin kerning is lost;
// Chinese text does not use it.
const out = await subsetFont(readFileSync(source), text, {
  targetFormat: 'truetype',
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT', 'vmtx', 'vhea']
});
writeFileSync(join(root, 'static/fonts/NotoSansSC-Subset.ttf'), out);
// Its brotli copy at the best quality (half a minute; scripts/precompress.mjs keeps it while it matches the font).
writeFileSync(
  join(root, 'static/fonts/NotoSansSC-Subset.ttf.br'),
  brotliCompressSync(out, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: out.length
    }
  })
);
console.log(`make-pdf-font: ${chars.size} characters, ${(out.length / 1024).toFixed(0)} KiB`);
