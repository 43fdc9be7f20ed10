import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// The update flow needs a second version of the app. This spec serves a copy of build/ on its own port (so the
// other specs, possibly running at the same time, keep the real build) and "publishes" a new version by changing
// one byte of the copy's sw.js, which is all the browser compares.
const PORT = Number(process.env.E2E_PORT || 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.use({ appOrigin: ORIGIN, baseURL: ORIGIN });
test.describe.configure({ mode: 'serial' });

let root = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'zr-update-'));
  cpSync('build', root, { recursive: true });
  const child = spawn(process.execPath, ['scripts/serve-build.mjs', '--port', String(PORT), '--root', root], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  server = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serve-build:')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`serve-build exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a waiting version shows the update bar; "update" reloads into it', async ({ page }) => {
  test.setTimeout(45_000); // about 8.1 s with both cores of a 2-core machine busy
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByTestId('pwa-update')).toHaveCount(0);

  appendFileSync(join(root, 'sw.js'), `\n// next version ${Date.now()}\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });

  const bar = page.getByTestId('pwa-update');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('有新版本可用');
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
  ).toBe(true);

  // The new worker must not take over by itself (no automatic skipWaiting)...
  await page.waitForTimeout(500);
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
  ).toBe(true);

  // ...only when the user agrees; then the page reloads under it.
  const reloaded = page.waitForEvent('load');
  await bar.getByRole('button', { name: '更新' }).tap();
  await reloaded;
  await expect(page.locator('main, h1').first()).toBeVisible();
  await expect(page.getByTestId('pwa-update')).toHaveCount(0);
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
  ).toBe(false);
});

test('"later" hides the bar and keeps the page as it is', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  appendFileSync(join(root, 'sw.js'), `\n// another version ${Date.now()}\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
  const bar = page.getByTestId('pwa-update');
  await expect(bar).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await bar.getByRole('button', { name: '稍后' }).tap();
  await expect(bar).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('never reloads under a half-filled form: "update" asks to save first, then works once saved', async ({
  page
}) => {
  test.setTimeout(60_000); // about 9.5 s with both cores of a 2-core machine busy
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto('/enterprise');
  await page.getByLabel('企业名称').fill('填到一半的企业');

  appendFileSync(join(root, 'sw.js'), `\n// a third version ${Date.now()}\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
  const bar = page.getByTestId('pwa-update');
  await expect(bar).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await bar.getByRole('button', { name: '更新' }).tap();

  await expect(bar).toContainText('请先保存或放弃正在填写的内容，再更新。');
  await page.waitForTimeout(500);
  // Same document (no reload), the typed text is still there, the new worker still waits.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page.getByLabel('企业名称')).toHaveValue('填到一半的企业');
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))
  ).toBe(true);

  // Saved: the form is clean, so the update goes ahead.
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  const reloaded = page.waitForEvent('load');
  await bar.getByRole('button', { name: '更新' }).tap();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('填到一半的企业');
});
