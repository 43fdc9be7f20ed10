import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPatent, createEnterprise } from './pages';

/**
 * Writes a copy of the stored asset with a grant date in 2099 straight into IndexedDB, past the app's validation:
 * what an older version, a bug or a hand-edited database could leave behind.
 */
async function writeInvalidAsset(page: Page, title: string): Promise<void> {
  await page.evaluate(async (badTitle) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('zhirong-zice');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('assets', 'readwrite').objectStore('assets');
    const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const good = all[0]!;
    await new Promise<void>((resolve, reject) => {
      const req = store.put({
        ...good,
        id: 'bad-asset',
        title: badTitle,
        grantDate: '2099-01-01',
        createdAt: '2099-01-01T00:00:00.000Z'
      });
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    db.close();
  }, title);
}

test('an invalid stored asset shows its own error; the other asset is still assessed', async ({
  page,
  cspViolations
}) => {
  const id = await createEnterprise(page, '坏记录测试有限公司');
  await addPatent(page, { title: '一种数据压缩方法', revenueWan: '1000' });
  await writeInvalidAsset(page, '未来授权的专利');

  await page.goto(`/assets?e=${id}`);
  const list = page.getByRole('list', { name: '知识产权列表' });
  const bad = list.getByTestId('invalid-record');
  await expect(bad).toContainText('未来授权的专利');
  // The grant date is named with its label for an invention and the message says what is wrong.
  await expect(bad).toContainText('授权公告日');
  await expect(bad).toContainText('日期不能晚于今天');
  await expect(bad.getByRole('link', { name: '修改：未来授权的专利' })).toHaveAttribute(
    'href',
    `/asset?e=${id}&id=bad-asset`
  );
  // The good one still has its term (filed 2018-06-01: in force to 2038-05-31) and no page-wide failure.
  await expect(list.getByText('2038-05-31')).toBeVisible();
  await expect(page.getByText('暂时无法计算')).toHaveCount(0);

  await page.goto(`/valuation?e=${id}`);
  // Income approach by hand (valuation.spec.ts): 1000 × 5.5 % × 0.75 over 8 years, decay 15 %, discount 15 % → 125.25.
  const card = page.getByRole('region', { name: /一种数据压缩方法/ });
  // 125.2518 万元 shown as an estimate, to three significant figures.
  await expect(card.getByTestId('value-base')).toHaveText('125');
  await expect(page.getByText('以下知识产权的记录有问题，未计入估值')).toBeVisible();
  await expect(page.getByTestId('invalid-record')).toContainText('未来授权的专利');

  // Editing opens the record with its error shown, so it can be fixed.
  await page.goto(`/asset?e=${id}&id=bad-asset`);
  await expect(page.getByLabel('专利名称')).toHaveValue('未来授权的专利');
  expect(cspViolations).toEqual([]);
});

test('the financing scenario is validated, stored with the enterprise and still there after a reload', async ({
  page,
  cspViolations
}) => {
  const id = await createEnterprise(page, '融资设想测试有限公司');
  await addPatent(page, { title: '一种数据压缩方法', revenueWan: '1000' });
  await page.goto(`/valuation?e=${id}`);
  const tenor = page.getByLabel('拟申请的贷款期限');
  await expect(tenor).toHaveValue('1');
  await tenor.fill('12');
  await tenor.blur();
  await expect(page.locator('#scenario')).toContainText('不能大于 10');
  await tenor.fill('3');
  await tenor.blur();
  await page.getByLabel('资金用途').selectOption('rnd');
  await expect(page.getByText('融资设想已保存').first()).toBeVisible();
  // The tenor's save and the purpose's show the same toast: wait for the stored record itself, or the reload can
  // come before the second save.
  await expect
    .poll(() =>
      page.evaluate(async (eid) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('zhirong-zice');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const stored = await new Promise<{ scenario?: { purpose?: string } } | undefined>(
          (resolve, reject) => {
            const req = db.transaction('enterprises').objectStore('enterprises').get(eid);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          }
        );
        db.close();
        return stored?.scenario?.purpose;
      }, id)
    )
    .toBe('rnd');
  await page.reload();
  await expect(page.getByLabel('拟申请的贷款期限')).toHaveValue('3');
  await expect(page.getByLabel('资金用途')).toHaveValue('rnd');
  expect(cspViolations).toEqual([]);
});
