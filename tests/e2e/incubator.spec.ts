/**
 * Incubator event mode: three enterprises through the quick intake, the overview with its counts, the
 * CSV export, and the hand-over of one enterprise as QR codes: the codes are decoded here (jsQR on screenshots of
 * the code as it is shown, one at a time), checked, and then imported in a fresh browser context through the app's own QR-picture import.
 */
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, test } from './fixtures';
import { exportAll } from './pages';

const SHOTS = process.env.SHOTS_DIR;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** Real, publicly listed numbers (see src/lib/engine/identifiers/index.test.ts). */
const INVENTION = '201810557067.3';
const TRADEMARK = '7199523';

async function intake(
  page: Page,
  count: number,
  e: {
    name: string;
    city: string;
    revenue: string;
    ip: { type: string; number: string; date: string; revenue?: string }[];
  }
) {
  await page.getByLabel('企业名称').fill(e.name);
  await page.getByLabel('城市').fill(e.city);
  await page.getByLabel('营业收入').fill(e.revenue);
  for (const [i, ip] of e.ip.entries()) {
    await page.getByRole('button', { name: '添加一项知识产权' }).click();
    await page.locator(`#ip-${i}-type`).selectOption(ip.type);
    await page.locator(`#ip-${i}-identifier`).fill(ip.number);
    await page.locator(`#ip-${i}-date`).fill(ip.date);
    if (ip.revenue) await page.locator(`#ip-${i}-revenue`).fill(ip.revenue);
  }
  await page.getByRole('button', { name: '保存并录入下一家' }).click();
  await expect(page.getByRole('heading', { name: `本次已录入 ${count} 家` })).toBeVisible();
  // The next enterprise starts on the same screen with an empty form.
  await expect(page.getByLabel('企业名称')).toHaveValue('');
}

test('quick intake, overview, CSV, and a QR hand-over to a fresh device', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: '孵化器活动模式' }).click();
  await page.getByRole('link', { name: '快速录入' }).click();
  await expect(page).toHaveURL(/\/intake$/);

  await intake(page, 1, {
    name: '杭州云栖科技',
    city: '杭州市',
    revenue: '800',
    ip: [
      { type: 'invention', number: INVENTION, date: '2018-05-28', revenue: '600' },
      { type: 'trademark', number: TRADEMARK, date: '2010-08-21' }
    ]
  });
  await intake(page, 2, { name: '苏州, "引号" 公司', city: '苏州市', revenue: '300', ip: [] });
  await intake(page, 3, {
    name: '=危险公式公司',
    city: '南京市',
    revenue: '120',
    ip: [{ type: 'invention', number: INVENTION, date: '2018-05-28', revenue: '200' }]
  });
  await expect(page.getByRole('heading', { name: '本次已录入 3 家' })).toBeVisible();
  if (SHOTS) {
    await page.getByRole('button', { name: '添加一项知识产权' }).click();
    for (const close of await page.getByRole('button', { name: '关闭' }).all()) await close.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/intake.png` });
    await page.screenshot({ path: `${SHOTS}/intake-full.png`, fullPage: true });
  }

  await page.goto('/incubator');
  const counts = page.getByTestId('inc-counts');
  await expect(counts).toContainText('共 3 家企业');
  await expect(page.getByTestId('inc-row')).toHaveCount(3);
  // The enterprise without IP is blocked (nothing pledgeable): one blocked, two not.
  await expect(counts).toContainText('有硬性障碍 1');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });

  // CSV: BOM, a header, one line per enterprise, quotes and the formula guard.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出表格 CSV/ }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(/^zhirong-incubator-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await csvFile.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^企业名称,省份,城市,行业,知识产权数,准备度等级/);
  const csv = lines.join('\n');
  expect(csv).toContain('杭州云栖科技,,杭州市,高新技术产品,2,');
  expect(csv).toContain('"苏州, ""引号"" 公司",,苏州市,高新技术产品,0,D,');
  expect(csv).toContain(`"'=危险公式公司",,南京市`);

  // Search and filters (three enterprises: the panel starts folded). Typing keeps the panel open and the focus in
  // the box, so every character lands; a grade keeps it open too, and the screen says which filters hide rows.
  const filters = page.locator('details.filters');
  await page.getByText('搜索与筛选').click();
  await expect(filters).toHaveAttribute('open', '');
  const search = page.getByLabel('按名称或城市搜索');
  await search.click();
  await search.pressSequentially('杭州市', { delay: 60 });
  await expect(search).toHaveValue('杭州市');
  await expect(search).toBeFocused();
  await expect(filters).toHaveAttribute('open', '');
  await expect(page.getByTestId('inc-row')).toHaveCount(1);
  await expect(page.getByText('显示 1 / 3 家')).toBeVisible();
  await expect(page.getByTestId('inc-filtered')).toContainText('筛选条件：按名称或城市搜索');
  await search.fill('');
  await page.getByLabel('准备度等级').selectOption('D');
  await expect(filters).toHaveAttribute('open', '');
  await expect(page.getByText('显示 1 / 3 家')).toBeVisible();
  await expect(page.getByTestId('inc-row')).toContainText('苏州');
  await expect(page.getByTestId('inc-filtered')).toContainText('筛选条件：准备度等级');
  await expect(filters.locator('summary')).toContainText('已用 1 项');
  // Nothing left: the screen says so and offers the way back.
  await search.pressSequentially('无此企业', { delay: 60 });
  await expect(page.getByText('显示 0 / 3 家')).toBeVisible();
  await expect(page.getByTestId('inc-filtered')).toContainText('筛选条件：按名称或城市搜索、准备度等级');
  await expect(page.getByTestId('inc-filtered')).toContainText('没有符合筛选条件的企业。');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByText('显示 3 / 3 家')).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(page.getByLabel('准备度等级')).toHaveValue('');
  await expect(filters).toHaveAttribute('open', '');

  // Hand over the first enterprise as QR codes, one large code at a time with "n / N": it moves on by itself, and
  // a tap on the code (or "next") shows the next one at once. Decode them here from screenshots of the canvas.
  await page.getByRole('link', { name: '交接 杭州云栖科技 的数据' }).click();
  await page.getByRole('button', { name: '显示二维码' }).click();
  const code = page.getByTestId('qr-code');
  const count = page.getByTestId('qr-count');
  await expect(count).toHaveText(/^1 \/ \d+$/);
  const n = Number((await count.textContent())!.split('/')[1]);
  expect(n, 'this enterprise takes several codes').toBeGreaterThan(1);
  await expect(page.getByTestId('qr-code')).toHaveCount(1);
  await expect(count).toHaveText(`2 / ${n}`, { timeout: 6000 });
  await page.getByRole('button', { name: '暂停自动换码' }).click();
  await expect(page.getByText('已暂停自动换码')).toBeVisible();
  while ((await count.textContent()) !== `1 / ${n}`)
    await page.getByRole('button', { name: '下一个', exact: true }).click();
  // The CSV toast would cover the code: close it, as a person would before showing the screen. A toast also closes
  // by itself (TOAST_MS): one that went between finding it and tapping it is gone, which is what the tap was for.
  const closes = page.getByRole('button', { name: '关闭' });
  for (let k = 0; k < 5 && (await closes.count()) > 0; k++)
    await closes
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  await expect(closes).toHaveCount(0);
  const images: Buffer[] = [];
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    await expect(code).toHaveAttribute('data-index', String(i));
    await expect(code).toHaveAttribute('data-drawn', 'true');
    // Whole, clear of the sticky header.
    await code.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const png = await code.screenshot(SHOTS ? { path: `${SHOTS}/qr-${i + 1}.png` } : {});
    images.push(png);
    const img = PNG.sync.read(png);
    const decoded = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    expect(decoded, `QR ${i + 1} decodes`).not.toBeNull();
    texts.push(decoded!.data);
    // Paused: the code stays until tapped.
    if (i === 0) await page.waitForTimeout(2500);
    await expect(count).toHaveText(`${i + 1} / ${n}`);
    await page.getByRole('button', { name: `二维码 ${i + 1} / ${n}，点按显示下一个` }).click();
    await expect(count).toHaveText(`${((i + 1) % n) + 1} / ${n}`);
  }
  const id = new URL(page.url()).searchParams.get('e')!;
  texts.forEach((t, i) => expect(t.startsWith(`ZR1|${id}|${i + 1}/${n}|`)).toBe(true));

  // A fresh device: import the pictures of the codes (in reverse order) through the app.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const phone = await other.newPage();
  await phone.goto(`${APP_ORIGIN}/handover`);
  await phone
    .getByLabel('选择二维码图片')
    .setInputFiles(
      images.map((buffer, i) => ({ name: `qr-${i + 1}.png`, mimeType: 'image/png', buffer })).reverse()
    );
  const preview = phone.getByTestId('handover-preview');
  await expect(preview).toContainText('杭州云栖科技');
  await expect(preview).toContainText('2 项知识产权');
  await phone.getByRole('button', { name: '导入', exact: true }).click();
  await expect(phone.getByText(/已导入 \u2068?杭州云栖科技/).first()).toBeVisible();

  // The same records on both devices.
  const sent = await exportAll(page);
  const received = await exportAll(phone);
  expect(received.enterprises).toEqual(sent.enterprises.filter((e) => e.id === id));
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a.id).localeCompare(String(b.id));
  expect(received.assets.sort(byId)).toEqual(sent.assets.filter((a) => a.enterpriseId === id).sort(byId));

  // Received again: it exists, so the app offers replace, keep both or cancel; keep both adds a second copy.
  await phone.goto(`${APP_ORIGIN}/handover`);
  await phone.getByText('粘贴二维码内容').click();
  await phone.getByLabel('每个二维码的文字一行').fill(texts.join('\n'));
  await phone.getByRole('button', { name: '读取' }).click();
  await expect(phone.getByText(/本机已有这家企业（\u2068?杭州云栖科技\u2069?）。/)).toBeVisible();
  await expect(phone.getByRole('button', { name: '用收到的数据替换本机的' })).toBeVisible();
  await phone.getByRole('button', { name: '两份都保留（收到的另存为新企业）' }).click();
  // Wait for the import to say it is done, as a person would: leaving earlier abandons the write.
  await expect(phone.getByText(/已导入 \u2068?杭州云栖科技/).first()).toBeVisible();
  await phone.goto(`${APP_ORIGIN}/incubator`);
  await expect(phone.getByTestId('inc-counts')).toContainText('共 2 家企业');
  await other.close();

  // End of event: the confirmation offers a backup first, then removes everything.
  await page.goto('/incubator');
  await page.getByRole('button', { name: '活动结束：清空本机数据' }).click();
  const dialog = page.getByRole('dialog', { name: '清空本机的全部企业？' });
  const backup = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '先导出完整备份' }).click();
  expect((await backup).suggestedFilename()).toMatch(/^zhirong-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await dialog.getByRole('button', { name: '删除全部 3 家企业' }).click();
  await expect(page.getByText('已删除 3 家企业、3 项知识产权')).toBeVisible();
  await expect(page.getByTestId('inc-counts')).toContainText('共 0 家企业');
});

test('QR codes of another enterprise are refused, a missing one is named', async ({ page }) => {
  await page.goto('/handover');
  await page.getByText('粘贴二维码内容').click();
  const field = page.getByLabel('每个二维码的文字一行');
  await field.fill('ZR1|ent-a|1/3|0123abcd|AAAA\nZR1|ent-a|3/3|0123abcd|BBBB');
  await page.getByRole('button', { name: '读取' }).click();
  await expect(page.getByTestId('scan-message')).toHaveText('已读取 2 / 3 个，还缺第 2 个');
  await field.fill('ZR1|ent-b|2/3|0123abcd|CCCC');
  await page.getByRole('button', { name: '读取' }).click();
  await expect(page.getByTestId('scan-message')).toContainText('这个二维码属于另一家企业，已忽略');
});
