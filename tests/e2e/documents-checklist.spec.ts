/**
 * The readiness screen's documents checklist: each item's "说明" says what the document is and where to get it, and
 * shows its source as a labelled link (no bare address), which wraps: with every explanation open the page does not
 * scroll sideways at 360 px and the header stays whole. In both languages.
 */
import { AssetSchema, EnterpriseSchema } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';

const E = 'docs-e1';
const enterprise = EnterpriseSchema.parse(
  enterpriseInput({ id: E, name: '杭州材料清单科技有限公司', province: '330000', city: '杭州市' })
);
const patent = AssetSchema.parse(assetInput({ id: 'docs-a1', enterpriseId: E, filingDate: '2018-06-01' }));

for (const lang of ['zh-CN', 'en'] as const) {
  test(`${lang}: every document explains itself and where to get it; nothing scrolls sideways`, async ({
    page
  }) => {
    await page.addInitScript((l) => localStorage.setItem('zr.locale', l), lang);
    await putRecords(page, { enterprises: [enterprise], assets: [patent] });
    await page.goto(`/readiness?e=${E}`);
    const list = page.getByTestId('ready-docs');
    await expect(list).toBeVisible();
    const items = list.locator('li');
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      const name = (await item.locator('label').innerText()).split('·')[0]!.trim();
      await item.locator('summary').click();
      const about = item.locator('details .about');
      await expect(about).toBeVisible();
      const text = await about.innerText();
      // More than the item's own name: what it is and where it comes from, in words, with no bare address.
      expect(text.length, `${name}: ${text}`).toBeGreaterThan(name.length + 30);
      expect(text).not.toContain(name);
      const detail = await item.locator('details').innerText();
      expect(detail, `${name}: a bare address`).not.toMatch(/https?:\/\//);
      const link = item.locator('details a.src');
      if (await link.count()) {
        await expect(link).toHaveAttribute('href', /^https?:\/\//);
        await expect(link).toHaveAttribute('rel', /noopener/);
        const box = (await link.boundingBox())!;
        expect(box.height, `${name}: source link height`).toBeGreaterThanOrEqual(44);
      }
    }
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth
    }));
    expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.client);
    const lang_ = await page.locator('header.top button').boundingBox();
    expect(lang_!.x + lang_!.width, 'the header is cut').toBeLessThanOrEqual(widths.client);
  });
}
