import { defineConfig } from 'vitest/config';

/**
 * The cross-engine run (`npm run test:engines`, scripts/engines.sh): the app's core path in WebKit and Firefox,
 * against build/. One engine at a time: each file starts its own server and browser.
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 60_000
  }
});
