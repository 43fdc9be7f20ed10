import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AssetSchema, EnterpriseSchema, type Asset, type AssetInput } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput, REAL_IDS } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';
import { addPatent, createEnterprise, waitForServiceWorkerControl } from './pages';

const num = (s: string | null) => Number((s ?? '').replace(/,/g, ''));

test('a patent with revenue gets a range; the royalty moves it, resets, persists, and works offline', async ({
  page,
  context
}) => {
  test.setTimeout(60_000); // about 10.3 s with both cores of a 2-core machine busy
  const id = await createEnterprise(page, '估值测试科技有限公司');
  await addPatent(page, { title: '一种数据压缩方法', revenueWan: '1000' });
  await page.goto(`/valuation?e=${id}`);

  // A single asset starts open: its line's button says so, and its card is there.
  await expect(page.getByRole('button', { name: /一种数据压缩方法/ })).toHaveAttribute(
    'aria-expanded',
    'true'
  );
  const card = page.getByRole('region', { name: /一种数据压缩方法/ });
  const base = card.getByTestId('value-base');
  // Defaults (docs/valuation.md §1-2): filed 2018-06-01, legal term to 2038-05-31 (> 8 yrs left until 2030), so the
  // life is the invention's economic life n = 8; revenue S = 1000 (万元), growth 0; royalty r = 5.5 % (高新技术产品
  // row, base); tax τ = 25 % (not a 高新技术企业); decay δ = 15 %; discount i = 15 %, quality unanswered → ±0.
  // Only the income approach has data, so its weight is 1.
  //   V = Σ_{t=1..8} 1000 × 0.055 × 0.75 × 0.85^(t−1) / 1.15^t = (41.25 / 1.15) × Σ_{k=0..7} (0.85/1.15)^k
  //     = 35.869565 × (1 − 0.739130^8) / (1 − 0.739130) = 35.869565 × 3.491869 = 125.2518, shown to three
  //     significant figures (an estimate): "125"
  await expect(base).toHaveText('125');
  const low = num(await card.getByTestId('value-low').textContent());
  const high = num(await card.getByTestId('value-high').textContent());
  expect(low).toBeLessThan(125.25);
  expect(high).toBeGreaterThan(125.25);
  await expect(page.getByRole('img', { name: /估值区间图/ })).toBeVisible();
  // The one asset's quality radar and sensitivity charts are folded below the list; a tap opens them.
  const assetCharts = page.getByRole('button', { name: '质量雷达图和敏感性图（逐项）' });
  await expect(assetCharts).toHaveAttribute('aria-expanded', 'false');
  await assetCharts.click();
  await expect(page.getByRole('img', { name: /质量指数/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /基准值随参数变动/ })).toBeVisible();

  await card.getByText('修改估值参数').click();
  const royalty = card.getByRole('textbox', { name: '分成率（占产品销售收入）' });
  await expect(card.getByText('不填时使用默认值：5.5%（5%–6%）')).toBeVisible();

  // Out of bounds: a message under the field, the number does not move, no NaN anywhere.
  await royalty.fill('25');
  await expect(card.getByText('分成率应在 0.1% 到 20% 之间')).toBeVisible();
  await expect(base).toHaveText('125');
  await royalty.fill('abc');
  await expect(card.getByText('请填写数字。')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');

  // Royalty 8 %: same sum with r = 0.08: (1000 × 0.08 × 0.75 / 1.15) × 3.491869 = 52.173913 × 3.491869 = 182.1845.
  await royalty.fill('8');
  await expect(base).toHaveText('182');
  expect(num(await card.getByTestId('value-low').textContent())).not.toBe(low);
  expect(num(await card.getByTestId('value-high').textContent())).not.toBe(high);

  // Reset to the default: back to the first number.
  await card.getByRole('button', { name: '分成率（占产品销售收入）：恢复默认' }).click();
  await expect(royalty).toHaveValue('');
  await expect(base).toHaveText('125');

  // The override is saved by itself (debounced) and survives a reload.
  await royalty.fill('8');
  await expect(base).toHaveText('182');
  await expect(page.getByRole('status').filter({ hasText: '修改已自动保存在本机' })).toBeVisible();
  await page.reload();
  await expect(base).toHaveText('182');
  await expect(page.getByTestId('bundle-total')).toContainText('182 万元');

  // Offline, with the service worker in control: the same numbers from the device alone.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const response = await page.goto(`/valuation?e=${id}`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(base).toHaveText('182');
  await expect(page.getByRole('img', { name: /估值区间图/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('a patent without revenue says so instead of counting zero', async ({ page }) => {
  test.setTimeout(45_000); // about 6.2 s with both cores of a 2-core machine busy
  const id = await createEnterprise(page, '无收入企业');
  await addPatent(page, { title: '没有收入的专利' });
  await page.goto(`/valuation?e=${id}`);
  const card = page.getByRole('region', { name: /没有收入的专利/ });
  await expect(card.getByTestId('value-none')).toHaveText(/尚无法估值/);
  await expect(card.getByText(/不适用：没有产品收入数据/)).toBeVisible();
  await card.getByRole('button', { name: '填写产品收入' }).click();
  await card.getByRole('button', { name: '添加一年' }).click();
  await card.getByLabel('第 1 行：收入').fill('1000');
  await expect(card.getByTestId('value-base')).toHaveText('125');
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('a profits list with a comma that could be a thousands comma is refused, and says why', async ({
  page
}) => {
  test.setTimeout(45_000);
  const id = await createEnterprise(page, '利润分成企业');
  await addPatent(page, { title: '一种数据压缩方法', revenueWan: '1000' });
  await page.goto(`/valuation?e=${id}`);
  const card = page.getByRole('region', { name: /一种数据压缩方法/ });
  const base = card.getByTestId('value-base');
  await expect(base).toHaveText('125'); // the royalty-relief value worked by hand in the first test
  await card.getByText('修改估值参数').click();
  await card.getByRole('textbox', { name: '利润分成比例' }).fill('20');
  const profits = card.getByRole('textbox', { name: /各年税后利润/ });
  // "1,200": 1200, or the years 1 and 200? Nothing is stored, the value keeps the last valid input, the message says
  // both readings.
  await profits.fill('1,200');
  await expect(card.getByText('「1,200」是 1200，还是 1 和 200 两年？', { exact: false })).toBeVisible();
  await expect(profits).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).not.toContainText('NaN');
  // Written without the ambiguity, the message goes and the profit-share form values the patent.
  await profits.fill('1200、1500');
  await expect(card.getByText('千位逗号', { exact: false })).toHaveCount(0);
  await expect(profits).not.toHaveAttribute('aria-invalid', 'true');
  await expect(base).not.toHaveText('125');
  await expect(page.locator('main')).not.toContainText('NaN');
});

/**
 * `n` assets of one enterprise, in the order they were added: an invention patent, a trademark and a software
 * copyright in turn, each with its own revenue, so every one has a value. Titles are numbered "资产001 …".
 */
function manyAssets(eid: string, n: number): Asset[] {
  const TYPES = ['invention', 'trademark', 'software'] as const;
  const DATES: Record<(typeof TYPES)[number], Partial<AssetInput>> = {
    invention: { filingDate: '2018-06-01' },
    trademark: { grantDate: '2019-01-01' },
    software: { creationDate: '2021-05-01' }
  };
  return Array.from({ length: n }, (_v, i) => {
    const type = TYPES[i % TYPES.length]!;
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return AssetSchema.parse(
      assetInput({
        id: `${eid}-a${i + 1}`,
        enterpriseId: eid,
        type,
        identifier: REAL_IDS[type],
        title: `资产${String(i + 1).padStart(3, '0')} 一种数据压缩方法`,
        use: { inUse: true, products: '压缩网关', revenueWan: 100 + 10 * i },
        createdAt: at,
        updatedAt: at,
        ...DATES[type]
      })
    );
  });
}

async function seedMany(page: Page, eid: string, n: number): Promise<void> {
  const enterprise = EnterpriseSchema.parse(enterpriseInput({ id: eid, name: `${n} 项资产的企业` }));
  await putRecords(page, { enterprises: [enterprise], assets: manyAssets(eid, n) });
}

const pageHeight = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollHeight);

test.describe('many assets on a phone', () => {
  // Seeded straight into IndexedDB; the service worker would only precache the app in every fresh context.
  test.use({ serviceWorkers: 'block' });

  test('three assets: one folded line each, the page a third of the 6,700 px it took with every card open', async ({
    page
  }) => {
    await seedMany(page, 'three', 3);
    await page.goto('/valuation?e=three');
    await expect(page.getByTestId('bundle-total')).toBeVisible();
    const rows = page.getByTestId('asset-row');
    await expect(rows).toHaveCount(3);
    for (const b of await rows.getByRole('button').all())
      await expect(b).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: /资产001/ })).toHaveCount(0);
    // Measured before folding: 6,700 px for three assets at 360 px (every card open, 10,300 px with these three); folded
    // they take about 2,300 px. Half that figure leaves room for other fonts and still fails if the cards
    // come back open.
    expect(await pageHeight(page)).toBeLessThan(6700 / 2);
    // No search or pages for three.
    await expect(page.getByLabel('查找名称、编号')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: '资产列表分页' })).toHaveCount(0);
  });

  test('200 assets: summary first, 20 lines a page to the last, one opens, an edit saves', async ({
    page
  }) => {
    test.setTimeout(90_000);
    await seedMany(page, 'many', 200);
    await page.goto('/valuation?e=many');

    // The summary is what the phone shows first: the bundle's range and the pledgeable value, above the list.
    const total = page.getByTestId('bundle-total');
    await expect(total).toBeInViewport();
    await expect(page.getByTestId('bundle-pledgeable')).toBeInViewport();
    await expect(page.getByTestId('bundle-counts')).toContainText('200 项资产');
    const rows = page.getByTestId('asset-row');
    await expect(rows).toHaveCount(20);
    expect((await total.boundingBox())!.y).toBeLessThan((await rows.first().boundingBox())!.y);
    // Every card open was 274,000 px (measured before the list was folded); 20 one-line rows, the top-10 chart and
    // the folded sections are about 4,600 px. 6,000 px is still shorter than three assets used to be.
    expect(await pageHeight(page)).toBeLessThan(6000);
    // The value chart draws the 10 highest base values, not 200 bars.
    await expect(page.getByRole('figure', { name: /基准值最高的 10 项资产/ })).toBeVisible();

    // Page to the end: 上一页 is off on the first page, 下一页 on the last.
    const range = page.getByTestId('list-range');
    await expect(range).toHaveText('第 1–20 项，共 200 项');
    const pager = page.getByRole('navigation', { name: '资产列表分页' });
    await expect(pager.getByRole('button', { name: '上一页' })).toBeDisabled();
    for (let p = 2; p <= 10; p++) {
      await pager.getByRole('button', { name: '下一页' }).click();
      await expect(range).toHaveText(`第 ${(p - 1) * 20 + 1}–${p * 20} 项，共 200 项`);
    }
    await expect(range).toBeFocused();
    await expect(pager.getByRole('button', { name: '下一页' })).toBeDisabled();
    await expect(rows).toHaveCount(20);
    const last = page.getByRole('button', { name: /资产200/ });
    await expect(last).toBeVisible();
    await expect(last).toContainText('注册商标');

    // Open the last asset and change its royalty as a user would; the card shows the new value.
    await last.click();
    await expect(last).toHaveAttribute('aria-expanded', 'true');
    const card = page.getByRole('region', { name: /资产200/ });
    const before = await card.getByTestId('value-base').textContent();
    await card.getByText('修改估值参数').click();
    const royalty = card.getByRole('textbox', { name: '分成率（占产品销售收入）' });
    await royalty.fill('9');
    await expect(card.getByTestId('value-base')).not.toHaveText(before!);
    const after = await card.getByTestId('value-base').textContent();
    await expect(page.getByRole('status').filter({ hasText: '修改已自动保存在本机' })).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    ).toEqual([]);

    // After a reload: the search finds it (by title), it opens to the saved royalty and value.
    await page.reload();
    await page.getByLabel('查找名称、编号').fill('资产200');
    await expect(range).toHaveText('第 1–1 项，共 1 项符合（全部 200 项）');
    await expect(rows).toHaveCount(1);
    await page.getByRole('button', { name: /资产200/ }).click();
    await expect(card.getByTestId('value-base')).toHaveText(after!);
    await card.getByText('修改估值参数').click();
    await expect(royalty).toHaveValue('9');

    // The type filter: a third of them are trademarks; a search for nothing says so.
    await page.getByLabel('查找名称、编号').fill('');
    await page.getByLabel('类型', { exact: true }).selectOption('trademark');
    await expect(range).toHaveText('第 1–20 项，共 67 项符合（全部 200 项）');
    await page.getByLabel('查找名称、编号').fill('没有这项');
    await expect(range).toHaveText('没有符合条件的资产。');
    await expect(rows).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('NaN');
  });
});
