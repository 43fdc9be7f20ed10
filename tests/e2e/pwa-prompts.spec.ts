import { expect, test } from './fixtures';

// Needs <PwaPrompts /> mounted in src/routes/+layout.svelte.

test('"ready offline" is announced once, never blocks a tap, and goes away by itself', async ({ page }) => {
  test.setTimeout(60_000); // about 10.5 s with both cores of a 2-core machine busy
  await page.goto('/');
  const toast = page.getByTestId('toast').filter({ hasText: '可以离线使用了' });
  // It shows once the worker has installed the whole offline copy (4.6 MB): 2-6 s here, depending on the load.
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(toast).toContainText('可以离线使用了');
  await expect(page.getByRole('status').filter({ has: toast })).toHaveAttribute('aria-live', 'polite');
  // Taps go through it to whatever is underneath (the header, a form's buttons).
  const box = await toast.boundingBox();
  if (!box) throw new Error('toast has no box');
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="toast"]') !== null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  );
  expect(hit, 'the toast must not catch taps').toBe(false);
  await expect(toast).toBeHidden({ timeout: 10_000 });

  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.locator('main, h1').first()).toBeVisible();
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test.describe('inside WeChat', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN'
  });

  test('the banner explains how to open the system browser, once', async ({ page }) => {
    await page.goto('/');
    const banner = page.getByTestId('pwa-wechat');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('在浏览器打开');
    const dismiss = banner.getByRole('button');
    const box = await dismiss.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    // It fits a 360 px screen without horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await dismiss.tap();
    await expect(banner).toBeHidden();

    await page.reload();
    await expect(page.locator('h1, main').first()).toBeVisible();
    await expect(page.getByTestId('pwa-wechat')).toHaveCount(0);
  });
});

test('no WeChat banner in an ordinary browser', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1, main').first()).toBeVisible();
  await expect(page.getByTestId('pwa-wechat')).toHaveCount(0);
});
