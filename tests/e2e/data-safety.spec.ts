/**
 * Keeping the data on an iPhone: Safari (and every iPhone browser, and WeChat) deletes a site's IndexedDB after 7 days
 * of use without a visit, unless the app was added to the home screen. The app says so before the first save and on
 * the backup screen, with the two taps as a picture; the home screen reminds when the last backup was; the backup
 * screen shows, and can ask for, persistent storage. The detection itself is unit-tested (src/lib/pwa/data-safety).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const IOS_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IOS_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN';

async function saveFirstEnterprise(page: Page, name: string) {
  await page.getByLabel('企业名称').fill(name);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
}

test.describe('Safari on an iPhone, in a tab', () => {
  test.use({ userAgent: IOS_SAFARI });

  test('warned before the first save and on the backup screen; reminded of the last backup, in days', async ({
    page
  }) => {
    // A backup on 2026-03-01, then the phone comes back on 2026-03-11: 10 days later (March has 31 days).
    await page.clock.setSystemTime(new Date(2026, 2, 1, 12, 0));
    await page.goto('/enterprise');
    const notice = page.getByRole('region', { name: '保存之前请看：数据可能被浏览器自动删除' });
    await expect(notice).toContainText('7 天里用过 Safari 却没有打开本应用');
    await expect(notice.getByRole('img', { name: /分享按钮.*添加到主屏幕/ })).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveText([/分享按钮/, /添加到主屏幕/]);
    // It fits the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveFirstEnterprise(page, '苹果手机企业');

    // Only before the first save: the next new enterprise's form does not repeat it.
    await page.goto('/enterprise');
    await expect(page.getByLabel('企业名称')).toBeVisible();
    await expect(page.getByTestId('data-safety')).toHaveCount(0);

    await page.goto('/');
    await expect(page.getByTestId('backup-reminder')).toContainText('还没有备份过');

    await page.goto('/backup');
    await expect(page.getByRole('region', { name: '数据可能被浏览器自动删除' })).toBeVisible();
    // The notice, its picture and the storage section pass axe (WCAG 2.1 AA) as the other screens do.
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份文件' }).click();
    await download;
    await page.goto('/');
    await expect(page.getByTestId('backup-reminder')).toContainText('今天已备份。');

    await page.clock.setSystemTime(new Date(2026, 2, 11, 9, 0));
    await page.reload();
    await expect(page.getByTestId('backup-reminder')).toContainText('上次备份是 10 天前。');
    await page.getByRole('button', { name: /切换到英文/ }).click();
    await expect(page.getByTestId('backup-reminder')).toContainText('Last backed up 10 days ago.');
  });

  test('the backup screen shows whether the browser keeps the data, and asks when told', async ({ page }) => {
    await page.addInitScript(() => {
      let granted = false;
      Object.defineProperty(StorageManager.prototype, 'persisted', { value: async () => granted });
      Object.defineProperty(StorageManager.prototype, 'persist', { value: async () => (granted = true) });
    });
    await page.goto('/backup');
    const status = page.getByTestId('persistence');
    await expect(status).toHaveText('浏览器可能在空间不足时清除数据，请定期备份。');
    await page.getByRole('button', { name: '请求长期保存' }).click();
    await expect(status).toHaveText('浏览器已同意长期保存本应用的数据。');
    await expect(page.getByRole('button', { name: '请求长期保存' })).toHaveCount(0);
  });
});

test.describe('the same iPhone, opened from the home screen', () => {
  test.use({ userAgent: IOS_SAFARI });

  test('no warning: the home-screen app keeps its data', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { value: true }));
    await page.goto('/enterprise');
    await expect(page.getByLabel('企业名称')).toBeVisible();
    await expect(page.getByTestId('data-safety')).toHaveCount(0);
    await saveFirstEnterprise(page, '主屏幕企业');
    await page.goto('/');
    await expect(page.getByText('还没有备份过。')).toBeVisible();
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
    await page.goto('/backup');
    await expect(page.getByRole('heading', { name: '导出备份' })).toBeVisible();
    await expect(page.getByTestId('data-safety')).toHaveCount(0);
  });
});

test.describe('WeChat on an iPhone', () => {
  test.use({ userAgent: IOS_WECHAT });

  test('open in Safari first, then the two taps', async ({ page }) => {
    await page.goto('/enterprise');
    const notice = page.getByTestId('data-safety');
    await expect(notice).toContainText('选「在 Safari 中打开」');
    await expect(notice.getByRole('img', { name: /添加到主屏幕/ })).toBeVisible();
    await expect(page.getByTestId('pwa-wechat')).toContainText('在 Safari 中打开');
  });
});

test('Chromium (the suite’s phone, not Apple’s WebKit) sees no warning', async ({ page }) => {
  await page.goto('/backup');
  await expect(page.getByRole('heading', { name: '导出备份' })).toBeVisible();
  await expect(page.getByTestId('data-safety')).toHaveCount(0);
});
