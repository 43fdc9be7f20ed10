// Serves build/ the way a static host will: exact files, '/x' → x.html (trailingSlash = 'never'), '/' → index.html,
// any other page → 200.html (the SPA fallback). `npm run preview` uses it because SvelteKit's `vite preview` serves
// .svelte-kit/output instead of build/, so it never serves build/sw.js and the app could not be tested offline.
//   node scripts/serve-build.mjs [--host 127.0.0.1] [--port 4173] [--root build]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4173' },
    // Another directory (the update e2e test serves a copy of build/ whose sw.js it changes).
    root: { type: 'string' }
  }
});
const root = values.root ? resolvePath(values.root) : fileURLToPath(new URL('../build/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file for a URL path, or null. Paths with an extension must exist; pages fall back to 200.html. */
async function resolve(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (safe.split(sep).includes('..')) return null;
  const direct = join(root, safe);
  if (safe === '' || safe.endsWith(sep)) {
    const index = join(direct, 'index.html');
    if (await isFile(index)) return index;
  } else {
    if (await isFile(direct)) return direct;
    if (await isFile(`${direct}.html`)) return `${direct}.html`;
  }
  return extname(safe) ? null : join(root, '200.html');
}

function cacheControl(file) {
  if (file.includes(`${sep}_app${sep}immutable${sep}`)) return 'public, max-age=31536000, immutable';
  return 'no-cache'; // sw.js and the HTML shells must be revalidated, or updates would never be found
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = null;
  try {
    file = await resolve(pathname);
  } catch {
    file = null; // malformed %-encoding
  }
  if (!file) {
    console.log(`[404] ${req.method} ${pathname}`);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(file),
    'X-Content-Type-Options': 'nosniff'
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.on('error', (error) => {
  console.error(`serve-build: ${error.message}`);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  console.log(`serve-build: ${root} at http://${values.host}:${values.port}`);
});
