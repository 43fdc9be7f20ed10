import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The incubator overview's worker entry (src/lib/incubator/summary-pool.ts starts it). */
const SUMMARY_WORKER = fileURLToPath(new URL('./src/lib/incubator/summary-worker.ts', import.meta.url));

/**
 * `virtual:summary-worker-url`: the URL of the overview's worker, without loading it in the page. In the browser
 * build the worker is emitted as one more entry of the app's own bundle, so it shares the engine's and Dexie's
 * chunks with the screens (Vite's `new Worker(new URL(…))` would bundle a second copy of each, and the offline copy
 * a phone downloads would pass 2 MB); its URL is the emitted chunk's. On the dev server (and in tests, which never
 * start it) the URL is the module's own.
 */
function summaryWorkerUrl(): Plugin {
  const virtual = '\0virtual:summary-worker-url';
  let ref: string | undefined;
  return {
    name: 'zr:summary-worker-url',
    resolveId: (id) => (id === 'virtual:summary-worker-url' ? virtual : undefined),
    buildStart() {
      ref = undefined;
      if (this.environment?.name === 'client' && this.environment.config.command === 'build')
        ref = this.emitFile({ type: 'chunk', id: SUMMARY_WORKER, name: 'summary-worker' });
    },
    load(id) {
      if (id !== virtual) return;
      if (ref) return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      return `export default ${JSON.stringify('/src/lib/incubator/summary-worker.ts')};`;
    }
  };
}

const ROOT_LAYOUT = fileURLToPath(new URL('./src/routes/+layout.svelte', import.meta.url));
const ROOT_PAGE = fileURLToPath(new URL('./src/routes/+page.svelte', import.meta.url));

/**
 * The home screen's JavaScript in one chunk. Left to the bundler, the modules the home screen imports statically
 * (SvelteKit's client, Svelte, the messages, the layout and the page) were split into 26 files along the lines other
 * routes share them; on a phone's slow connection each file waits for a connection and a round trip of its own (six
 * at a time over HTTP/1.1), and Lighthouse's simulated LCP, which counts every request that finished before the
 * paint, was mostly those round trips (docs/performance.md, "Speed V"). This group puts every module in the static
 * import graph of SvelteKit's two client entries, the root layout's node and the home page's node into one chunk:
 * the other routes import it as they imported its parts (every route loads the root layout anyway), and what they
 * load lazily (Dexie, zod, the engine, pdfmake, the English messages) stays out because only static imports count.
 * Modules the overview's worker imports stay out too, so the worker never evaluates the page's code: they keep the
 * chunks the bundler gives them. Module ids are read in `buildEnd`, after the graph is complete; the groups are
 * applied when chunks are made, after it.
 */
function firstRouteChunk(): Plugin {
  const firstRoute = new Set<string>();
  const sharedWithWorker = new Set<string>();
  const closure = (roots: Iterable<string>, getImports: (id: string) => readonly string[]) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...getImports(id));
    }
    return seen;
  };
  return {
    name: 'zr:first-route-chunk',
    apply: 'build',
    outputOptions(options) {
      if (this.environment?.name !== 'client') return;
      return {
        ...options,
        codeSplitting: {
          groups: [
            // Claimed first: a group also takes the modules its modules import, and these must not be in it.
            { name: 'worker-shared', test: (id: string) => sharedWithWorker.has(id), priority: 2 },
            { name: 'first-route', test: (id: string) => firstRoute.has(id), priority: 1 }
          ]
        }
      };
    },
    buildEnd() {
      firstRoute.clear();
      sharedWithWorker.clear();
      if (this.environment?.name !== 'client') return;
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds ?? [];
      const roots: string[] = [];
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info?.isEntry) continue;
        const kitEntry = /[\\/]runtime[\\/]client[\\/]entry\.js$/.test(id);
        const appEntry = /[\\/]client-optimized[\\/]app\.js$/.test(id);
        const homeNode = info.importedIds.includes(ROOT_LAYOUT) || info.importedIds.includes(ROOT_PAGE);
        if (kitEntry || appEntry || homeNode) roots.push(id);
      }
      // Four roots: the kit's entry, the app's, and the nodes of the root layout and the home page. Fewer means a
      // file moved: fail the build rather than ship the home screen in pieces again without noticing.
      if (roots.length !== 4) this.error(`first-route chunk: expected 4 entries, found ${roots.join(', ')}`);
      const worker = closure([SUMMARY_WORKER], imports);
      for (const id of closure(roots, imports)) (worker.has(id) ? sharedWithWorker : firstRoute).add(id);
    }
  };
}

export default defineConfig({
  plugins: [sveltekit(), summaryWorkerUrl(), firstRouteChunk()],
  build: { target: 'es2020' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    benchmark: { include: ['bench/**/*.bench.ts'] }
  }
});
