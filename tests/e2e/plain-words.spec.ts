/**
 * Terms an owner cannot act on come with a line in plain words beside them: on the valuation screen the royalty, its
 * yearly decay and the discount rate (before the quality adjustment) say what they mean in the field's description,
 * the bundle says what the synergy premium is, the asset list what "基准" is; the settings screen says where the data
 * lives without leaning on "IndexedDB".
 */
import { AssetSchema, EnterpriseSchema } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';

const E = 'plain-e1';
const enterprise = EnterpriseSchema.parse(enterpriseInput({ id: E, name: '杭州白话科技有限公司' }));
const patent = AssetSchema.parse(
  assetInput({ id: 'plain-a1', enterpriseId: E, title: '一种数据压缩方法', filingDate: '2018-06-01' })
);

test('valuation terms have a plain-words line; settings explain where the data is', async ({ page }) => {
  await putRecords(page, { enterprises: [enterprise], assets: [patent] });
  await page.goto(`/valuation?e=${E}`);
  // A single asset starts open; its editor holds the rates.
  await expect(page.getByRole('region', { name: /一种数据压缩方法/ })).toBeVisible();
  await page.getByText('修改估值参数').first().click();
  for (const [label, words] of [
    ['分成率年衰减率', /技术会过时/],
    ['折现率（质量调整前）', /折算成今天的钱/],
    ['分成率（占产品销售收入）', /使用费/]
  ] as const) {
    const field = page.getByLabel(label, { exact: true }).first();
    await expect(field).toBeVisible();
    // The plain words are part of the field's description, so a screen reader says them too.
    await expect(field).toHaveAccessibleDescription(words);
  }
  await expect(page.getByTestId('bundle-pledgeable').locator('..').locator('..')).toContainText(
    '几项权利一起质押时可能多估的一点价值'
  );
  await expect(page.getByText('“基准”是在常用假设下最可能的估值')).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText(/只保存在这台设备的浏览器里（浏览器自带的本地数据库/)).toBeVisible();
});
