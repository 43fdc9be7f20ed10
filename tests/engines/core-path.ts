/**
 * Each screen's core, as a new user goes through it, in one engine: the enterprise form, a patent with its legal
 * term, the overview (and its PDF), valuation, readiness, financing, policy, backup export and import, deleting with
 * the confirmation dialog and undoing, a reload, the home's first paint in English, and every screen again offline
 * with the server stopped. The steps share one browser and run in order; a step after a failed one is skipped, so
 * the first failure is the one to read. A failing step is named "<engine> › <screen>" and leaves a screenshot in
 * test-results/engines/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, type TestContext } from 'vitest';
import { EnterpriseSchema } from '../../src/lib/engine/index';
import { enterpriseInput } from '../../src/lib/engine/test-fixtures';
import { AppPage, type Driver } from './page';
import { startServer } from './processes';

const NAME = '跨引擎测试科技有限公司';
const PATENT = '一种数据压缩方法';

export function corePath(engine: string, launch: () => Promise<Driver & { downloads?(): string[] }>) {
  describe.sequential(engine, () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    let driver: Awaited<ReturnType<typeof launch>>;
    let app: AppPage;
    let eid = '';
    let failed = '';
    const dir = mkdtempSync(join(tmpdir(), `zr-${engine}-`));

    beforeAll(async () => {
      server = await startServer();
      driver = await launch();
      app = new AppPage(driver, server.origin);
    }, 60_000);

    afterAll(async () => {
      await driver?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    /** One screen's step: skipped after an earlier failure; a failure leaves a screenshot named after the step. */
    function step(screen: string, what: string, body: () => Promise<void>, timeout = 30_000) {
      test(`${screen}: ${what}`, { timeout }, async (ctx: TestContext) => {
        if (failed) ctx.skip(`"${failed}" failed before it`);
        try {
          await body();
        } catch (err) {
          failed = screen;
          const shot = await app.screenshot(`${engine}-${screen}`).catch(() => 'none');
          const at = await app.path().catch(() => '?');
          const alerts = await driver
            .run(() =>
              Array.from(document.querySelectorAll('[role=alert]'), (a) => (a as HTMLElement).innerText)
            )
            .catch(() => []);
          (err as Error).message =
            `${engine} › ${screen}: ${(err as Error).message}\n` +
            `(at ${at}; alerts: ${JSON.stringify(alerts)}; screenshot: ${shot})`;
          throw err;
        }
      });
    }

    step('enterprise', 'a new enterprise is saved from its form', async () => {
      await app.open('/');
      // A Chinese phone's first visit (the steps read Chinese labels).
      expect(await driver.run(() => document.documentElement.lang), 'the page language').toBe('zh-CN');
      await app.click({ role: 'link', name: '新建企业' });
      await app.find({ label: '企业名称' });
      await app.fill({ label: '企业名称' }, NAME);
      await app.fill({ label: '统一社会信用代码' }, '914403001922038216');
      await app.fill({ label: '成立日期' }, '2015-03-02');
      await app.fill({ label: '营业收入' }, '3200');
      await app.click({ role: 'button', name: '保存' });
      const path = await app.waitForPath(/^\/assets\?e=/);
      eid = new URLSearchParams(path.split('?')[1]).get('e')!;
      expect(await app.text({ role: 'heading', name: NAME })).toBe(NAME);
    });

    step('patent', 'an invention patent shows its legal term, saved and listed', async () => {
      await app.fill({ label: '类型' }, 'invention');
      await app.click({ role: 'button', name: '添加' });
      await app.fill({ label: '专利申请号' }, '201810557067.3');
      await app.fill({ label: '专利名称' }, PATENT);
      await app.fill({ label: '申请日' }, '2018-06-01');
      await app.fill({ label: '这些产品上年的收入' }, '1000');
      // 20 years from filing, to the day before the anniversary (专利法 第42条).
      await app.waitForText('保护至 2038-05-31');
      await app.click({ role: 'button', name: '保存' });
      await app.waitForPath(/^\/assets\?e=/);
      await app.waitForText(PATENT, { css: 'main ul' });
    });

    step(
      'overview',
      'the answer shows and the PDF summary is made',
      async () => {
        await app.open(`/overview?e=${eid}`);
        await app.find({ testId: 'answer-value' });
        await app.click({ testId: 'export-pdf' });
        // pdfmake and the 2.4 MB font load on the first export: give it time on a slow engine.
        const message = await app.waitForText(/PDF 已生成|PDF 生成失败/, { testId: 'export-message' });
        expect(message).toMatch(/^PDF 已生成：知融自测-跨引擎测试科技有限公司-\d{4}-\d{2}-\d{2}\.pdf$/);
        if (driver.downloads) {
          await app.waitUntil('the PDF in the downloads', async () =>
            driver.downloads!().some((f) => f.endsWith('.pdf'))
          );
        }
      },
      60_000
    );

    step('valuation', 'the patent has a value range and its chart', async () => {
      await app.open(`/valuation?e=${eid}`);
      const base = await app.text({ testId: 'value-base' });
      expect(base).toMatch(/\d/);
      await app.find({ role: 'img', name: '估值区间图', exact: false });
    });

    step('readiness', 'a score and the ranked gaps', async () => {
      await app.open(`/readiness?e=${eid}`);
      expect(await app.text({ testId: 'ready-score' })).toMatch(/\d/);
      await app.find({ testId: 'ready-actions' });
    });

    step('financing', 'the four modes, and a schedule that opens', async () => {
      await app.open(`/financing?e=${eid}`);
      for (const mode of ['bank_pledge_loan', 'loan_abs', 'sublicense_abs', 'factoring'])
        await app.find({ testId: `mode-${mode}` });
      expect(await app.text({ css: 'main' })).not.toContain('NaN');
      await app.click({ role: 'button', name: '展开还款计划', exact: false });
      await app.find({ testId: 'schedule' });
    });

    step('policy', 'the rules for the enterprise’s region, each with its source', async () => {
      await app.open(`/policy?e=${eid}`);
      await app.find({ css: '[data-testid^="rule-"]' });
    });

    step('backup', 'export, then import a file: preview, confirm, done', async () => {
      await app.open('/backup');
      await app.waitForText('还没有备份过。');
      await app.click({ role: 'button', name: '导出备份文件' });
      await app.waitForText('上次备份：');
      if (driver.downloads) {
        await app.waitUntil('the backup in the downloads', async () =>
          driver.downloads!().some((f) => /^zhirong-backup-.*\.json$/.test(f))
        );
      }
      const file = join(dir, 'backup.json');
      const imported = EnterpriseSchema.parse(
        enterpriseInput({ id: 'engines-imported', name: '导入的企业' })
      );
      writeFileSync(
        file,
        JSON.stringify({
          app: 'zhirong-zice',
          kind: 'backup',
          formatVersion: 1,
          exportedAt: '2026-01-02T00:00:00.000Z',
          scope: 'all',
          enterprises: [imported],
          assets: []
        })
      );
      await app.upload({ label: '选择备份文件（.json）' }, file);
      await app.waitForText('导入的企业', { testId: 'add-list' });
      await app.click({ role: 'button', name: '导入', within: '[data-testid="import-preview"]' });
      await app.waitForText('已导入：企业新增 1、替换 0', { testId: 'import-done' });
    });

    step('home', 'delete with the confirmation dialog, then undo', async () => {
      await app.open('/');
      await app.click({ role: 'button', name: '删除 导入的企业' });
      await app.find({ role: 'dialog', name: '删除这家企业？' });
      await app.click({ role: 'button', name: '删除', within: 'dialog[open]' });
      await app.waitUntil(
        'the enterprise gone',
        async () => !(await app.has({ role: 'link', name: '导入的企业', exact: false }))
      );
      await app.click({ role: 'button', name: '撤销' });
      await app.find({ role: 'link', name: '导入的企业', exact: false });
    });

    step('reload', 'after a reload the data is still on the device', async () => {
      await app.open(`/assets?e=${eid}`);
      await app.waitForText(PATENT, { css: 'main ul' });
      await app.open(`/enterprise?id=${eid}`);
      await app.waitUntil(
        'the stored name in the form',
        async () =>
          (await driver.run(() => (document.getElementById('name') as HTMLInputElement | null)?.value)) ===
          NAME
      );
    });

    step('first paint', 'an English reader’s home is swapped to English by the inline script', async () => {
      await driver.run(() => localStorage.setItem('zr.locale', 'en'));
      await app.open('/');
      // The copy left its <template>: the script ran, so this engine's CSP accepted its hash.
      const swapped = await driver.run(() => {
        const copy = document.getElementById('first-paint-en') as HTMLTemplateElement | null;
        return copy !== null && copy.content.childNodes.length === 0;
      });
      expect(swapped, 'src/first-paint.js ran').toBe(true);
      expect(await app.text({ css: 'main h1' })).toBe('Enterprises');
      await driver.run(() => localStorage.removeItem('zr.locale'));
    });

    step(
      'offline',
      'with the server stopped every screen opens from the service worker',
      async () => {
        await app.waitUntil(
          'the service worker in control',
          () =>
            driver.run(
              () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker !== undefined
            ),
          30_000
        );
        await server.stop();
        await app.open('/');
        await app.find({ role: 'link', name: NAME, exact: false });
        await app.open(`/overview?e=${eid}`);
        await app.find({ testId: 'answer-value' });
        for (const path of ['valuation', 'readiness', 'financing', 'policy'])
          await app.open(`/${path}?e=${eid}`);
        await app.open(`/assets?e=${eid}`);
        await app.waitForText(PATENT, { css: 'main ul' });
        // A change saved offline survives a reload.
        await app.open(`/enterprise?id=${eid}`);
        await app.fill({ label: '所在城市（区县）' }, '离线录入的城市');
        await app.click({ role: 'button', name: '保存' });
        await app.waitForPath(/^\/assets\?e=/);
        await app.open(`/enterprise?id=${eid}`);
        await app.waitUntil(
          'the city saved offline',
          async () =>
            (await driver.run(() => (document.getElementById('city') as HTMLInputElement | null)?.value)) ===
            '离线录入的城市'
        );
      },
      60_000
    );
  });
}
