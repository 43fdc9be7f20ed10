/**
 * The financing screen: the four modes with amounts within the pledgeable value, the pledge
 * loan's schedule, a spread change that moves the cost, offline; a Beijing enterprise's subsidy lowers the pledge
 * loan's cost, and the same enterprise moved to Xi'an (no rule) gets none. LPR is 3.0 % from 2025-05-20
 * (policy/rates.ts), so today's bank rate is 3.0 % + the spread.
 */
import type { Page } from '@playwright/test';
import { AssetSchema, EnterpriseSchema } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput } from '../../src/lib/engine/test-fixtures';
import { expect, putRecords, test } from './fixtures';
import { waitForServiceWorkerControl } from './pages';

const E = 'fin-e1';
/** A Beijing enterprise (not in 中关村) wanting 20 万元 for 1 year, with a valued invention patent. */
const enterprise = EnterpriseSchema.parse(
  enterpriseInput({
    id: E,
    name: '北京融资测试科技有限公司',
    province: '110000',
    city: '北京市海淀区',
    scenario: { loanTenorYears: 1, amountWantedWan: 20, purpose: 'working_capital' }
  })
);
const patent = AssetSchema.parse(
  assetInput({
    id: 'fin-a1',
    enterpriseId: E,
    type: 'invention',
    title: '一种数据压缩方法',
    filingDate: '2018-06-01',
    use: { inUse: true, products: '压缩软件', revenueWan: 1000 }
  })
);

const num = (s: string | null) => Number((s ?? '').replace(/[^0-9.-]/g, ''));
const MODES = ['bank_pledge_loan', 'loan_abs', 'sublicense_abs', 'factoring'] as const;

/** The first row of the open schedule: [date, principal, interest, payment, balance]. */
async function firstRow(page: Page): Promise<string[]> {
  return page.getByTestId('schedule').locator('tbody tr').first().locator('th, td').allTextContents();
}

test('four modes within the pledgeable value; the schedule; a spread change moves the cost; offline', async ({
  page,
  context
}) => {
  test.setTimeout(90_000);
  await putRecords(page, { enterprises: [enterprise], assets: [patent] });
  await page.goto(`/financing?e=${E}`);
  await expect(page.locator('main h1')).toContainText('融资方案比较');

  const pledgeable = num(
    (await page.getByTestId('indicative-loan').textContent())!.match(/：([\d,.]+)/)?.[1] ?? null
  );
  expect(pledgeable).toBeGreaterThan(0);
  for (const id of MODES) await expect(page.getByTestId(`mode-${id}`)).toBeVisible();
  // The bank loan and loan ABS lend the amount wanted (20 万元) when the pledgeable value covers it, never more.
  for (const id of ['bank_pledge_loan', 'loan_abs'] as const) {
    const amount = num(await page.getByTestId(`amount-${id}`).textContent());
    expect(amount).toBeLessThanOrEqual(pledgeable);
    expect(amount).toBe(Math.min(20, pledgeable));
  }
  // Factoring without receivables lends nothing.
  await expect(page.getByTestId('amount-factoring')).toHaveText('0.00 万元');
  await expect(page.locator('main')).not.toContainText('NaN');

  // The pledge loan's schedule: 先息后本, monthly. 20 万元 = 200,000.00 元 at 3.0 % + 1.0 % = 4.0 %:
  // interest a month 200,000 × 0.04 / 12 = 666.666… → 666.67; 12 payments, the last with the principal.
  await page.getByText(/展开还款计划（12 期）/).click();
  expect(await firstRow(page)).toEqual([
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    '0.00',
    '666.67',
    '666.67',
    '200,000.00'
  ]);
  const sums = await page.getByTestId('schedule').locator('tfoot td').allTextContents();
  // Principal 200,000.00; interest 12 × 666.67 = 8,000.04; payments 208,000.04.
  expect(sums.slice(0, 3)).toEqual(['200,000.00', '8,000.04', '208,000.04']);

  const allIn = page.getByTestId('allin-bank_pledge_loan');
  const before = num(await allIn.textContent());
  expect(before).toBeGreaterThan(0);

  // Spread 2 %: rate 5 %, interest 200,000 × 0.05 / 12 = 833.333… → 833.33 a month; the all-in cost rises.
  await page.locator('summary', { hasText: '修改利率、费用和期限' }).click();
  const spread = page.getByRole('textbox', { name: '加点' }).first();
  await spread.fill('50');
  await expect(page.getByText('不能大于 20%。')).toBeVisible();
  await spread.fill('2');
  await expect.poll(async () => (await firstRow(page))[2]).toBe('833.33');
  await expect.poll(async () => num(await allIn.textContent())).toBeGreaterThan(before);
  await expect(page.getByTestId('headline-bank_pledge_loan')).toHaveText('5%');
  // Tap the figure: it is the user's own.
  await page.getByTestId('headline-bank_pledge_loan').click();
  await expect(page.getByText('这是您自己填写的数字。').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '修改已自动保存在本机' })).toBeVisible();

  // Reset: back to 666.67.
  await page.getByRole('button', { name: '加点：恢复默认' }).click();
  await expect.poll(async () => (await firstRow(page))[2]).toBe('666.67');
  await spread.fill('2');
  await expect.poll(async () => (await firstRow(page))[2]).toBe('833.33');
  await expect(page.getByRole('status').filter({ hasText: '修改已自动保存在本机' })).toBeVisible();

  // Offline, with the service worker in control: the saved spread and the same numbers from the device alone.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const response = await page.goto(`/financing?e=${E}`);
  expect(response?.fromServiceWorker()).toBe(true);
  await page.getByText(/展开还款计划（12 期）/).click();
  expect((await firstRow(page))[2]).toBe('833.33');
  await expect(page.getByRole('img', { name: /综合年化成本/ }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');
});

test('a Beijing enterprise sees the Beijing subsidy lower its pledge loan cost; moved to Xi’an it sees none', async ({
  page
}) => {
  test.setTimeout(90_000);
  await putRecords(page, { enterprises: [enterprise], assets: [patent] });
  await page.goto(`/financing?e=${E}`);
  const lines = page.getByTestId('subsidies-bank_pledge_loan');
  // Beijing 2023: 50 % of the interest (4.0 % is below LPR × 1.4 = 4.2 %, so all of it counts), ≤ 300,000 a year:
  // 8,000.04 × 0.5 = 4,000.02 元, paid after the loan year.
  const interestLine = lines.locator('li', { hasText: '北京 2023 知识产权质押贷款贴息' });
  await expect(interestLine).toContainText('已计入');
  await expect(interestLine).toContainText('共 4,000.02 元');
  const after = num(await page.getByTestId('allin-bank_pledge_loan').textContent());
  const before = num(await page.getByTestId('before-bank_pledge_loan').textContent());
  expect(after).toBeLessThan(before);
  // Tap the line: its rule, caps, dates and source.
  await interestLine.locator('summary').click();
  // 300,000 元 a year, written as a round figure in 万元 (the money module's rule for a rule's cap).
  await expect(interestLine).toContainText('每年最多 30 万元');
  await expect(interestLine).toContainText('自 2023-10-01 起');
  // The source is the document itself, in the user's language: the market report's table 2 that quotes the rule.
  await expect(interestLine).toContainText('研究报告：联合资信评估股份有限公司');
  await expect(interestLine).toContainText('表 2');
  await expect(interestLine).not.toContainText('facts.md');

  // The policy screen lists Beijing's rules, and other regions one tap away.
  await page.getByRole('link', { name: '查看适用于本企业的补贴政策' }).click();
  await expect(page.locator('main h1')).toContainText('补贴政策');
  await expect(page.getByTestId('rule-beijing-2023-interest')).toBeVisible();
  await page.getByText('其他地区的规则').click();
  // 天府知来贷 ran 2024-01-01 to 2025-12-31: shown as expired today (2026 or later).
  const sichuan = page.locator('summary', { hasText: '四川“天府知来贷”贴息 2024–2025' });
  await expect(sichuan).toBeVisible();
  await expect(sichuan).toContainText('已过期');
  await sichuan.click();
  await expect(page.getByText('2024-01-01 至 2025-12-31')).toBeVisible();

  // Moved to Xi'an (陕西省, no rule): no subsidy, the cost is the same before and after.
  await page.goto(`/enterprise?id=${E}`);
  await page.getByLabel('所在省份').selectOption('610000');
  await page.getByLabel('所在城市（区县）').fill('西安市');
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/assets\?e=/);
  await page.goto(`/financing?e=${E}`);
  await expect(page.getByTestId('mode-bank_pledge_loan')).toBeVisible();
  await expect(lines).not.toContainText('已计入');
  await expect(lines).not.toContainText('北京');
  expect(num(await page.getByTestId('allin-bank_pledge_loan').textContent())).toBe(
    num(await page.getByTestId('before-bank_pledge_loan').textContent())
  );
  await page.goto(`/policy?e=${E}`);
  await expect(page.getByTestId('rule-beijing-2023-interest')).toHaveCount(0);
  await expect(page.getByTestId('rule-national-none')).toBeVisible();
});

test('Shenzhen Nanshan and Hangzhou: unconfirmed rules stay out of the cost, a pooled firm gets no issuer award, the cheapest route fits', async ({
  page
}) => {
  test.setTimeout(90_000);
  const nanshan = EnterpriseSchema.parse(
    enterpriseInput({
      id: 'fin-e2',
      name: '深圳南山传感科技有限公司',
      province: '440000',
      city: '深圳市南山区',
      scenario: { loanTenorYears: 1, amountWantedWan: 20, purpose: 'working_capital' }
    })
  );
  const hangzhou = EnterpriseSchema.parse(
    enterpriseInput({
      ...nanshan,
      id: 'fin-e3',
      name: '杭州测试科技有限公司',
      province: '330000',
      city: '杭州市'
    })
  );
  await putRecords(page, {
    enterprises: [nanshan, hangzhou],
    assets: [
      { ...patent, id: 'fin-a2', enterpriseId: 'fin-e2' },
      { ...patent, id: 'fin-a3', enterpriseId: 'fin-e3' }
    ]
  });
  await page.goto('/financing?e=fin-e2');
  // Nanshan's 70 % pledge-loan subsidy is known only from a secondary copy: listed with its possible effect, the
  // bank loan's cost unchanged by it (before = after), and said so on the card.
  const line = page.getByTestId('subsidy-bank_pledge_loan-shenzhen-nanshan-2025-pledge-loan');
  await expect(line).toHaveAttribute('data-status', 'unconfirmed');
  await expect(line).toContainText('未经原文核实');
  expect(num(await page.getByTestId('allin-bank_pledge_loan').textContent())).toBe(
    num(await page.getByTestId('before-bank_pledge_loan').textContent())
  );
  await expect(page.getByTestId('possible-bank_pledge_loan')).toContainText('可能降到');
  // 20 万元 is below a securitisation programme's ticket: the loan ABS is only possible, so the bank loan is the
  // cheapest route that fits, though the loan ABS is cheaper after Nanshan's subsidy.
  await expect(page.getByTestId('mode-bank_pledge_loan')).toContainText('成本最低');
  await expect(page.getByTestId('mode-loan_abs')).not.toContainText('成本最低');
  // The city's 50 % and Nanshan's 70 % cover the same interest: one of them only.
  await expect(page.getByTestId('subsidy-loan_abs-shenzhen-2022-securitisation')).toHaveAttribute(
    'data-status',
    'not_stacked'
  );

  await page.goto('/financing?e=fin-e3');
  // Zhejiang's 5 % goes to a firm that itself issues: a pooled borrower sees the rule, not the money.
  await expect(page.getByTestId('subsidy-loan_abs-zhejiang-2022-abs-award')).toHaveAttribute(
    'data-status',
    'not_recipient'
  );
  expect(num(await page.getByTestId('allin-loan_abs').textContent())).toBeGreaterThan(3);
  await expect(page.getByTestId('estimates-loan_abs')).toContainText('发起机构和项目费用');
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`financing and policy at 360 px in ${lang}: nothing scrolls sideways`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('zr.locale', l), lang);
    await putRecords(page, { enterprises: [enterprise], assets: [patent] });
    for (const route of [`/financing?e=${E}`, `/policy?e=${E}`]) {
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('main')).not.toContainText('NaN');
      // Open every details block: the longest content must wrap too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} ${route}`).toBeLessThanOrEqual(0);
    }
  });
}
