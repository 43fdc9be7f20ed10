// Generates build/sw.js with Workbox after `vite build` (SvelteKit's own service worker is off in svelte.config.js).
// The worker precaches the whole static app: every prerendered route shell, JS, CSS, manifest, icons, fonts and JSON,
// so every route opens offline, including with query parameters (/asset?e=1&id=2) and without .html (/assets).
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const buildDir = fileURLToPath(new URL('../build/', import.meta.url));

/**
 * Largest file the worker precaches. Workbox's default (2 MiB) would leave out the PDF font
 * (static/fonts/NotoSansSC-Subset.ttf, 2.4 MB) and the build fails on that warning; 3 MiB takes it and pdfmake's
 * chunk (about 1 MB) with a little room, and still refuses anything much bigger by mistake.
 */
const MAX_FILE_BYTES = 3 * 1024 * 1024;

const { count, size, warnings } = await generateSW({
  globDirectory: buildDir,
  // fonts/*.txt: the PDF font's character list (which characters it can print), read on export.
  globPatterns: [
    '**/*.{html,js,css,webmanifest,json,png,svg,ico,webp,ttf,otf,woff,woff2,wasm}',
    'fonts/*.txt'
  ],
  globIgnores: ['sw.js', 'workbox-*.js', '**/*.map', '**/node_modules/**'],
  swDest: `${buildDir}sw.js`,
  // One self-contained file: no workbox-<hash>.js beside it, nothing fetched from a CDN.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
  // Vite's hashed chunks are immutable: their URL is their revision.
  dontCacheBustURLsMatching: /^_app\/immutable\//,
  // Ids travel as query parameters (/asset?e=ID&id=ID): ignore them all so the request matches asset.html.
  ignoreURLParametersMatching: [/.*/],
  // '/' → index.html. Workbox's precache route also tries '<path>.html' (its `cleanURLs` option, on by default and
  // not exposed by generateSW), so '/assets' → assets.html, which matches trailingSlash = 'never'.
  directoryIndex: 'index.html',
  // Any other navigation (an old bookmark, a mistyped path) gets the SPA shell, which routes on the client.
  navigateFallback: '/200.html',
  // Take control of the page on the first install so it works offline right away; later versions wait until the
  // user agrees (the page posts {type: 'SKIP_WAITING'}; generateSW adds that listener when skipWaiting is false).
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true
});

for (const warning of warnings) console.warn(`build-sw: warning: ${warning}`);

// Fail the build rather than ship a worker that leaves a route without its shell offline.
const htmlFiles = (await readdir(buildDir)).filter((f) => f.endsWith('.html'));
if (warnings.length > 0 || htmlFiles.length === 0) {
  console.error('build-sw: warnings above would leave files out of the precache; fix them.');
  process.exit(1);
}
console.log(
  `build-sw: build/sw.js precaches ${count} files, ${(size / 1024).toFixed(1)} KiB ` +
    `(route shells: ${htmlFiles.join(', ')})`
);
