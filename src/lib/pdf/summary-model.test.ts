/**
 * The summary from a real assessment (engine fixtures), rendered with pdfmake's Node build and the committed font,
 * read back with poppler's pdftotext: the figures a bank officer checks are in the file as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryModel } from './summary-model';
import { assess, EnterpriseSchema } from '$lib/engine';
import { AS_OF, assessed, identifier, portfolio, summaryPdf, translator } from './test-fixtures';

// PDF_OUT=<dir> keeps the files (to look at them: pdftoppm -r 70 -png <dir>/s50.pdf page).
const dir = process.env.PDF_OUT ?? mkdtempSync(join(tmpdir(), 'zr-summary-'));
const text = (bytes: Uint8Array, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};
/** pdftotext keeps line breaks where the PDF wrapped: join lines for text that may wrap (URLs). */
const joined = (t: string) => t.replace(/\s+/g, '');

/**
 * Hand-rolled estimate to three significant figures (independent of Intl and of the money module): whole 万元 from 100,
 * one decimal from 10, two below; thousands separated. 1234.5 → "1,235", 70.84 → "70.8", 8.534 → "8.53".
 */
function threeFigures(n: number): string {
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  const [int, dec] = n.toFixed(digits).split('.') as [string, string | undefined];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${dec ? `.${dec}` : ''}`;
}

describe('summaryModel', () => {
  it('an enterprise with no province yet: the header says the city alone, never a message key', () => {
    const { t, num } = translator('zh-CN');
    const d = assessed(1);
    const m = summaryModel({
      ...d,
      enterprise: EnterpriseSchema.parse({ ...d.enterprise, province: '', city: '某市' }),
      assets: d.assets as never,
      asOf: AS_OF,
      lang: 'zh-CN',
      t,
      num
    });
    expect(m.header.map((h) => h.value)[2]).toBe('某市');
  });

  it('lays out the sections in the order the issue asks, with the engine and policy versions in the footer', () => {
    const { t, num } = translator('zh-CN');
    const d = assessed(3);
    const m = summaryModel({
      ...d,
      enterprise: EnterpriseSchema.parse(d.enterprise),
      assets: d.assets as never,
      asOf: AS_OF,
      lang: 'zh-CN',
      t,
      num
    });
    // What a credit officer reads first (the applicant, the request, whether it can apply), then the IP and the
    // routes, the method and the assumptions last.
    expect(m.sections.map((s) => s.title)).toEqual([
      '申请人概况',
      '融资申请',
      '首贷准备度',
      '能否申请',
      expect.stringMatching(/^最重要的 \d 项行动$/),
      '知识产权清单',
      '合计',
      '产品与分成率',
      '融资方案比较',
      '成本数字依据的估计值和未经核实的规则',
      '综合年化成本（补贴后，复利）',
      '保险选项',
      '估值方法',
      '关键假设',
      '名词解释',
      '政策依据与数据来源'
    ]);
    expect(m.header.map((h) => h.value)).toEqual([
      '深圳市知融科技有限公司',
      '914403001922038216',
      // geo 440000 is 广东省; the city as the user typed it.
      '广东省 深圳市南山区',
      '2026-11-22'
    ]);
    expect(m.disclaimer).toContain('不是资产评估报告');
    // The applicant's page: revenue, profit, leverage and qualifications as entered, and the request.
    const applicant = m.sections[0];
    const facts =
      applicant?.kind === 'facts' ? Object.fromEntries(applicant.facts.map((x) => [x.label, x.value])) : {};
    expect(Object.keys(facts)).toEqual(
      expect.arrayContaining([
        '上年营业收入',
        '上年净利润',
        '资产负债率',
        '资质',
        '现有贷款',
        '逾期记录',
        '纳税信用等级'
      ])
    );
    expect(m.footer).toMatch(/^引擎 \d+\.\d+\.\d+ · 估值默认值 \S+ · 准备度政策 \S+ · 融资政策 \S+$/);
    // Four financing modes (bank loan, loan ABS, sublicense ABS, factoring) in the comparison table.
    const fin = m.sections[8];
    expect(fin?.title).toBe('融资方案比较');
    expect(fin?.kind === 'table' && fin.rows.length).toBe(4);
  });

  it('the first page holds what a bank asks first: the ratios worked out by the engine, answers not given said so', () => {
    const { t, num } = translator('zh-CN');
    const d = assessed(1);
    const e = EnterpriseSchema.parse({
      ...d.enterprise,
      // Founded 2015-03-02: 2015-03-02 → 2026-11-22 is 4,283 days ÷ 365.25 = 11.7 years.
      financials: {
        revenueWan: 1800,
        netProfitWan: 120,
        totalAssetsWan: 2000,
        totalLiabilitiesWan: 900,
        rdSpendingWan: 90
      },
      hasHadBankLoan: true,
      loans: [
        { id: 'l1', lender: '某银行', kind: 'credit', amountWan: 200, maturesOn: '2027-06-30' },
        { id: 'l2', lender: '某担保公司', kind: 'guaranteed', amountWan: 100 }
      ],
      controller: { guarantee: true },
      taxCreditGrade: 'A',
      scenario: { loanTenorYears: 2, amountWantedWan: 150, purpose: 'rnd' }
    });
    const result = assess({ asOf: AS_OF, enterprise: e, assets: d.assets });
    const m = summaryModel({
      ...d,
      result,
      enterprise: e,
      assets: d.assets as never,
      asOf: AS_OF,
      lang: 'zh-CN',
      t,
      num
    });
    const facts = (i: number) => {
      const s = m.sections[i];
      return s?.kind === 'facts' ? Object.fromEntries(s.facts.map((x) => [x.label, x.value])) : {};
    };
    const a = facts(0);
    expect(a['成立日期']).toBe('2015-03-02（经营约 11.7 年）');
    expect(a['上年营业收入']).toBe('1,800.00 万元');
    expect(a['上年净利润']).toBe('120.00 万元');
    // 900 ÷ 2,000 = 45 %; R&D 90 ÷ 1,800 = 5 %.
    expect(a['资产负债率']).toBe('45%');
    expect(a['研发费用']).toBe('90.00 万元（占营业收入 5%）');
    expect(a['资质']).toBe('高新技术企业；科技型中小企业');
    expect(a['银行贷款记录']).toBe('曾获得银行贷款');
    // 200 + 100 = 300 万元 in two loans, each on its own line.
    expect(a['现有贷款']).toBe(
      '2 笔，余额合计 300.00 万元\n某银行 · 信用贷款 · 200.00 万元 · 到期 2027-06-30\n某担保公司 · 担保贷款 · 100.00 万元 · 到期 —'
    );
    expect(a['纳税信用等级']).toBe('A 级');
    // Not answered: said, not guessed.
    expect(a['法院执行记录']).toBe('未填写');
    expect(a['实际控制人']).toBe('愿意提供个人连带责任保证；未填写');
    const r = facts(1);
    expect(r['拟融资金额']).toBe('150.00 万元');
    expect(r['期限']).toBe('2 年');
    expect(r['资金用途']).toBe('研发投入');
  });

  it('says whether the enterprise can apply in the screens’ words, never "no blocker" above a blocker', () => {
    // One of three assets already pledged: the loan is open, that asset is left out. The status line and the
    // "能否申请" list say the same thing; the old "没有硬性障碍" followed by "硬性障碍 1" cannot happen.
    const { t, num } = translator('zh-CN');
    const p = portfolio(3);
    const assets = p.assets.map((a, i) => (i === 2 ? { ...a, pledged: true, pledgee: '某银行' } : a));
    const result = assess({ asOf: AS_OF, enterprise: p.enterprise, assets });
    expect(result.readiness.headline).toBe('assets_excluded');
    const m = summaryModel({
      enterprise: EnterpriseSchema.parse(p.enterprise),
      assets: assets as never,
      result,
      asOf: AS_OF,
      lang: 'zh-CN',
      t,
      num
    });
    const status = m.sections.find((s) => s.title === '首贷准备度');
    const facts = status?.kind === 'facts' ? status.facts : [];
    expect(facts.find((f) => f.label === '目前能否申请')?.value).toBe(
      '可以申请；下列知识产权暂不能出质，不计入可贷额度'
    );
    const list = m.sections.find((s) => s.title === '能否申请');
    expect(
      list?.kind === 'list' && list.items.filter((i) => i.startsWith('暂不能出质的知识产权：'))
    ).toHaveLength(1);
    expect(list?.kind === 'list' && list.items.some((i) => i.startsWith('阻止贷款的障碍'))).toBe(false);
    const all = JSON.stringify(m);
    expect(all).not.toContain('没有硬性障碍');
  });

  it('an English app gets an English summary', () => {
    const { t, num } = translator('en');
    const d = assessed(1);
    const m = summaryModel({
      ...d,
      enterprise: EnterpriseSchema.parse(d.enterprise),
      assets: d.assets as never,
      asOf: AS_OF,
      lang: 'en',
      t,
      num
    });
    expect(m.title).toBe('IP Financing Pre-Application Summary');
    expect(m.header[2]?.value).toBe('Guangdong 深圳市南山区');
    expect(m.pageLabel).toBe('Page {page} / {pages}');
  });
});

// The first render parses the 2.4 MB font: seconds on a busy CI machine.
describe('the summary PDF from a real assessment', { timeout: 60_000 }, () => {
  it('holds the name, credit code, every asset number, the totals and a policy source as text', async () => {
    const { bytes, missing, data } = await summaryPdf(5);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(missing).toEqual([]);
    const t = text(bytes, 's5.pdf');
    expect(t).toContain('深圳市知融科技有限公司');
    expect(t).toContain('914403001922038216');
    // The five real identifiers of test-fixtures' REAL_IDS used by the portfolio.
    for (const id of ['201810557067.3', '200920182473.2', '7199523', '2022SR1480776', '201730033448.8'])
      expect(t).toContain(id);
    const b = data.result.bundle;
    expect(b.pledgeableValueWan).toBeGreaterThan(0);
    // Estimates to three significant figures, never to 0.01 万元.
    expect(t).toContain(`${threeFigures(b.pledgeableValueWan)} 万元`);
    expect(t).toContain(`${threeFigures(b.bundleValueWan)} 万元`);
    // The 1-year LPR in force on 2026-11-22: 3.0 % since 2025-05-20 (PBoC, 20 May 2025).
    expect(t).toContain('1 年期 LPR 3%');
    // Cited as the announcement itself, not the news site the team first read it on.
    expect(joined(t)).toContain('2025年5月20日全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）公告');
    expect(joined(t)).not.toContain('chinapoliticstoday');
    expect(joined(t)).not.toContain('facts.md');
    expect(t).toContain('不是资产评估报告');
    expect(t).toMatch(/第\s*1\s*\/\s*\d\s*页/);
  });

  it('an enterprise whose only patent has no value yet still gets its PDF (empty chart, nothing pledgeable)', async () => {
    const d = assessed(1);
    const bare = portfolio(1);
    const assets = bare.assets.map((a) => ({
      ...a,
      use: { inUse: false, products: '' },
      valuation: undefined
    }));
    const result = assess({ asOf: AS_OF, enterprise: bare.enterprise, assets });
    expect(result.bundle.pledgeableValueWan).toBe(0);
    const { bytes } = await summaryPdf(1, 'zh-CN', { ...d, assets, result });
    const t = text(bytes, 'bare.pdf');
    expect(t).toContain('没有可以计算成本的方案');
    expect(t).toContain('201810557067.3');
  });

  it('in English too, with the same figures', async () => {
    const { bytes } = await summaryPdf(2, 'en');
    const t = text(bytes, 'en2.pdf');
    expect(t).toContain('IP Financing Pre-Application Summary');
    expect(t).toContain('201810557067.3');
    expect(t).toContain('1-year LPR 3%');
  });

  it('50 assets stay under 300 KB, every number in the text, the IP table header on each page it spans', async () => {
    const { bytes } = await summaryPdf(50);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const t = text(bytes, 's50.pdf');
    // Asset 46 (i = 45) is an invention: 2018 1 5570045 and its check character.
    expect(t).toContain(identifier('invention', 45));
    expect(t).toContain('2022SR1480824'); // software, i = 48: 1480776 + 48
    const pages = t.split('\f').filter((p) => p.trim() !== '');
    const withRows = pages.filter((p) => /2018[123]557\d{4}\.[0-9X]/.test(p));
    expect(withRows.length).toBeGreaterThan(1);
    // The header row repeats: its 号码 (number) column title on every page with rows.
    for (const p of withRows) expect(p).toMatch(/类型\s+号码\s+名称/);
  });
});
