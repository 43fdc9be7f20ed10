/**
 * First-loan readiness on the phone: a newcomer's first step leads to the revenue that gives the patent a value, and
 * the value then appears; the overview's answer shows an unpaid annual fee as what stops the loan, with its step and
 * date, and paying it clears it; the checklist's ticks survive a reload and a backup round trip; the readiness screen
 * opens offline.
 */
import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { addPatent, createEnterprise, waitForServiceWorkerControl } from './pages';

/** yyyy-mm-dd of a local date (the app's "today" is the device's local date). */
function iso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Calendar months added to a yyyy-mm-dd date; a day past the month's end falls on its last day (Jan 31 + 1 → Feb 28). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const last = new Date(year, month + 1, 0).getDate();
  return iso(new Date(year, month, Math.min(d, last)));
}

const TODAY = iso(new Date());

/** A locator's text without the isolation marks (U+2066-2069) that wrap what the user typed. */
async function plain(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u2066-\u2069]/g, '');
}
const PATENT = '一种数据压缩方法';

test('a newcomer’s first step leads to the revenue input; once it is entered, the value appears', async ({
  page
}) => {
  // The enterprise with its revenue, a granted invention with its dates, nothing about products.
  const eid = await createEnterprise(page, '新手企业', { revenueWan: '3200' });
  await page.getByRole('button', { name: '添加' }).click();
  await page.getByLabel('专利申请号').fill('201810557067.3');
  await page.getByLabel('专利名称').fill(PATENT);
  await page.getByLabel('申请日').fill('2018-06-01');
  await page.getByLabel('授权公告日').fill('2020-01-01');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);

  await page.goto(`/overview?e=${eid}`);
  const next = page.getByTestId('answer-next');
  // Not "准备申请高新技术企业认定", but the figure that gives the patent a value.
  await expect.poll(() => plain(next)).toContain(`填写使用「${PATENT}」的产品上年销售收入，让它有估值`);
  await expect(next).toContainText('让知识产权有估值');
  await expect(page.getByTestId('answer-blocker')).toHaveAttribute('data-headline', 'blocked');

  // One tap opens the asset form with the revenue field focused.
  await next.click();
  await page.waitForURL(/\/asset\?.*#revenueWan$/);
  const revenue = page.getByLabel('这些产品上年的收入');
  await expect(revenue).toBeFocused();
  await revenue.fill('1000');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);

  // The value appears. Revenue 1,000 万元, royalty 5.5 % (high-tech row), tax 25 %, decay 15 %, discount 15 %,
  // 8 years: Σ 1000 × 5.5 % × 75 % × 0.85^(t−1) / 1.15^t = 41.25 × 3.036408 = 125.25 万元 (middle value).
  await page.goto(`/overview?e=${eid}`);
  // Shown as an estimate, to three significant figures.
  await expect(page.getByTestId('answer-value')).toContainText('125 万元');
  await expect(page.getByTestId('answer-raise')).not.toContainText('目前为 0');
  await expect(page.getByTestId('answer-next')).not.toContainText('产品上年销售收入');
});

test('an unpaid annual fee is what stops the loan, with its step and date; paying it clears it', async ({
  page
}) => {
  test.setTimeout(45_000); // about 7.5 s with both cores of a 2-core machine busy
  // Paid through two months ago: inside the 6-month grace period (专利法实施细则), which ends 6 months after it.
  const paidThrough = addMonths(TODAY, -2);
  const graceEnds = addMonths(paidThrough, 6);
  const eid = await createEnterprise(page, '欠费专利企业', { revenueWan: '3200' });
  const aid = await addPatent(page, { title: PATENT, feesPaidThrough: paidThrough, revenueWan: '1000' });

  await page.goto(`/overview?e=${eid}`);
  const blocker = page.getByTestId('answer-blocker');
  await expect(blocker).toHaveAttribute('data-headline', 'blocked');
  await expect(blocker).toContainText('目前不能申请');
  await expect.poll(() => plain(blocker)).toContain(`${PATENT}：年费已逾期，处于滞纳期`);
  const next = page.getByTestId('answer-next');
  await expect
    .poll(() => plain(next))
    .toContain(`在 ${graceEnds} 前补缴专利「${PATENT}」（201810557067.3）的年费和滞纳金`);
  await expect(next).toContainText('解除贷款障碍');
  // Blocked: nothing can be raised yet.
  await expect(page.getByTestId('answer-raise')).toContainText('目前为 0 万元');

  // Each figure taps through to its detail.
  await expect(page.getByTestId('answer-value')).toHaveAttribute('href', `/valuation?e=${eid}`);
  await expect(page.getByTestId('answer-raise')).toHaveAttribute('href', `/readiness?e=${eid}#ready-range`);
  await expect(page.getByTestId('answer-grade')).toHaveAttribute('href', `/readiness?e=${eid}#ready-score`);
  // The next step taps through to where it is done: the patent's 年费已缴至 field.
  await expect(page.getByTestId('answer-next')).toHaveAttribute(
    'href',
    `/asset?e=${eid}&id=${aid}#feesPaidThrough`
  );
  await expect(page.getByTestId('answer-cheapest')).toHaveAttribute('href', `/financing?e=${eid}`);

  // One tap from the blocker lands on the step that closes it, on the readiness screen.
  await blocker.click();
  await expect(page).toHaveURL(new RegExp(`/readiness\\?e=${eid}#action-${aid}:fee_grace$`));
  const action = page.locator(`[id="action-${aid}:fee_grace"]`);
  await expect.poll(() => plain(action)).toContain(`在 ${graceEnds} 前补缴`);
  await action.locator('summary').click();
  await expect(action).toContainText('完成后就可以申请贷款');
  await expect(page.getByTestId('ready-headline')).toHaveAttribute('data-headline', 'blocked');
  // One rule, said once: what stops the loan, then the patent left out with its reason.
  await expect(page.getByTestId('ready-blocker-list')).toContainText('没有可以出质的知识产权');
  await expect(page.getByTestId('ready-excluded-list')).toContainText('年费已逾期');
  // The anchors the overview links to are there.
  await expect(page.locator('#ready-range')).toBeVisible();
  await expect(page.locator('#ready-score')).toBeVisible();

  // Pay the fee: the asset form's 年费已缴至 moves a year ahead.
  await action.getByRole('link', { name: '打开这项知识产权修改' }).click();
  await page.waitForURL(/\/asset\?.*#feesPaidThrough$/);
  await expect(page.getByLabel('年费已缴至')).toBeFocused();
  await page.getByLabel('年费已缴至').fill(addMonths(TODAY, 12));
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);

  await page.goto(`/overview?e=${eid}`);
  await expect(page.getByTestId('answer-grade')).toBeVisible();
  await expect(page.getByTestId('answer-blocker')).toHaveAttribute('data-headline', 'clear');
  await expect(page.getByTestId('answer-next')).not.toContainText('补缴');
  await expect(page.getByTestId('answer-raise')).not.toContainText('目前为 0');
  await page.goto(`/readiness?e=${eid}`);
  await expect(page.getByTestId('ready-headline')).toHaveAttribute('data-headline', 'clear');
  await expect(page.getByTestId('ready-excluded-list')).toHaveCount(0);
});

test('checklist ticks survive a reload and a backup round trip', async ({ page }) => {
  test.setTimeout(60_000); // about 8.8 s with both cores of a 2-core machine busy
  const eid = await createEnterprise(page, '材料清单企业', { revenueWan: '3200' });
  await addPatent(page, { title: PATENT, feesPaidThrough: addMonths(TODAY, 6), revenueWan: '1000' });
  await page.goto(`/readiness?e=${eid}`);
  const licence = page.getByRole('checkbox', { name: '营业执照' });
  const credit = page.getByRole('checkbox', { name: '企业信用报告（征信）' });
  const id = page.getByRole('checkbox', { name: '法定代表人身份证明及授权委托书' });
  await expect(licence).not.toBeChecked();
  // Documents do not score; they count as documents: 0 of the 7 an invention needs, then 2.
  const progress = page.getByTestId('ready-docs-progress');
  await expect(progress).toHaveText('必需材料已备 0 / 7 项');
  await licence.check();
  await credit.check();
  await expect(licence).toBeChecked();
  await expect(progress).toHaveText('必需材料已备 2 / 7 项');

  await page.reload();
  await expect(licence).toBeChecked();
  await expect(credit).toBeChecked();
  await expect(id).not.toBeChecked();

  // Export: the file holds the two ticks.
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份文件' }).click();
  const path = (await (await download).path())!;
  const buffer = await readFile(path);
  const file = JSON.parse(buffer.toString('utf8')) as {
    enterprises: { id: string; documentsReady?: string[] }[];
  };
  expect(
    file.enterprises
      .find((e) => e.id === eid)
      ?.documentsReady?.slice()
      .sort()
  ).toEqual(['business_licence', 'credit_report']);

  // Change the ticks after the export: untick one, tick another.
  await page.goto(`/readiness?e=${eid}`);
  await licence.uncheck();
  await id.check();
  await page.reload();
  await expect(licence).not.toBeChecked();
  await expect(id).toBeChecked();

  // Import the file back through the preview: the ticks are as exported.
  await page.goto('/backup');
  await page
    .getByLabel('选择备份文件（.json）')
    .setInputFiles({ name: 'ticks.json', mimeType: 'application/json', buffer });
  const preview = page.getByRole('region', { name: '导入前请核对' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  await page.goto(`/readiness?e=${eid}`);
  await expect(licence).toBeChecked();
  await expect(credit).toBeChecked();
  await expect(id).not.toBeChecked();
});

test('offline, the readiness screen still shows the enterprise’s answer and checklist', async ({
  page,
  context
}) => {
  test.setTimeout(45_000); // about 7.1 s with both cores of a 2-core machine busy
  const eid = await createEnterprise(page, '离线准备度企业', { revenueWan: '3200' });
  await addPatent(page, { title: PATENT, feesPaidThrough: addMonths(TODAY, -2), revenueWan: '1000' });
  await page.goto('/');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const response = await page.goto(`/readiness?e=${eid}`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('离线准备度企业');
  await expect(page.getByTestId('ready-headline')).toHaveAttribute('data-headline', 'blocked');
  await expect(page.getByTestId('ready-excluded-list')).toContainText('年费已逾期');
  await expect(page.getByRole('checkbox', { name: '营业执照' })).toBeVisible();
  await page.goto(`/overview?e=${eid}`);
  await expect(page.getByTestId('answer-next')).toContainText('前补缴专利');
});
