import { expect, test } from './fixtures';

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
