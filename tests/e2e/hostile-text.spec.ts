/**
 * Hostile text in every field a user types: markup and script, right-to-left override and marks, the longest
 * text the schema allows, long unbroken runs (a code-like name, a pasted URL), emoji ZWJ sequences and rare CJK.
 * Every screen, in both languages at 360 px, must show it as plain text, run no script, and not scroll sideways;
 * a right-to-left override inside a name must not reorder the app's own text after it.
 */
import type { Locator, Page } from '@playwright/test';
import { AssetSchema, EnterpriseSchema, type Asset, type Enterprise } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput, REAL_IDS } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const MARKUP = SCRIPT + IMG; // 25 + 28 = 53 characters
const RLO = '\u202Eabc'; // RIGHT-TO-LEFT OVERRIDE, never closed by a PDF
const MARKS = '\u200F\u200E'; // RLM, LRM
const EMOJI = '👨‍👩‍👧‍👦'; // family: 4 emoji joined by 3 ZWJ, 11 UTF-16 units
const RARE = '𠀀𪚥'; // CJK Extension B, outside the BMP: 4 UTF-16 units
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** An unbroken run of n characters, like a product code: no space, no break opportunity. */
const run = (n: number) => ALNUM.repeat(Math.ceil(n / ALNUM.length)).slice(0, n);
const URL_TEXT = 'https://example.com/ip/2026/valuation?id=000123&lang=zh-CN'; // 58, one unbroken word

// The schema's limits (src/lib/engine/schema): enterprise name 100, asset title 200, notes 2000, city 30,
// lender 60, pledgee and co-owner 100, products 300, comparable label 100. None allows 10,000 characters, so
// each field gets its maximum.
const ENT_NAME = SCRIPT + RLO + MARKS + run(50) + EMOJI + RARE; // 25 + 4 + 2 + 50 + 11 + 4 = 96
const ASSET_TITLE = MARKUP + RLO + MARKS + run(60) + EMOJI + RARE + ' ' + URL_TEXT; // 53+4+2+60+11+4+1+58 = 193

const E = 'hostile-e1';
const A = 'hostile-a1';
/** A listed product's name (at most 60): two inventions share its royalty, so the name shows in the split line. */
const PRODUCT = MARKUP + RLO + run(3); // 53 + 4 + 3 = 60

const enterprises: Enterprise[] = [
  EnterpriseSchema.parse(
    enterpriseInput({
      id: E,
      name: ENT_NAME,
      city: RLO + run(26), // 30
      loans: [{ id: 'l1', lender: MARKUP + run(7), kind: 'credit', amountWan: 100 }], // 60
      products: [{ id: 'hp1', name: PRODUCT, revenueWan: 1000 }],
      notes: run(2000)
    })
  ),
  EnterpriseSchema.parse(enterpriseInput({ id: 'hostile-e2', name: run(100) })),
  EnterpriseSchema.parse(enterpriseInput({ id: 'hostile-e3', name: URL_TEXT + '/' + run(41) })), // 100
  EnterpriseSchema.parse(enterpriseInput({ id: 'hostile-e4', name: IMG + ' ' + EMOJI.repeat(6) })), // 95
  EnterpriseSchema.parse(enterpriseInput({ id: 'hostile-e5', name: RARE.repeat(25) })) // 100
];

const assets: Asset[] = [
  AssetSchema.parse(
    assetInput({
      id: A,
      enterpriseId: E,
      type: 'invention',
      title: ASSET_TITLE,
      filingDate: '2018-06-01',
      coOwners: [{ name: MARKUP + RLO + run(43), consentToPledge: false }], // 100
      pledged: true,
      pledgee: RLO + MARKS + run(94), // 100
      use: {
        inUse: true,
        products: (URL_TEXT + ' ' + run(200) + MARKUP).slice(0, 300),
        revenueWan: 900,
        productIds: ['hp1']
      },
      notes: (MARKUP + EMOJI + RARE + run(2000)).slice(0, 2000),
      valuation: { comparables: [{ label: MARKUP + run(47), priceWan: 300 }] } // 100
    })
  ),
  AssetSchema.parse(
    assetInput({
      id: 'hostile-a2',
      enterpriseId: E,
      type: 'trademark',
      identifier: REAL_IDS.trademark,
      title: run(200),
      grantDate: '2019-01-01'
    })
  ),
  AssetSchema.parse(
    assetInput({
      id: 'hostile-a4',
      enterpriseId: E,
      type: 'invention',
      title: run(30),
      filingDate: '2019-06-01',
      use: { inUse: true, products: '', productIds: ['hp1'] }
    })
  ),
  AssetSchema.parse(
    assetInput({
      id: 'hostile-a3',
      enterpriseId: E,
      type: 'software',
      identifier: REAL_IDS.software,
      title: (URL_TEXT + '/' + run(200)).slice(0, 200),
      creationDate: '2021-05-01'
    })
  )
];

/** Page width beyond the viewport, in CSS px (0 when nothing scrolls sideways). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => {
    const s = document.scrollingElement!;
    return s.scrollWidth - s.clientWidth;
  });
}

/**
 * Checks that the characters of `after` (app text that follows user text in `el`) are drawn left to right, as
 * in the message. A right-to-left override leaking out of the user text would draw them reversed.
 * Returns the number of character pairs on one line that were compared and those found out of order.
 */
function drawnInOrder(el: Locator, after: string): Promise<{ compared: number; reversed: string[] }> {
  return el.evaluate((root, after) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.includes(after)) node = n as Text;
    }
    if (!node) return { compared: 0, reversed: [`"${after}" not found`] };
    const start = node.data.lastIndexOf(after);
    const boxes = Array.from(after, (_c, i) => {
      const range = document.createRange();
      range.setStart(node, start + i);
      range.setEnd(node, start + i + 1);
      return range.getBoundingClientRect();
    });
    let compared = 0;
    const reversed: string[] = [];
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue; // space, or another line
      compared++;
      if (b.left < a.left) reversed.push(`${after[i - 1]}${after[i]}`);
    }
    return { compared, reversed };
  }, after);
}

const SCREENS = [
  { name: 'home', route: '/' },
  { name: 'enterprise', route: `/enterprise?id=${E}` },
  { name: 'assets', route: `/assets?e=${E}` },
  { name: 'asset', route: `/asset?e=${E}&id=${A}` },
  { name: 'valuation', route: `/valuation?e=${E}` },
  { name: 'backup', route: '/backup' },
  { name: 'settings', route: '/settings' }
] as const;

test.use({ serviceWorkers: 'block' });

let dialogs: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
});
test.afterEach(async ({ page, requests }) => {
  expect(dialogs, 'no alert, confirm or prompt may run').toEqual([]);
  // The <img src=x> would fetch /x if it ever became an element.
  expect(requests.filter((u) => /\/x(\?|$)/.test(new URL(u).pathname))).toEqual([]);
  expect(await page.locator('img[src="x"], main script').count(), 'no element made from user text').toBe(0);
});

for (const lang of ['zh-CN', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.name} ${lang}: hostile text shows as plain text, nothing scrolls sideways`, async ({
      page
    }) => {
      test.setTimeout(45_000);
      await page.addInitScript((l) => localStorage.setItem('zr.locale', l), lang);
      await putRecords(page, { enterprises, assets });
      await page.goto(screen.route);
      await expect(page.locator('main h1').first()).toBeVisible();

      switch (screen.name) {
        case 'home': {
          const list = page.locator('main ul.list');
          await expect(list.getByRole('listitem')).toHaveCount(enterprises.length);
          await expect(list.getByText(SCRIPT, { exact: false })).toBeVisible();
          await expect(list.getByText(IMG, { exact: false })).toBeVisible();
          await expect(list.getByText(run(100), { exact: true })).toBeVisible();
          break;
        }
        case 'enterprise':
          await expect(page.locator('#name')).toHaveValue(ENT_NAME);
          await expect(page.locator('#notes')).toHaveValue(run(2000));
          await expect(page.locator('#product-hp1-name')).toHaveValue(PRODUCT);
          break;
        case 'assets': {
          const h1 = page.locator('main h1');
          await expect(h1).toHaveText(ENT_NAME);
          // Nothing follows the name in this heading; it is still its own bidi island, like every user text.
          expect(await h1.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
          await expect(page.getByText(MARKUP, { exact: false })).toBeVisible();
          break;
        }
        case 'asset':
          await expect(page.locator('#title')).toHaveValue(ASSET_TITLE);
          // The listed product's name labels its checkbox as plain text.
          await expect(page.locator('label[for="productLink-hp1"]')).toContainText(SCRIPT);
          break;
        case 'valuation': {
          const h1 = page.locator('main h1');
          await expect(h1).toContainText(SCRIPT);
          // The heading is "{name} · 估值" / "{name} · Valuation": the override in the name must stop at its end.
          const order = await drawnInOrder(h1, lang === 'en' ? 'Valuation' : '估值');
          expect(order.reversed, 'app text after the name is drawn in reading order').toEqual([]);
          expect(order.compared).toBeGreaterThan(0);
          await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(MARKUP);
          // The first right's card: its royalty split names the product, as plain text that wraps.
          await page.getByRole('heading', { level: 3 }).first().getByRole('button').click();
          await expect(page.getByTestId('royalty-split').first()).toContainText(SCRIPT);
          break;
        }
        case 'backup':
          await expect(page.locator('#scope option').filter({ hasText: SCRIPT })).toHaveCount(1);
          break;
      }
      await page.waitForTimeout(300); // charts draw
      expect(await sideways(page), `${screen.route} scrolls sideways by this many px`).toBeLessThanOrEqual(0);
    });
  }
}

test('delete dialog and undo toast: the name stays plain and isolated, nothing scrolls sideways', async ({
  page
}) => {
  await putRecords(page, { enterprises, assets });
  await page.goto('/');
  const item = page.locator('main ul.list > li').filter({ hasText: SCRIPT });
  await item.getByRole('button', { name: '删除' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(SCRIPT);
  // "将删除“{name}”及其 3 项知识产权。…": the text after the name is drawn in reading order.
  const order = await drawnInOrder(dialog.locator('p'), '及其');
  expect(order.reversed).toEqual([]);
  expect(order.compared).toBeGreaterThan(0);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  const box = await dialog.boundingBox();
  expect(box!.x + box!.width, 'the dialog fits the screen').toBeLessThanOrEqual(360);

  await dialog.getByRole('button', { name: '删除' }).click();
  const toast = page.locator('.toast');
  await expect(toast).toContainText(SCRIPT);
  const t = await toast.boundingBox();
  expect(t!.x).toBeGreaterThanOrEqual(0);
  expect(t!.x + t!.width, 'the toast fits the screen').toBeLessThanOrEqual(360);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});
