// Serves build/ the way a static host will, through sirv (the static server `vite preview` itself uses): exact files,
// '/x' → x.html (trailingSlash = 'never'), '/' → index.html, any other page → 200.html (the SPA fallback), and the
// .br/.gz copies written by scripts/precompress.mjs when the browser accepts them, so Lighthouse and the e2e tests see
// what a phone downloads. `npm run preview` uses it because SvelteKit's `vite preview` serves .svelte-kit/output
// instead of build/, so it never serves build/sw.js and the app could not be tested offline.
//   node scripts/serve-build.mjs [--host 127.0.0.1] [--port 4173] [--root build]
import { createServer } from 'node:http';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4173' },
    // Another directory (the update e2e test serves a copy of build/ whose sw.js it changes).
    root: { type: 'string' }
  }
});
const root = values.root ? resolvePath(values.root) : fileURLToPath(new URL('../build/', import.meta.url));

const serve = sirv(root, {
  // Looks files up on each request (no file list cached at start), so a test may change a file while it serves.
  dev: true,
  etag: true,
  extensions: ['html'],
  single: '200.html',
  gzip: true,
  brotli: true,
  setHeaders(res, pathname) {
    // Vite's hashed files never change; sw.js and the HTML shells must be revalidated, or updates would never be found.
    const immutable = pathname.startsWith('/_app/immutable/');
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }
});

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  serve(req, res, () => {
    console.log(`[404] ${req.method} ${req.url}`);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
});

server.on('error', (error) => {
  console.error(`serve-build: ${error.message}`);
  process.exit(1);
});
// --port 0 takes any free port: the line below says which (scripts/perf/check.mjs reads it).
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`serve-build: ${root} at http://${values.host}:${port}`);
});
