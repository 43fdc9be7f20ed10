/**
 * The incubator overview with 1,000 enterprises of 20 assets each: the totals after a reload, and the search box
 * answering keystrokes while the figures are still being computed. Timings are printed, not asserted (targets live
 * in bench/: `bench/incubator.bench.ts`).
 */
import type { Page } from '@playwright/test';
import type { AssetInput } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';

const ENTERPRISES = 1000;
const ASSETS_EACH = 20;
const TYPES = ['invention', 'utility', 'design', 'trademark', 'software'] as const;

function records() {
  const enterprises = Array.from({ length: ENTERPRISES }, (_, i) =>
    enterpriseInput({
      id: `e${i}`,
      name: `规模测试企业${i}`,
      city: i % 2 ? '杭州市' : '苏州市',
      financials: { revenueWan: 500 + i, netProfitWan: 50, totalAssetsWan: 2000, totalLiabilitiesWan: 800 },
      hasHadBankLoan: i % 3 === 0,
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    })
  );
  const assets: AssetInput[] = enterprises.flatMap((e, i) =>
    Array.from({ length: ASSETS_EACH }, (_, k) => {
      const type = TYPES[(i + k) % TYPES.length] ?? 'invention';
      return assetInput({
        id: `${e.id}-a${k}`,
        enterpriseId: e.id,
        type,
        ...(type === 'trademark'
          ? { grantDate: '2020-01-07' }
          : type === 'software'
            ? { creationDate: '2021-03-01' }
            : { filingDate: '2019-05-20' }),
        use: { inUse: true, products: '产品', revenueWan: 100 + k }
      });
    })
  );
  return { enterprises, assets };
}

/** Milliseconds since the document's navigation started, once the totals show with nothing left to compute. */
async function totalsShownAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (total) => {
      const counts = document.querySelector('[data-testid="inc-counts"]');
      if (!counts?.textContent?.includes(`共 ${total} 家企业`)) return false;
      if (document.querySelector('[data-testid="inc-progress"]')) return false;
      if (counts.textContent.includes('正在评估')) return false;
      return performance.now();
    },
    ENTERPRISES,
    { polling: 'raf', timeout: 120_000 }
  );
  return (await handle.jsonValue()) as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

test.describe('the overview with 1,000 enterprises × 20 assets', () => {
  // Seeded straight into IndexedDB; the service worker would only precache the app meanwhile.
  test.use({ serviceWorkers: 'block' });

  test('totals after a reload, and keystrokes answered while the figures are computed', async ({ page }) => {
    test.setTimeout(300_000);
    await putRecords(page, records());

    // Every task that held the page's thread over 50 ms, from the first navigation on.
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; ms: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });

    // First visit: nothing stored yet, so every summary is computed; the search box is used meanwhile.
    await page.goto('/incubator');
    // Reading 20,000 assets comes first: about 1-2 s on a quiet machine, 5 s with both cores busy.
    await expect(page.getByTestId('inc-progress')).toBeVisible({ timeout: 20_000 });
    const computingFrom = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      const w = window as unknown as { eventTimes: number[] };
      w.eventTimes = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'input') w.eventTimes.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    const filters = page.locator('details', { has: page.getByText('搜索与筛选') });
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.getByText('搜索与筛选').click();
    const search = page.getByLabel('按名称或城市搜索');
    await search.click();
    const typed = '规模测试企业99';
    // Each keystroke: from sending it to the first frame after the page handled it (a page thread busy with other
    // work delays both), measured here; and the browser's own Event Timing of each input event.
    const keys: number[] = [];
    for (const ch of typed) {
      const t0 = performance.now();
      await page.keyboard.type(ch);
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
      keys.push(performance.now() - t0);
      await page.waitForTimeout(120);
    }
    const stillComputing = await page.getByTestId('inc-progress').isVisible();
    const eventTimes = await page.evaluate(() => (window as unknown as { eventTimes: number[] }).eventTimes);
    await expect(search).toHaveValue(typed);
    // 规模测试企业99 and 规模测试企业990 … 999.
    await expect(page.getByTestId('inc-row')).toHaveCount(11);
    const firstVisitDone = await totalsShownAt(page);
    // The same keystrokes with nothing computing, for comparison (this includes Playwright's own round trip).
    const idle: number[] = [];
    for (const key of ['Backspace', 'Backspace', '9', '9']) {
      const t0 = performance.now();
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
      idle.push(performance.now() - t0);
      await page.waitForTimeout(120);
    }
    const longest = await page.evaluate(
      (from) =>
        Math.max(
          0,
          ...(window as unknown as { longTasks: { start: number; ms: number }[] }).longTasks
            .filter((t) => t.start >= from)
            .map((t) => t.ms)
        ),
      computingFrom
    );
    // The figures were computed off the page's thread, in the pool's workers.
    expect(page.workers().length).toBeGreaterThan(0);
    console.log(
      `overview-at-scale: first visit (${page.workers().length} worker(s)): every figure in ${firstVisitDone.toFixed(0)} ms; ` +
        `${typed.length} keystrokes ${stillComputing ? 'while computing' : '(computing had ended)'}: median ` +
        `${median(keys).toFixed(0)} ms, max ${Math.max(...keys).toFixed(0)} ms (sent to the next frame after it was handled; ` +
        `Event Timing over 16 ms: ${eventTimes.length ? eventTimes.map((t) => t.toFixed(0)).join(', ') : 'none'}; ` +
        `with nothing computing: median ${median(idle).toFixed(0)} ms); ` +
        `longest task on the page's thread while computing: ${longest.toFixed(0)} ms`
    );

    // Reloads: every summary is stored, so the totals and the first page come from storage once the keys check.
    const reloads: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      reloads.push(await totalsShownAt(page));
    }
    await expect(page.getByTestId('inc-counts')).toContainText(`共 ${ENTERPRISES} 家企业`);
    await expect(page.getByTestId('inc-row').first()).toContainText('分');
    console.log(
      `overview-at-scale: after a reload, totals and first page in ${reloads.map((t) => t.toFixed(0)).join(', ')} ms ` +
        `(median ${median(reloads).toFixed(0)} ms) after navigation`
    );
  });
});
