import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Fills the device with one enterprise, a patent with revenue and a trademark, so every screen has content. */
async function seed(page: Page): Promise<{ eid: string; aid: string }> {
  await page.goto('/enterprise');
  await page.getByLabel('企业名称').fill('无障碍检查企业');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const eid = new URL(page.url()).searchParams.get('e')!;
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('201810557067.3');
  await page.getByLabel('专利名称').fill('一种数据压缩方法');
  await page.getByLabel('申请日').fill('2018-06-01');
  await page.getByLabel('这些产品上年的收入').fill('1000');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const href = await page.getByRole('link', { name: /一种数据压缩方法/ }).getAttribute('href');
  return { eid, aid: new URL(href!, page.url()).searchParams.get('id')! };
}

/** Controls a thumb must hit: at least 44 × 44 CSS px (WCAG 2.5.5), checkboxes through their 44 px row. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type=checkbox]):not([type=hidden]), textarea, a.btn, nav a, .check'
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (closed dialog, collapsed panel)
      if (r.height < 44 || r.width < 44) {
        out.push(
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`
        );
      }
    }
    return out;
  });
}

test('every screen at 360 px: no axe violations, no sideways scrolling, touch targets of 44 px', async ({
  page
}) => {
  const { eid, aid } = await seed(page);
  const routes = [
    '/',
    '/enterprise',
    `/enterprise?id=${eid}`,
    `/assets?e=${eid}`,
    `/asset?e=${eid}&id=${aid}`,
    `/asset?e=${eid}&type=trademark`,
    `/valuation?e=${eid}`,
    '/backup',
    '/settings'
  ];
  for (const lang of ['zh-CN', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('zr.locale', l), lang);
    for (const route of routes) {
      await test.step(`${lang} ${route}`, async () => {
        await page.goto(route);
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForTimeout(300); // charts and lazy data settle
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${lang} ${route}`
        ).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${lang} ${route} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await smallTargets(page), `${lang} ${route}`).toEqual([]);
      });
    }
  }
});

test('the checks above can fail: they catch a tiny button and an unlabelled input', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.locator('main h1')).toBeVisible();
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<button style="min-height:0;height:20px;min-width:0">x</button>');
    main.insertAdjacentHTML('beforeend', '<input type="text">');
  });
  expect(await smallTargets(page)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^button "x" \d+×20$/)])
  );
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(axe.violations.map((v) => v.id)).toContain('label');
});
