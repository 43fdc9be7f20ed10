/**
 * The `test` every e2e spec imports. It records each request the page, its other pages and its service worker
 * make, and fails the test if any went to another origin: the app must never leave the device. It also fails the
 * test on any console error or uncaught error in a page (of the test's context, or of a context the test opens),
 * unless the test allowed that one message (`pageErrors.allow`).
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

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

/**
 * Content-Security-Policy violations a page reports (the `securitypolicyviolation` event and Chromium's console
 * errors). zod's `new Function` probe used to add one on every page; `z.config({ jitless: true })` stops it.
 */
async function recordCspViolations(
  context: import('@playwright/test').BrowserContext,
  sink: string[]
): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && /CSP violation|Content Security Policy|unsafe-eval/i.test(text))
      sink.push(text);
  });
}

/** What a test may do about the errors its pages log (see the `pageErrors` fixture). */
export interface PageErrors {
  /**
   * Lets console errors matching `pattern` pass in this test: for an error the test causes on purpose (a refused
   * permission, a storage that fails). Say why in `reason`; keep the pattern as narrow as the message.
   */
  allow(pattern: RegExp, reason: string): void;
  /** Watches a context the test made another way (a browser it launched itself, with other flags). */
  watch(context: BrowserContext): void;
  /** The errors seen so far (allowed ones included). */
  readonly seen: readonly string[];
}

/** Records console errors and uncaught errors of `context`'s pages (and its workers) into `sink`. */
function recordErrors(context: BrowserContext, sink: string[]): void {
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location();
    sink.push(
      `console.error at ${msg.page()?.url() ?? '?'}: ${msg.text()} (${where.url}:${where.lineNumber})`
    );
  });
  context.on('weberror', (e) => {
    const err = e.error();
    // The message and the first frames: enough to find the code, short enough to read many at once.
    const stack = (err.stack ?? String(err)).split('\n').slice(0, 4).join('\n');
    sink.push(`uncaught at ${e.page()?.url() ?? '?'}: ${stack}`);
  });
}

export const test = base.extend<{
  appOrigin: string;
  requests: string[];
  cspViolations: string[];
  pageErrors: PageErrors;
}>({
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
  ],
  pageErrors: [
    async ({ context, browser }, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      recordErrors(context, seen);
      // Contexts a test opens itself (a second device) are watched too, for the length of the test.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const other = await newContext(...args);
        recordErrors(other, seen);
        return other;
      };
      try {
        await use({
          allow: (pattern) => void allowed.push(pattern),
          watch: (other) => recordErrors(other, seen),
          get seen() {
            return seen;
          }
        });
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = seen.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, 'console errors and uncaught errors in the pages').toEqual([]);
    },
    { auto: true }
  ],
  /** Opt in by naming it in a test: fails the test if any page reported a CSP violation. */
  cspViolations: async ({ context }, use) => {
    const violations: string[] = [];
    await recordCspViolations(context, violations);
    await use(violations);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  }
});

export { expect };

/**
 * Writes records straight into the app's IndexedDB, past its forms: many assets in one go, or records the forms
 * would refuse. Opens a screen that opens the database first (the backup screen: the home screen only reads, and never
 * creates it) and waits for its stores: the app may still be creating or upgrading the database when the screen
 * shows ("Upgrading the data on this device"), and a write then finds no store.
 */
export async function putRecords(
  page: import('@playwright/test').Page,
  records: { enterprises?: readonly object[]; assets?: readonly object[] }
): Promise<void> {
  await page.goto('/backup');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /加载|Loading/ })).toHaveCount(0);
  await page.evaluate(
    async ({ enterprises, assets }) => {
      const pause = () => new Promise((r) => setTimeout(r, 100));
      // Opening a database that does not exist yet would create an empty one under the app: wait for the app's.
      for (let i = 0; !(await indexedDB.databases()).some((d) => d.name === 'zhirong-zice'); i++) {
        if (i === 100) throw new Error('the app never opened its database');
        await pause();
      }
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('zhirong-zice');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      let db = await open();
      for (
        let i = 0;
        !(db.objectStoreNames.contains('enterprises') && db.objectStoreNames.contains('assets'));
        i++
      ) {
        db.close();
        if (i === 100) throw new Error('the app never created its stores');
        await pause();
        db = await open();
      }
      const tx = db.transaction(['enterprises', 'assets'], 'readwrite');
      for (const e of enterprises) tx.objectStore('enterprises').put(e);
      for (const a of assets) tx.objectStore('assets').put(a);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { enterprises: records.enterprises ?? [], assets: records.assets ?? [] }
  );
}
