/**
 * Checks the production build (build/, made by `npm run build`): the web app manifest, its icons, and that the
 * service worker precaches every route's HTML shell. scripts/e2e.sh runs it after the build with
 * REQUIRE_BUILD=1, so in CI a missing build fails instead of skipping.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const BUILD = 'build';
const SW = join(BUILD, 'sw.js');
// These checks read a build: scripts/e2e.sh runs them right after building, with REQUIRE_BUILD=1. A plain
// `vitest run` skips them, so a build left over from older sources never fails (or passes) them by mistake.
const hasBuild = Boolean(process.env.REQUIRE_BUILD);

if (!hasBuild) {
  console.warn('build-output: skipped (scripts/e2e.sh runs it after the build, with REQUIRE_BUILD=1).');
} else if (!existsSync(SW)) {
  throw new Error(`${SW} is missing: run \`npm run build\` first.`);
}

/** The static routes the app must open offline, as their prerendered HTML files. */
const REQUIRED_HTML = [
  'index.html',
  'enterprise.html',
  'assets.html',
  'asset.html',
  'valuation.html',
  'overview.html',
  'readiness.html',
  'financing.html',
  'policy.html',
  'backup.html',
  'settings.html',
  'incubator.html',
  'intake.html',
  'handover.html',
  '200.html'
];

/** HTML files for every static route under src/routes, so a route added later is checked too. */
function routeHtmlFromSource(dir = 'src/routes', prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) {
      if (name === '+page.svelte') out.push(prefix === '' ? 'index.html' : `${prefix}.html`);
      continue;
    }
    if (name.includes('[')) continue; // dynamic segments are not prerendered; the fallback serves them
    // (group) folders do not appear in the URL.
    const segment = /^\(.*\)$/.test(name) ? prefix : prefix === '' ? name : `${prefix}/${name}`;
    out.push(...routeHtmlFromSource(path, segment));
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex');
  expect(signature, `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** URLs in the worker's precache manifest (minified: `{url:"a.html",revision:"…"}`). */
function precachedUrls(sw: string): string[] {
  return [...sw.matchAll(/["']?url["']?\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The JS index.html loads: its module scripts and preloads, and what they import statically, transitively. */
function firstRouteChunks(): string[] {
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  return staticGraph(
    [...html.matchAll(/["'(]\s*\.?\/?(_app\/immutable\/[^"')]+\.js)/g)].map((m) => m[1] ?? '')
  );
}

/** Chunks (build-relative paths) and what they import statically, transitively. */
function staticGraph(from: string[]): string[] {
  const queue = [...from];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const f = queue.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    // Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` is lazy and not followed.
    for (const m of readFileSync(join(BUILD, f), 'utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      queue.push(new URL(m[1] ?? '', `http://x/${f}`).pathname.slice(1));
  }
  return [...seen];
}

/** Every JavaScript file of the build (build-relative paths). */
function jsChunks(): string[] {
  return readdirSync(join(BUILD, '_app/immutable'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => `_app/immutable/${f}`);
}

/** The incubator overview's worker chunk(s): it answers messages with the summaries' database. */
function workerChunks(): string[] {
  return jsChunks().filter((f) => {
    const code = readFileSync(join(BUILD, f), 'utf8');
    return code.includes('zhirong-zice-summaries') && code.includes('WorkerGlobalScope');
  });
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe.skipIf(!hasBuild)('build output', () => {
  const manifest = hasBuild ? JSON.parse(readFileSync(join(BUILD, 'manifest.webmanifest'), 'utf8')) : {};
  const sw = hasBuild ? readFileSync(SW, 'utf8') : '';

  test('the manifest has the fields an installable app needs', () => {
    expect(manifest).toMatchObject({
      name: '知融自测',
      short_name: '知融自测',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0f5c4d',
      background_color: '#ffffff'
    });
    expect(typeof manifest.description).toBe('string');
    expect(manifest.description.length).toBeGreaterThan(0);
  });

  test('every manifest icon exists, PNGs with the size they claim', () => {
    const icons = manifest.icons as ManifestIcon[];
    const has = (size: string, purpose: string) =>
      icons.some((i) => i.type === 'image/png' && i.sizes === size && (i.purpose ?? 'any').includes(purpose));
    expect(has('192x192', 'any')).toBe(true);
    expect(has('512x512', 'any')).toBe(true);
    expect(has('512x512', 'maskable')).toBe(true);
    expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);

    for (const icon of icons) {
      const file = join(BUILD, icon.src);
      expect(existsSync(file), `${icon.src} exists`).toBe(true);
      if (icon.type !== 'image/png') continue;
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(file), icon.src).toEqual({ width, height });
    }
  });

  test('the service worker precaches every route shell, the manifest and the icons', () => {
    const urls = precachedUrls(sw);
    const required = new Set([...REQUIRED_HTML, ...routeHtmlFromSource()]);
    for (const html of required) expect(urls, `${html} is precached`).toContain(html);
    for (const html of required) expect(existsSync(join(BUILD, html)), `${html} was built`).toBe(true);
    expect(urls).toContain('manifest.webmanifest');
    for (const icon of manifest.icons as ManifestIcon[]) expect(urls).toContain(icon.src.replace(/^\//, ''));
    expect(urls.some((u) => u.startsWith('_app/immutable/') && u.endsWith('.js'))).toBe(true);
  });

  test('the PDF font and pdfmake are precached (offline export), and the first route never loads pdfmake', () => {
    const urls = precachedUrls(sw);
    expect(urls).toContain('fonts/NotoSansSC-Subset.ttf');
    const chunks = jsChunks();
    const pdfChunks = chunks.filter((f) => readFileSync(join(BUILD, f), 'utf8').includes('pdfmake'));
    expect(pdfChunks.length, 'a chunk holds pdfmake').toBeGreaterThan(0);
    for (const f of pdfChunks) expect(urls, `${f} is precached`).toContain(f);
    const first = firstRouteChunks();
    expect(first.length).toBeGreaterThan(0);
    for (const f of first)
      expect(readFileSync(join(BUILD, f), 'utf8'), `${f} (loaded by index.html)`).not.toContain('pdfmake');
  });

  test('the first route paints without Dexie: the home list is read straight from IndexedDB (src/lib/db/peek.ts)', () => {
    // `dbReadyPromise` is a property of Dexie's own state object: minifying keeps it.
    const chunks = jsChunks();
    const dexie = chunks.filter((f) => readFileSync(join(BUILD, f), 'utf8').includes('dbReadyPromise'));
    expect(dexie.length, 'a chunk holds Dexie').toBeGreaterThan(0);
    const first = firstRouteChunks();
    for (const f of dexie) expect(first, `${f} (Dexie) is not loaded by index.html`).not.toContain(f);
  });

  test('the home screen loads its JavaScript in a handful of files (vite.config.ts: firstRouteChunk)', () => {
    // 26 files before the group (docs/performance.md, "Speed V"): each is a request and a round trip on a phone.
    const first = firstRouteChunks();
    expect(first.length, first.join(', ')).toBeLessThanOrEqual(8);
    // Svelte's runtime, SvelteKit's client and the messages are in one of them, not split along other routes' lines.
    const svelte = first.filter((f) =>
      readFileSync(join(BUILD, f), 'utf8').includes('https://svelte.dev/e/')
    );
    expect(svelte.length, 'one first-route chunk holds Svelte').toBe(1);
  });

  test("the overview's worker imports none of the page's code (no Svelte, no messages)", () => {
    const worker = workerChunks();
    expect(worker.length).toBe(1);
    for (const f of staticGraph(worker)) {
      const code = readFileSync(join(BUILD, f), 'utf8');
      expect(code, `${f} (imported by the worker) holds Svelte's runtime`).not.toContain(
        'https://svelte.dev/e/'
      );
      expect(code, `${f} (imported by the worker) holds the home screen`).not.toContain('home-list');
    }
  });

  test("the incubator overview's worker and every chunk it imports are precached (it computes offline)", () => {
    const urls = precachedUrls(sw);
    // The page starts the worker by its URL.
    const worker = workerChunks();
    expect(worker.length, 'one chunk is the overview worker').toBe(1);
    const graph = staticGraph(worker);
    expect(graph.length).toBeGreaterThan(1);
    for (const f of graph) expect(urls, `${f} (the overview worker's) is precached`).toContain(f);
    // The page names the worker's chunk (new URL(…, import.meta.url)) instead of bundling a copy of it.
    const name = worker[0]!.split('/').pop()!;
    const starters = jsChunks().filter(
      (f) => f !== worker[0] && readFileSync(join(BUILD, f), 'utf8').includes(name)
    );
    expect(starters.length, `a chunk refers to ${name}`).toBeGreaterThan(0);
  });

  test('what a phone downloads to work offline (the precache, compressed as sent) is under 2 MB, PDF font included', () => {
    // scripts/precompress.mjs writes a .br copy of every compressible file; a file without one (PNG, or a copy that
    // saved nothing) goes over the wire as it is. 2 MB read strictly: 2,000,000 bytes.
    const urls = precachedUrls(sw);
    let bytes = 0;
    for (const url of urls) {
      const file = join(BUILD, url);
      const br = `${file}.br`;
      bytes += statSync(existsSync(br) ? br : file).size;
    }
    console.log(
      `build-output: the precache is ${urls.length} files, ${(bytes / 1e6).toFixed(2)} MB over the wire`
    );
    expect(urls).toContain('fonts/NotoSansSC-Subset.ttf');
    expect(existsSync(join(BUILD, 'fonts/NotoSansSC-Subset.ttf.br')), 'the PDF font is sent compressed').toBe(
      true
    );
    expect(bytes).toBeLessThan(2_000_000);
  });

  test('the service worker waits for the user, falls back to the shell and is self-contained', () => {
    // skipWaiting: false makes generateSW listen for {type: 'SKIP_WAITING'} instead of calling skipWaiting().
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).toContain('"/200.html"');
    // The Workbox runtime is inlined: no importScripts of workbox-*.js, let alone from a CDN.
    expect(sw).not.toContain('importScripts(');
  });

  test('every page carries a Content-Security-Policy that lets nothing connect outside the origin', () => {
    for (const file of REQUIRED_HTML) {
      const html = readFileSync(join(BUILD, file), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toContain("connect-src 'self'");
      expect(csp, file).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    }
  });

  test('the home screen paints from its document alone: its styles are inline, no stylesheet blocks the paint', () => {
    // svelte.config.js inlineStyleThreshold, docs/performance.md "Speed VI": a stylesheet file is a second round trip
    // before the first paint on a phone's slow link.
    const home = readFileSync(join(BUILD, 'index.html'), 'utf8');
    const blocking = [...home.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\sdisabled[\s>]/.test(tag));
    expect(blocking).toEqual([]);
    const styles = [...home.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('');
    // The root variables and font stack of src/app.css, and the home list's reserved height.
    expect(styles).toMatch(/--brand:\s*#0f5c4d/);
    expect(styles).toContain('Noto Sans CJK SC');
    expect(styles).toContain('.home-list');
  });

  test('every inline script of every page is allowed by its hash in that page’s policy (src/first-paint.js’s is computed in svelte.config.js)', () => {
    for (const file of REQUIRED_HTML) {
      const html = readFileSync(join(BUILD, file), 'utf8');
      const scriptSrc = /script-src ([^;]+);/.exec(html)?.[1]?.split(' ') ?? [];
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(inline.length, `${file}: SvelteKit's start script`).toBeGreaterThan(0);
      for (const script of inline) {
        const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
        expect(scriptSrc, `${file}: ${script.trim().slice(0, 60)}`).toContain(hash);
      }
    }
  });
});
