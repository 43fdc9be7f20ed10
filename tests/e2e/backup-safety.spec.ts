/**
 * Data safety of the backup import on a phone: a GBK re-save is refused (no U+FFFD names), a file that replaces an
 * enterprise names it first and can be undone, a future date is refused with the form's own message. And a note
 * pasted past its limit says what was cut.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createEnterprise, exportAll } from './pages';

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page
    .getByLabel('选择备份文件（.json）')
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function enterpriseNames(page: Page): Promise<string> {
  await page.goto('/');
  return page.getByRole('list', { name: '企业列表' }).innerText();
}

test('a backup re-saved in GBK ("Save as ANSI") is refused and nothing changes', async ({ page }) => {
  await createEnterprise(page, '编码测试企业', { revenueWan: '3200' });
  const file = await exportAll(page);
  const before = await enterpriseNames(page);

  // The enterprise renamed to 中文知融, written in GBK by hand (GB2312 table: 中 D6D0, 文 CEC4, 知 D6AA, 融 C8DA).
  file.enterprises[0]!.name = '@@NAME@@';
  const [head, tail] = JSON.stringify(file).split('"@@NAME@@"') as [string, string];
  const gbk = Buffer.concat([
    Buffer.from(head + '"', 'latin1'),
    Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd6, 0xaa, 0xc8, 0xda]),
    Buffer.from('"' + tail, 'latin1')
  ]);
  await page.goto('/backup');
  await chooseFile(page, 'ansi.json', gbk);
  const alert = page.getByRole('alert').filter({ hasText: 'ansi.json' });
  await expect(alert).toContainText('文件不是 UTF-8 编码');
  await expect(alert).toContainText('本机数据没有任何改动。');
  await expect(page.getByRole('region', { name: '导入前请核对' })).toHaveCount(0);

  expect(await enterpriseNames(page)).toBe(before);
  await expect(page.getByText('�')).toHaveCount(0);
});

test('a file that replaces an enterprise names it first; undo brings the old name back', async ({ page }) => {
  await createEnterprise(page, '旧名称企业', { revenueWan: '3200' });
  await createEnterprise(page, '留着不动企业', { revenueWan: '3200' });
  const file = await exportAll(page);
  const old = file.enterprises.find((e) => e.name === '旧名称企业')!;
  const incoming = {
    ...file,
    scope: 'all',
    enterprises: [
      { ...old, name: '新名称企业' },
      { ...old, id: 'imported-new', name: '‮新增的企业' }
    ],
    assets: []
  };

  await page.goto('/backup');
  await chooseFile(page, 'replace.json', Buffer.from(JSON.stringify(incoming)));
  const preview = page.getByRole('region', { name: '导入前请核对' });
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('replace-list')).toContainText('旧名称企业');
  await expect(preview.getByTestId('replace-list')).toContainText('导入后名称：新名称企业');
  await expect(preview.getByTestId('add-list')).toContainText('新增的企业');
  await expect(preview.getByTestId('replace-list').locator('bdi').first()).toHaveText('旧名称企业');
  await expect(preview).not.toContainText('留着不动企业');

  // A backup of what is on the device, offered before replacing.
  const download = page.waitForEvent('download');
  await preview.getByRole('button', { name: '先备份本机数据' }).click();
  expect((await download).suggestedFilename()).toMatch(/^zhirong-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole('button', { name: '关闭' }).click(); // the export's toast, not part of the preview

  await preview.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByTestId('import-done')).toContainText('已导入：企业新增 1、替换 1');
  await expect(page.getByRole('option', { name: '新名称企业' })).toBeAttached();

  await page.getByTestId('import-done').getByRole('button', { name: '撤销导入' }).click();
  await expect(page.getByText('已撤销导入')).toBeVisible();
  const names = await enterpriseNames(page);
  expect(names).toContain('旧名称企业');
  expect(names).toContain('留着不动企业');
  expect(names).not.toContain('新名称企业');
  expect(names).not.toContain('新增的企业');
});

test('a file with a grant date next year is refused with the form’s message', async ({ page }) => {
  const id = await createEnterprise(page, '日期测试企业', { revenueWan: '3200' });
  const file = await exportAll(page);
  const nextYear = new Date().getFullYear() + 1;
  file.assets = [
    {
      id: 'future-asset',
      enterpriseId: id,
      type: 'invention',
      identifier: '201810557067.3',
      title: '一种数据压缩方法',
      status: 'granted',
      filingDate: '2018-06-01',
      grantDate: `${nextYear}-04-13`,
      authorKind: 'legal_person',
      niceClasses: [],
      ownedByEnterprise: true,
      coOwners: [],
      pledged: false,
      pledgee: '',
      licence: { kind: 'none' },
      disputes: { ownership: false, invalidationPending: false, frozen: false, infringement: false },
      use: { inUse: true, products: '' },
      notes: '',
      valuation: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
  ];
  await page.goto('/backup');
  await chooseFile(page, 'future.json', Buffer.from(JSON.stringify(file)));
  const alert = page.getByRole('alert').filter({ hasText: 'future.json' });
  await expect(alert).toContainText('1 处问题，未导入');
  await expect(alert).toContainText('日期不能晚于今天。');
  await expect(alert.getByText('assets[0].grantDate')).toBeVisible();

  // The same file a day earlier in the past is accepted: only the date was wrong.
  file.assets[0]!.grantDate = '2021-04-13';
  await chooseFile(page, 'past.json', Buffer.from(JSON.stringify(file)));
  await expect(page.getByRole('region', { name: '导入前请核对' })).toBeVisible();
});

test('a note pasted past 2,000 characters keeps 2,000 and says how many were cut', async ({ page }) => {
  await page.goto('/enterprise');
  const notes = page.getByLabel('备注');
  await notes.fill('备'.repeat(1990));
  await expect(page.getByText('1990 / 2000 字')).toBeVisible();
  await notes.focus();
  await page.keyboard.press('End');
  await page.keyboard.insertText('注'.repeat(25));
  await expect(notes).toHaveValue('备'.repeat(1990) + '注'.repeat(10));
  await expect(page.getByText('最多 2000 字，超出的 15 字没有粘贴进来。')).toBeVisible();
  await expect(page.getByText('2000 / 2000 字')).toBeVisible();
});

test('storage full while saving: a clear message on the form, and nothing half-written', async ({ page }) => {
  const id = await createEnterprise(page, '存储测试企业', { revenueWan: '3200' });
  const before = await enterpriseNames(page);
  await page.goto(`/enterprise?id=${id}`);
  await expect(page.getByLabel('企业名称')).toHaveValue('存储测试企业');
  // From now on every write fails as on a phone out of space.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await page.getByLabel('企业名称').fill('改名失败企业');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '设备存储空间不足，未能保存。' })).toBeVisible();
  await expect(page).toHaveURL(/\/enterprise\?id=/);
  expect(await enterpriseNames(page)).toBe(before);
});
