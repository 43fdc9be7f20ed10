import { expect, test, type PageErrors } from './fixtures';

// Each language's messages are chunks of their own (src/lib/i18n): the core namespaces and the rest. A first visit in
// English loads both before the screen renders. When the core chunk was the slower of the two, the layout used to go
// on as soon as the rest was in, before svelte-i18n had set the language, and the screen stayed empty.
test('a first visit in English renders even when the core messages arrive after the rest', async ({
  page
}) => {
  await page.addInitScript(() => localStorage.setItem('zr.locale', 'en'));
  let delayed = 0;
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // The English core chunk: the home screen's own intro is in it.
    if (body.includes('Record an enterprise and its IP')) {
      delayed++;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.fulfill({ response, body });
  });
  await page.goto('/settings');
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(delayed, 'the English core chunk was held back').toBe(1);
});

/**
 * The home screen as prerendered, before any of the app's JavaScript runs: its module requests are refused, so the
 * browser logs each refused module (and the failed import): those errors are the test's own doing.
 */
async function firstPaint(page: import('@playwright/test').Page, pageErrors: PageErrors) {
  pageErrors.allow(
    /Failed to load resource: net::ERR_FAILED \(.*\/_app\/.*\.js/,
    'the app’s scripts are refused on purpose'
  );
  pageErrors.allow(
    /^uncaught at [^:]+:\/\/[^/]+\/: $/,
    'the refused entry module’s import fails without a message'
  );
  await page.route('**/_app/**/*.js', (route) => route.abort());
  await page.goto('/');
  return {
    lang: await page.locator('html').getAttribute('lang'),
    title: await page.title(),
    h1: await page.locator('h1').allInnerTexts(),
    // Everything a reader sees, minus the one Chinese word an English screen shows on purpose (the language button).
    text: (await page.locator('body').innerText()).replace('中文', '')
  };
}

const HAN = /\p{Script=Han}/u;

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('a first visit shows English from the first paint, before the app’s scripts run', async ({
    page,
    cspViolations,
    pageErrors
  }) => {
    const shown = await firstPaint(page, pageErrors);
    expect(shown.lang).toBe('en');
    expect(shown.title).toBe('IP Finance Self-Check');
    expect(shown.h1).toEqual(['Enterprises']);
    expect(shown.text).toContain('New enterprise');
    expect(shown.text).toContain('Reading the data on this device');
    expect(shown.text, 'no Chinese left on the English first paint').not.toMatch(HAN);
    await expect(page.getByRole('button', { name: /Switch language/ })).toHaveText('中文');
    expect(cspViolations).toEqual([]);
  });

  test('the app then takes over the English screen as it is: one header, one heading, in English', async ({
    page
  }) => {
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Reading the data' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'No enterprise yet' })).toBeVisible();
    await expect(page.locator('h1')).toHaveText(['Enterprises']);
    await expect(page.locator('header')).toHaveCount(1);
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).not.toMatch(HAN);
    // Switching to Chinese works as before and is remembered.
    await page.getByRole('button', { name: /Switch language/ }).click();
    await expect(page.locator('h1')).toHaveText('我的企业');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('我的企业');
  });
});

test('a Chinese browser’s first paint is Chinese; a stored choice of English wins over the browser', async ({
  page,
  pageErrors
}) => {
  const zh = await firstPaint(page, pageErrors);
  expect(zh.lang).toBe('zh-CN');
  expect(zh.h1).toEqual(['我的企业']);

  await page.addInitScript(() => localStorage.setItem('zr.locale', 'en'));
  const en = await firstPaint(page, pageErrors);
  expect(en.lang).toBe('en');
  expect(en.h1).toEqual(['Enterprises']);
  expect(en.text).not.toMatch(HAN);
});

/**
 * Records every call that loads the browser's locale data (ICU): the `Intl` constructors and their
 * `supportedLocalesOf`, and the `toLocale…String` and `localeCompare` methods. Installed before the page's scripts.
 */
function recordLocaleDataUse() {
  const calls: string[] = [];
  (window as unknown as { __localeDataCalls: string[] }).__localeDataCalls = calls;
  const note = (name: string) => calls.push(`${name} ${new Error().stack?.split('\n')[3]?.trim()}`);
  const intl = Intl as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const C = intl[name];
    if (typeof C !== 'function') continue;
    intl[name] = new Proxy(C, {
      construct: (target, args, newTarget) => (
        note(`new Intl.${name}`),
        Reflect.construct(target, args, newTarget)
      ),
      apply: (target, self, args) => (note(`Intl.${name}()`), Reflect.apply(target, self, args)),
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver);
        return key === 'supportedLocalesOf' && typeof value === 'function'
          ? (...args: unknown[]) => (note(`Intl.${name}.supportedLocalesOf`), value.apply(target, args))
          : value;
      }
    });
  }
  const wrap = (proto: object, key: string) => {
    const original = Reflect.get(proto, key) as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, key, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        note(key);
        return original.apply(this, args);
      }
    });
  };
  wrap(Number.prototype, 'toLocaleString');
  wrap(Date.prototype, 'toLocaleString');
  wrap(Date.prototype, 'toLocaleDateString');
  wrap(Date.prototype, 'toLocaleTimeString');
  wrap(String.prototype, 'localeCompare');
}

// A page's first call on the browser's locale data loads it: 20-30 ms of main thread in Chromium here, a few times
// that on a phone, in the middle of the app's start (docs/performance.md, "Speed VIII"). The home screen of a first
// visit shows no number, date or plural, so it must not pay for it: not in svelte-i18n's init(), not in a dialog
// that is closed.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`a first visit in ${lang} starts without loading the browser's locale data`, async ({ page }) => {
    await page.addInitScript(recordLocaleDataUse);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('zr.locale', 'en'));
    await page.goto('/');
    // The empty list's card: rendered by the app once it has started and read the list (after the first paint).
    await expect(
      page.getByRole('heading', { name: lang === 'en' ? 'No enterprise yet' : '还没有企业' })
    ).toBeVisible();
    const calls = await page.evaluate(
      () => (window as unknown as { __localeDataCalls: string[] }).__localeDataCalls
    );
    expect(calls).toEqual([]);
  });
}
