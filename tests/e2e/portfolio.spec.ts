import { test, expect } from './fixtures';
import { createEnterprise } from './pages';

/** Huawei's publicly listed code (valid check character) and a revenue, as a user fills the form in. */
const ENTERPRISE = { creditCode: '9144 0300 1922 0382 16', revenueWan: '3200' };

test('create an enterprise and a patent, reload: the data is there with its legal term', async ({ page }) => {
  const id = await createEnterprise(page, '深圳市知融科技有限公司', ENTERPRISE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('深圳市知融科技有限公司');

  await page.getByLabel('类型').selectOption('invention');
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('ZL 2018 1 0557067.3');
  await page.getByLabel('专利名称').fill('一种数据压缩方法');
  await page.getByLabel('申请日').fill('2018-06-01');
  // The legal term previews as soon as the form is valid: 20 years from filing, the day before the anniversary.
  await expect(page.getByRole('status').filter({ hasText: '保护至 2038-05-31' })).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);

  await page.reload();
  const item = page.getByRole('list', { name: '知识产权列表' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('一种数据压缩方法');
  await expect(item).toContainText('201810557067.3');
  await expect(item).toContainText('保护至 2038-05-31');
  await expect(item).toContainText('有效');

  await page.goto(`/enterprise?id=${id}`);
  await expect(page.getByLabel('统一社会信用代码')).toHaveValue('914403001922038216');

  // Edit and save the stored record (a draft held in Svelte state must reach IndexedDB as plain data).
  await page.getByLabel('所在城市（区县）').fill('深圳市南山区');
  await page.getByRole('button', { name: '添加一笔贷款' }).click();
  await page.getByLabel('贷款 1：贷款机构').fill('某商业银行');
  await page.getByLabel('贷款余额').fill('200');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  await page.goto(`/enterprise?id=${id}`);
  await expect(page.getByLabel('所在城市（区县）')).toHaveValue('深圳市南山区');
  await expect(page.getByLabel('贷款余额')).toHaveValue('200');
});

test("bad input is refused with a message in the user's language and nothing is saved", async ({ page }) => {
  await page.goto('/enterprise');
  await page.getByLabel('企业名称').fill('坏数据公司');
  await page.getByLabel('统一社会信用代码').fill('914403001922038215');
  await page.getByLabel('营业收入').fill('1e20');
  await page.getByLabel('成立日期').fill('2999-01-01');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('校验位不对，可能有数字输错了。')).toBeVisible();
  await expect(
    page.getByText('不能大于 100,000,000。').or(page.getByText('不能大于 100000000。'))
  ).toBeVisible();
  await expect(page.getByText('日期不能晚于今天。')).toBeVisible();
  await expect(page).toHaveURL(/\/enterprise$/);

  // English too.
  await page.getByRole('button', { name: /切换到英文/ }).click();
  await expect(page.getByText('The check character does not match: a digit may be mistyped.')).toBeVisible();
  await page.getByRole('button', { name: /Switch language/ }).click();

  await page.goto('/');
  await expect(page.getByText('坏数据公司')).toHaveCount(0);
});

test('delete an enterprise with confirmation, then undo', async ({ page }) => {
  await createEnterprise(page, '待删除企业', ENTERPRISE);
  await page.goto('/');
  await page.getByRole('button', { name: '删除 待删除企业' }).click();
  // The dialog names what goes: the enterprise (isolated as user text) and how many assets with it.
  await expect(page.getByRole('dialog')).toContainText(/将删除“\u2068?待删除企业\u2069?”及其 0 项知识产权/);
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('link', { name: /^待删除企业/ })).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('link', { name: /^待删除企业/ })).toHaveCount(1);
});

test('import a broken backup: exact error, nothing changed', async ({ page }) => {
  await createEnterprise(page, '原有企业', ENTERPRISE);
  await page.goto('/');
  const before = await page.getByRole('list', { name: '企业列表' }).innerText();

  const broken = {
    app: 'zhirong-zice',
    kind: 'backup',
    formatVersion: 1,
    exportedAt: '2026-11-21T08:00:00.000Z',
    scope: 'all',
    enterprises: [{ id: 'x', name: '导入企业', creditCode: '914403001922038215' }],
    assets: []
  };
  await page.goto('/backup');
  await page.getByLabel('选择备份文件（.json）').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken))
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(alert).toContainText('未导入');
  await expect(alert).toContainText('本机数据没有任何改动。');
  await expect(alert.getByText('enterprises[0].creditCode')).toBeVisible();
  await expect(alert).toContainText('第 1 家企业 › 统一社会信用代码');
  await expect(alert).toContainText('校验位不对');

  await page.goto('/');
  await expect(page.getByRole('list', { name: '企业列表' })).toHaveText(before);
  await expect(page.getByText('导入企业')).toHaveCount(0);
});

test('export a backup and import it back', async ({ page }) => {
  await createEnterprise(page, '备份往返企业', ENTERPRISE);
  await page.goto('/backup');
  await expect(page.getByText('还没有备份过。')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份文件' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^zhirong-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  await expect(page.getByText(/上次备份：/)).toBeVisible();

  await page.getByLabel('选择备份文件（.json）').setInputFiles(path!);
  const preview = page.getByRole('region', { name: '导入前请核对' });
  await expect(preview.getByTestId('replace-list')).toContainText('备份往返企业');
  await preview.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByTestId('import-done')).toContainText(/已导入：企业新增 0、替换 1/);
});

test('a browser that refuses storage (WeChat, some private modes) gets a plain message, not an endless "loading"', async ({
  page
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('这个浏览器不允许本应用在本机保存数据');
});
