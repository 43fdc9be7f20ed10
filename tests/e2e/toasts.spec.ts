/**
 * Toasts never cover the next action: after a save the toast sits clear of the sticky action bar and the header, lets
 * taps through except on its own buttons, can be closed, and goes away by itself. Checked on the quick intake (the
 * next enterprise is one tap away), on the first visit's "ready offline" notice (header) and after saving an
 * enterprise (the enterprise tabs and the add button).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The control is on screen, no toast box overlaps it, and a tap at its centre and near its corners reaches it. */
async function expectClear(page: Page, control: Locator, toast: Locator, what: string): Promise<void> {
  await expect(control, what).toBeInViewport();
  const box = (await control.boundingBox())!;
  const toastBox = (await toast.boundingBox())!;
  expect(overlaps(box, toastBox), `${what}: the toast covers it`).toBe(false);
  const reached = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 4, r.top + 4],
      [r.right - 4, r.top + 4],
      [r.left + 4, r.bottom - 4],
      [r.right - 4, r.bottom - 4]
    ];
    return points.every(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (hit === el || el.contains(hit));
    });
  });
  expect(reached, `${what}: a tap reaches it`).toBe(true);
}

async function fillIntake(page: Page, name: string): Promise<void> {
  await page.getByLabel('企业名称').fill(name);
  await page.getByLabel('营业收入').fill('800');
  await page.getByRole('button', { name: '添加一项知识产权' }).click();
  await page.locator('#ip-0-type').selectOption('trademark');
  await page.locator('#ip-0-identifier').fill('7199523');
  await page.locator('#ip-0-date').fill('2016-08-07');
}

test('quick intake: the saved toast leaves "save and start the next" clear and tappable', async ({
  page
}) => {
  await page.goto('/intake');
  await expect(page.locator('main h1')).toBeVisible();
  await fillIntake(page, '杭州第一家科技有限公司');
  await page.getByRole('button', { name: '保存并录入下一家' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: '已保存' });
  await expect(toast).toBeVisible();

  const next = page.getByRole('button', { name: '保存并录入下一家' });
  await expectClear(page, next, toast, 'save and next');
  await expectClear(page, page.getByRole('link', { name: '返回企业总览' }), toast, 'to the overview');
  // The toast's text lets a tap through to whatever is under it; only its own buttons catch taps.
  const text = toast.locator('.msg');
  const passes = await text.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === null || !el.contains(hit);
  });
  expect(passes, 'the toast text must not catch taps').toBe(true);

  // The next enterprise is saved while the first toast still shows.
  await fillIntake(page, '杭州第二家科技有限公司');
  await expect(toast).toBeVisible();
  await next.click();
  await expect(page.getByRole('heading', { name: '本次已录入 2 家' })).toBeVisible();

  // It can be closed at once, and goes away by itself within a few seconds. ("Ready offline" may come next: it waits
  // for the saved toast rather than replacing it, so only the saved toast is followed here.)
  await toast.getByRole('button', { name: '关闭' }).click();
  await expect(toast).toHaveCount(0);
  await fillIntake(page, '杭州第三家科技有限公司');
  await next.click();
  await expect(toast).toBeVisible();
  await expect(toast).toHaveCount(0, { timeout: 7_000 });
});

test('saving an enterprise: the toast leaves the enterprise tabs and the add button clear', async ({
  page
}) => {
  await page.goto('/enterprise');
  await page.getByLabel('企业名称').fill('杭州标签页科技有限公司');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const toast = page.getByTestId('toast');
  await expect(toast).toBeVisible();
  for (const tab of await page.getByRole('navigation', { name: '企业页面' }).getByRole('link').all())
    expect(overlaps((await tab.boundingBox())!, (await toast.boundingBox())!)).toBe(false);
  await expectClear(page, page.getByRole('navigation', { name: '主导航' }), toast, 'the header');
  await expectClear(page, page.getByRole('button', { name: '添加' }), toast, 'add an IP asset');
});

test('"ready offline" on the first visit leaves the header and its links clear', async ({ page }) => {
  await page.goto('/');
  const toast = page.getByTestId('toast').filter({ hasText: '可以离线使用了' });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expectClear(page, page.locator('header.top'), toast, 'the header');
  for (const link of await page.locator('header.top').getByRole('link').all())
    await expectClear(page, link, toast, `header link ${await link.textContent()}`);
  await expectClear(page, page.getByRole('button', { name: /切换到英文/ }), toast, 'the language button');
});
