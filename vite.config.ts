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

export default defineConfig({
  plugins: [sveltekit(), summaryWorkerUrl()],
  build: { target: 'es2020' },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    benchmark: { include: ['bench/**/*.bench.ts'] }
  }
});
