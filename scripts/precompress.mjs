// Writes a .br and a .gz copy beside every compressible file in build/ (after scripts/build-sw.mjs), so a static host
// (and scripts/serve-build.mjs, through sirv) sends what a phone really downloads, and prints what the service worker's
// precache costs over the wire: the offline budget bounds it (under 2 MB). sw.js is left alone: it must stay a single
// file that the update test can change in a copy of build/.
//   node scripts/precompress.mjs [--dir build]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const buildDir = values.dir ?? fileURLToPath(new URL('../build/', import.meta.url));
/** Text and fonts; PNG and WebP are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.ttf',
  '.otf',
  '.ico',
  '.wasm',
  '.xml'
]);

/** The bytes a .br copy holds; empty when it is not valid brotli. */
function decompressed(br) {
  try {
    return brotliDecompressSync(br);
  } catch {
    return Buffer.alloc(0);
  }
}

/** Byte-for-byte equality. */
function sameBytes(a, b) {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Wire sizes of one file: [raw, gzip, brotli]. */
const sizes = new Map();
for await (const path of files(buildDir)) {
  const rel = relative(buildDir, path).split('\\').join('/');
  if (rel === 'sw.js' || !COMPRESSIBLE.has(extname(path))) continue;
  const raw = await readFile(path);
  const gz = gzipSync(raw, { level: 9 });
  // A committed .br beside a large static file (the PDF font: static/fonts/*.ttf.br, written by
  // scripts/make-pdf-font.mjs at brotli's best quality, which takes half a minute) is kept while it is still a copy of
  // the file; anything else over 1 MB gets quality 9 here, to keep builds quick.
  const existing = existsSync(`${path}.br`) ? await readFile(`${path}.br`) : undefined;
  const br =
    existing && sameBytes(decompressed(existing), raw)
      ? existing
      : brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: raw.length > 1_000_000 ? 9 : 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length
          }
        });
  // A copy that does not save anything is not written: the server then sends the file itself.
  if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
  if (br.length < raw.length) await writeFile(`${path}.br`, br);
  sizes.set(rel, [raw.length, Math.min(gz.length, raw.length), Math.min(br.length, raw.length)]);
}
console.log(`precompress: ${sizes.size} files in build/ have .br and .gz copies`);

// The precache over the wire: every URL in sw.js's manifest, at the smaller of its compressed copies (a server sends
// brotli to any phone browser of the last years; gzip is printed for hosts that only have gzip).
const sw = await readFile(join(buildDir, 'sw.js'), 'utf8').catch(() => '');
if (!sw) process.exit(0); // another app's build (scripts/perf/check.mjs compresses a SvelteKit starter's)
const urls = [...sw.matchAll(/["']?url["']?\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
let raw = 0;
let gzip = 0;
let brotli = 0;
for (const url of urls) {
  const s = sizes.get(url) ?? (await readFile(join(buildDir, url))).length;
  const [r, g, b] = Array.isArray(s) ? s : [s, s, s];
  raw += r;
  gzip += g;
  brotli += b;
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `precompress: the offline precache is ${urls.length} files, ${kib(raw)} raw, ${kib(gzip)} gzip, ${kib(brotli)} brotli`
);
