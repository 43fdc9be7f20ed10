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
