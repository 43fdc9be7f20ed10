import { describe, expect, it } from 'vitest';
import { moneyFormat } from '$lib/i18n/money';
import { CSV_BOM, csvFileName, overviewCsv, type CsvLabels } from './csv';
import type { OverviewRow } from './overview';

const labels: CsvLabels = {
  headers: {
    name: '企业名称',
    region: '地区',
    city: '城市',
    industry: '行业',
    assets: '知识产权数',
    grade: '等级',
    score: '得分',
    pledgeable: '可质押额（万元）',
    loanLow: '贷款低',
    loanBase: '贷款中',
    loanHigh: '贷款高',
    blockers: '硬性障碍',
    updated: '更新日期'
  },
  region: (c) => ({ '440000': '广东省' })[c] ?? c,
  industry: (c) => ({ high_tech: '高新技术' })[c] ?? c,
  blocker: (c) => ({ current_overdue: '当前逾期', nothing_pledgeable: '无可质押' })[c] ?? c,
  invalid: '无法评估',
  date: (iso) => iso.slice(0, 10),
  money: moneyFormat('zh-CN')
};

function row(over: Partial<OverviewRow> = {}): OverviewRow {
  return {
    id: 'e1',
    name: '深圳知融科技',
    province: '440000',
    city: '深圳市',
    industry: 'high_tech',
    assetCount: 3,
    updatedAt: '2026-11-20T08:00:00.000Z',
    status: 'ok',
    grade: 'B',
    score: 72,
    pledgeableValueWan: 110.254,
    loanLowWan: 80,
    loanBaseWan: 110.25,
    loanHighWan: 140.5,
    blockers: [],
    provisional: false,
    ...over
  };
}

/** The file's lines without the BOM and the final CRLF. */
async function lines(rows: OverviewRow[]): Promise<string[]> {
  const text = await overviewCsv(rows, labels);
  expect(text.startsWith(CSV_BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

describe('overview CSV', () => {
  it('has a BOM, a header, and one line per enterprise with its key results in Chinese', async () => {
    const l = await lines([row()]);
    expect(l).toHaveLength(2);
    expect(l[0]).toBe(
      '企业名称,地区,城市,行业,知识产权数,等级,得分,可质押额（万元）,贷款低,贷款中,贷款高,硬性障碍,更新日期'
    );
    // 110.254 万元 rounds to 110.25 (nearest 100 元).
    expect(l[1]).toBe('深圳知融科技,广东省,深圳市,高新技术,3,B,72,110.25,80,110.25,140.5,,2026-11-20');
  });

  it('in English, amounts are yuan (the header says RMB), still plain numbers', async () => {
    const text = await overviewCsv([row()], { ...labels, money: moneyFormat('en') });
    // 110.254 万元 = 1,102,540 yuan → 1,102,500 (the nearest 100, as 110.25 万元); 80 → 800,000; 140.5 → 1,405,000.
    expect(text.slice(1).split('\r\n')[1]).toBe(
      '深圳知融科技,广东省,深圳市,高新技术,3,B,72,1102500,800000,1102500,1405000,,2026-11-20'
    );
  });

  it('quotes commas, quotes and newlines (RFC 4180) and keeps the bytes UTF-8', async () => {
    const text = await overviewCsv([row({ name: 'A,"B"\n公司', city: '' })], labels);
    // "A,""B""<LF>公司": the whole cell quoted, inner quotes doubled, the newline kept inside the quotes.
    expect(text).toContain('"A,""B""\n公司",广东省,,高新技术');
    const bytes = new TextEncoder().encode(text);
    // EF BB BF is U+FEFF in UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('puts a quote before text that would start a formula, and leaves numbers alone', async () => {
    const rows = [
      row({ id: 'a', name: '=HYPERLINK("x")' }),
      row({ id: 'b', name: '+1' }),
      row({ id: 'c', name: '-2', city: '@SUM(A1)' }),
      row({ id: 'd', name: '=1\n+2' })
    ];
    const l = (await overviewCsv(rows, labels)).slice(1).split('\r\n');
    expect(l[1]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(l[2]?.startsWith(`"'+1"`)).toBe(true);
    expect(l[3]?.startsWith(`"'-2",广东省,"'@SUM(A1)"`)).toBe(true);
    // A formula cell with a newline later on is guarded too (papaparse's own pattern would miss it).
    expect(l[4]?.startsWith(`"'=1\n+2"`)).toBe(true);
  });

  it('names the blockers and says when an enterprise could not be assessed', async () => {
    const l = await lines([
      row({ blockers: ['current_overdue', 'nothing_pledgeable'] }),
      row({
        id: 'x',
        status: 'invalid',
        grade: null,
        score: null,
        pledgeableValueWan: null,
        loanLowWan: null,
        loanBaseWan: null,
        loanHighWan: null
      })
    ]);
    expect(l[1]).toContain(',当前逾期; 无可质押,');
    expect(l[2]).toBe('深圳知融科技,广东省,深圳市,高新技术,3,无法评估,,,,,,,2026-11-20');
  });

  it('names the file by date', () => {
    expect(csvFileName('2026-11-22')).toBe('zhirong-incubator-2026-11-22.csv');
  });
});
