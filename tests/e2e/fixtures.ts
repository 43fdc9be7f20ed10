/**
 * The `test` every e2e spec imports. It records each request the page, its other pages and its service worker
 * make, and fails the test if any went to another origin: the app must never leave the device.
 */
import { test as base, expect } from '@playwright/test';

/** The only origin the app may talk to: the preview server (playwright.config.ts, same E2E_PORT). */
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173)}`;

/** True for URLs that stay on the device or the app's own origin. */
export function isAllowedUrl(url: string, appOrigin = APP_ORIGIN): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

export const test = base.extend<{ appOrigin: string; requests: string[] }>({
  // A spec that serves the app elsewhere (update.spec.ts) sets it with test.use({ appOrigin, baseURL }).
  appOrigin: [APP_ORIGIN, { option: true }],
  requests: [
    async ({ context, appOrigin }, use) => {
      const requests: string[] = [];
      // With serviceWorkers: 'allow', context-level 'request' also reports the service worker's own fetches.
      context.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const escaped = requests.filter((url) => !isAllowedUrl(url, appOrigin));
      expect(escaped, `requests that left ${appOrigin}`).toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };
