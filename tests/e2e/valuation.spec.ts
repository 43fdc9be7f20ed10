import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Creates an enterprise (default industry 高新技术产品, not a 高新技术企业) and returns its id. */
async function createEnterprise(page: Page, name: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill(name);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  return new URL(page.url()).searchParams.get('e')!;
}

/** Adds an invention patent filed 2018-06-01 (in force to 2038-05-31), with last year's product revenue if given. */
async function addPatent(page: Page, title: string, revenueWan?: string): Promise<void> {
  await page.getByLabel('类型').selectOption('invention');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('ZL 2018 1 0557067.3');
  await page.getByLabel('专利名称').fill(title);
  await page.getByLabel('申请日').fill('2018-06-01');
  if (revenueWan) await page.getByLabel('这些产品上年的收入').fill(revenueWan);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) => {
        registration.active?.addEventListener('statechange', function onChange(this: ServiceWorker) {
          if (this.state === 'activated') resolve();
        });
      });
    }
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const num = (s: string | null) => Number((s ?? '').replace(/,/g, ''));

test('a patent with revenue gets a range; the royalty moves it, resets, persists, and works offline', async ({
  page,
  context
}) => {
  const id = await createEnterprise(page, '估值测试科技有限公司');
  await addPatent(page, '一种数据压缩方法', '1000');
  await page.goto(`/valuation?e=${id}`);

  const card = page.getByRole('region', { name: /一种数据压缩方法/ });
  const base = card.getByTestId('value-base');
  // Defaults (docs/valuation.md §1-2): filed 2018-06-01, legal term to 2038-05-31 (> 8 yrs left until 2030), so the
  // life is the invention's economic life n = 8; revenue S = 1000 (万元), growth 0; royalty r = 5.5 % (高新技术产品
  // row, base); tax τ = 25 % (not a 高新技术企业); decay δ = 15 %; discount i = 15 %, quality unanswered → ±0.
  // Only the income approach has data, so its weight is 1.
  //   V = Σ_{t=1..8} 1000 × 0.055 × 0.75 × 0.85^(t−1) / 1.15^t = (41.25 / 1.15) × Σ_{k=0..7} (0.85/1.15)^k
  //     = 35.869565 × (1 − 0.739130^8) / (1 − 0.739130) = 35.869565 × 3.491869 = 125.2518 → "125.25"
  await expect(base).toHaveText('125.25');
  const low = num(await card.getByTestId('value-low').textContent());
  const high = num(await card.getByTestId('value-high').textContent());
  expect(low).toBeLessThan(125.25);
  expect(high).toBeGreaterThan(125.25);
  await expect(page.getByRole('img', { name: /估值区间图/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /质量指数/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /基准值随参数变动/ })).toBeVisible();

  await card.getByText('修改估值参数').click();
  const royalty = card.getByRole('textbox', { name: '分成率（占产品销售收入）' });
  await expect(card.getByText('不填时使用默认值：5.5%（5%–6%）')).toBeVisible();

  // Out of bounds: a message under the field, the number does not move, no NaN anywhere.
  await royalty.fill('25');
  await expect(card.getByText('分成率应在 0.1% 到 20% 之间')).toBeVisible();
  await expect(base).toHaveText('125.25');
  await royalty.fill('abc');
  await expect(card.getByText('请填写数字。')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');

  // Royalty 8 %: same sum with r = 0.08: (1000 × 0.08 × 0.75 / 1.15) × 3.491869 = 52.173913 × 3.491869 = 182.1845.
  await royalty.fill('8');
  await expect(base).toHaveText('182.18');
  expect(num(await card.getByTestId('value-low').textContent())).not.toBe(low);
  expect(num(await card.getByTestId('value-high').textContent())).not.toBe(high);

  // Reset to the default: back to the first number.
  await card.getByRole('button', { name: '分成率（占产品销售收入）：恢复默认' }).click();
  await expect(royalty).toHaveValue('');
  await expect(base).toHaveText('125.25');

  // The override is saved by itself (debounced) and survives a reload.
  await royalty.fill('8');
  await expect(base).toHaveText('182.18');
  await expect(page.getByRole('status').filter({ hasText: '修改已自动保存在本机' })).toBeVisible();
  await page.reload();
  await expect(base).toHaveText('182.18');
  await expect(page.getByTestId('bundle-total')).toContainText('182.18');

  // Offline, with the service worker in control: the same numbers from the device alone.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const response = await page.goto(`/valuation?e=${id}`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(base).toHaveText('182.18');
  await expect(page.getByRole('img', { name: /估值区间图/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('a patent without revenue says so instead of counting zero', async ({ page }) => {
  const id = await createEnterprise(page, '无收入企业');
  await addPatent(page, '没有收入的专利');
  await page.goto(`/valuation?e=${id}`);
  const card = page.getByRole('region', { name: /没有收入的专利/ });
  await expect(card.getByTestId('value-none')).toHaveText(/尚无法估值/);
  await expect(card.getByText(/不适用：没有产品收入数据/)).toBeVisible();
  await card.getByRole('button', { name: '填写产品收入' }).click();
  await card.getByRole('button', { name: '添加一年' }).click();
  await card.getByLabel('第 1 行：收入').fill('1000');
  await expect(card.getByTestId('value-base')).toHaveText('125.25');
  await expect(page.locator('main')).not.toContainText('NaN');
});
