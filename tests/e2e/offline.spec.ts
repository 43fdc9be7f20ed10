import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForServiceWorkerControl } from './pages';

/** Every prerendered route, plus a deep link with ids as query parameters and one the app does not know. */
const ROUTES = [
  '/',
  '/enterprise',
  '/assets',
  '/asset',
  '/asset?e=x&id=y',
  '/valuation',
  '/valuation?e=x&id=y',
  '/overview?e=x',
  '/readiness?e=x',
  '/financing?e=x',
  '/policy?e=x',
  '/backup',
  '/settings',
  '/incubator',
  '/intake',
  '/handover',
  '/handover?e=x'
];

/** The route rendered: its <main> or <h1> is visible, or at least the app shell's title is there. */
async function expectRouteLoaded(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/知融自测/);
  await expect(page.locator('main, h1').first()).toBeVisible();
}

test('every route opens offline once the service worker controls the page', async ({ page, context }) => {
  test.setTimeout(45_000); // about 7.6 s with both cores of a 2-core machine busy
  await page.goto('/');
  await waitForServiceWorkerControl(page);

  // No CDP session in this test: opening one before setOffline left navigator.onLine true (docs: STACK.md).
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  for (const route of ROUTES) {
    await test.step(route, async () => {
      const response = await page.goto(route);
      // Served by the worker from the precache: a response exists and did not come from the (unreachable) server.
      expect(response?.ok(), `${route} should load offline`).toBe(true);
      expect(response?.fromServiceWorker(), `${route} should come from the service worker`).toBe(true);
      await expectRouteLoaded(page);
    });
  }

  // An unknown path gets the SPA shell (navigateFallback: /200.html) instead of the browser's offline page.
  const fallback = await page.goto('/no-such-page');
  expect(fallback?.fromServiceWorker()).toBe(true);
  await expect(page).toHaveTitle(/知融自测/);
});

test('offline, every deep link shows the data on the device, and new data saved offline survives a reload', async ({
  page,
  context
}) => {
  test.setTimeout(45_000); // about 5.9 s with both cores of a 2-core machine busy
  // Online first visit: create an enterprise and a patent through the UI.
  await page.goto('/enterprise');
  await page.getByLabel('企业名称').fill('离线测试企业');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const eid = new URL(page.url()).searchParams.get('e')!;
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('201810557067.3');
  await page.getByLabel('专利名称').fill('离线可见的专利');
  await page.getByLabel('申请日').fill('2018-06-01');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const aid = new URL(
    (await page.getByRole('link', { name: /离线可见的专利/ }).getAttribute('href'))!,
    page.url()
  ).searchParams.get('id')!;
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  const checks: [string, () => Promise<void>][] = [
    ['/', () => expect(page.getByRole('link', { name: /^离线测试企业/ })).toBeVisible()],
    [`/assets?e=${eid}`, () => expect(page.getByRole('link', { name: /离线可见的专利/ })).toBeVisible()],
    [`/asset?e=${eid}&id=${aid}`, () => expect(page.getByLabel('专利申请号')).toHaveValue('201810557067.3')],
    [`/valuation?e=${eid}`, () => expect(page.getByText('离线可见的专利').first()).toBeVisible()],
    ['/backup', () => expect(page.getByRole('option', { name: '离线测试企业' })).toBeAttached()],
    [
      '/incubator',
      async () => {
        // The overview's figures are computed offline, in its worker (the worker's chunk is precached).
        await expect(page.getByTestId('inc-row')).toContainText('分 · 可质押');
        expect(page.workers().length).toBeGreaterThan(0);
      }
    ],
    [`/enterprise?id=${eid}`, () => expect(page.getByLabel('企业名称')).toHaveValue('离线测试企业')]
  ];
  for (const [route, check] of checks) {
    await test.step(route, async () => {
      const response = await page.goto(route);
      expect(response?.fromServiceWorker()).toBe(true);
      await check();
    });
  }

  // Still offline: edit, save, reload.
  await page.getByLabel('所在城市（区县）').fill('离线录入的城市');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  await page.goto(`/enterprise?id=${eid}`);
  await expect(page.getByLabel('所在城市（区县）')).toHaveValue('离线录入的城市');
});
