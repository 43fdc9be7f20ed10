import { describe, expect, it } from 'vitest';
import { moneyFormat, moneyLang } from './money';

const zh = moneyFormat('zh-CN');
const en = moneyFormat('en');

describe('money in Chinese: 万元 as finance forms write them', () => {
  it('two decimals and the unit', () => {
    expect(zh.wan(76.61)).toBe('76.61 万元');
    expect(zh.wan(1800)).toBe('1,800.00 万元');
    // 58.80344 万元 = 588,034.4 元: to the nearest 100 元.
    expect(zh.wan(58.80344)).toBe('58.80 万元');
    expect(zh.wanRange(49.44, 69.61)).toBe('49.44–69.61 万元');
    expect(zh.yuan(59129.99)).toBe('59,129.99 元');
  });
  it('a round figure of a rule without trailing zeros', () => {
    expect([
      zh.wan(500, { trim: true }),
      zh.wan(1.5, { trim: true }),
      zh.yuan(200000, { trim: true })
    ]).toEqual(['500 万元', '1.5 万元', '200,000 元']);
  });
  it('never prints -0; a change can carry its sign', () => {
    expect(zh.wan(-0.001)).toBe('0.00 万元');
    expect([
      zh.wan(12.3, { signed: true }),
      zh.wan(-12.3, { signed: true }),
      zh.wan(0, { signed: true })
    ]).toEqual(['+12.30 万元', '-12.30 万元', '0.00 万元']);
    expect(zh.tableText(-1.5, { signed: true })).toBe('-1.50');
  });
  it('tables, charts and CSV stay in 万元', () => {
    expect([zh.tableUnit, zh.tableText(431.18), zh.tableValue(431.184)]).toEqual(['万元', '431.18', 431.18]);
    expect([zh.csvUnit, zh.csvValue(70.845)]).toEqual(['万元', 70.85]);
    expect(zh.inputUnit).toBe('万元');
  });
});

describe('money in English: RMB, millions from a million', () => {
  it('"RMB 4.31 m" from a million yuan', () => {
    // 431.18 万元 = 4,311,800 yuan = 4.3118 m → 4.31 m.
    expect(en.wan(431.18)).toBe('RMB 4.31 m');
    // exactly 100 万元 = 1,000,000 yuan.
    expect(en.wan(100)).toBe('RMB 1.00 m');
    expect(en.wan(-250)).toBe('RMB -2.50 m');
  });
  it('"RMB 766,100" below a million, to the hundred yuan', () => {
    // 76.61 万元 = 766,100 yuan.
    expect(en.wan(76.61)).toBe('RMB 766,100');
    // 58.80344 万元 = 588,034.4 yuan → 588,000.
    expect(en.wan(58.80344)).toBe('RMB 588,000');
    expect(en.wan(0)).toBe('RMB 0');
  });
  it('a range takes one unit, chosen by its larger end', () => {
    // 49.44 and 69.61 万元 = 494,400 and 696,100 yuan.
    expect(en.wanRange(49.44, 69.61)).toBe('RMB 494,400–696,100');
    // 70.84 and 136.78 万元 = 0.7084 m and 1.3678 m.
    expect(en.wanRange(70.84, 136.78)).toBe('RMB 0.71–1.37 m');
  });
  it('a round figure of a rule without trailing zeros', () => {
    // 500 万元 = 5,000,000 yuan; 150 万元 = 1.5 m; 20 万元 = 200,000 yuan.
    expect([en.wan(500, { trim: true }), en.wan(150, { trim: true }), en.wan(20, { trim: true })]).toEqual([
      'RMB 5 m',
      'RMB 1.5 m',
      'RMB 200,000'
    ]);
    expect(en.yuan(200000, { trim: true })).toBe('RMB 200,000');
  });
  it('schedules in yuan to the fen', () => {
    expect(en.yuan(59129.99)).toBe('RMB 59,129.99');
    expect([en.yuanUnit, en.yuanText(1234.5)]).toEqual(['RMB', '1,234.50']);
  });
  it("tables and charts in RMB '000; CSV in yuan", () => {
    // 431.18 万元 = 4,311.8 thousand yuan.
    expect([en.tableUnit, en.tableText(431.18), en.tableValue(431.18)]).toEqual([
      "RMB '000",
      '4,311.8',
      4311.8
    ]);
    // 70.85 万元 = 708,500 yuan.
    expect([en.csvUnit, en.csvValue(70.85)]).toEqual(['RMB', 708500]);
    expect(en.inputUnit).toBe('RMB 10k');
  });
  it('a change carries its sign before the currency', () => {
    // 1.2 万元 = 12,000 yuan.
    expect([en.wan(1.2, { signed: true }), en.wan(-1.2, { signed: true })]).toEqual([
      '+RMB 12,000',
      '-RMB 12,000'
    ]);
    expect(en.tableText(1.2, { signed: true })).toBe('+12.0');
  });
  it('no Chinese in English money', () => {
    for (const s of [en.wan(1), en.wan(1000), en.wanRange(1, 2), en.yuan(1), en.tableUnit, en.inputUnit])
      expect(s).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('moneyLang', () => {
  it('English for en and its regions, Chinese otherwise', () => {
    expect([moneyLang('en'), moneyLang('en-GB'), moneyLang('zh-CN'), moneyLang(null)]).toEqual([
      'en',
      'en',
      'zh-CN',
      'zh-CN'
    ]);
  });
});

describe('estimates to three significant figures, never to the fen', () => {
  it('in Chinese: whole 万元 from 100, one decimal from 10, two below', () => {
    // The example: 70.84 – 136.78 万元, middle 101.36 → 71–137 万元, middle 101 万元.
    expect(zh.estimateRange(70.84, 136.78)).toBe('71–137 万元');
    expect(zh.estimate(101.36)).toBe('101 万元');
    expect(zh.estimate(70.84)).toBe('70.8 万元');
    expect(zh.estimate(8.534)).toBe('8.53 万元');
    expect(zh.estimate(1234.5)).toBe('1,235 万元');
    expect(zh.estimateRange(9.76, 18.59)).toBe('9.8–18.6 万元');
    expect(zh.tableEstimate(136.78)).toBe('137');
  });
  it('in English: RMB millions to three figures, below a million to the thousand or the hundred', () => {
    // 136.78 万元 = 1,367,800 yuan → RMB 1.37 m; 13.87 万元 = 138,700 → RMB 139,000; 8.534 万元 = 85,340 → 85,300.
    expect(en.estimate(136.78)).toBe('RMB 1.37 m');
    expect(en.estimate(13.87)).toBe('RMB 139,000');
    expect(en.estimate(8.534)).toBe('RMB 85,300');
    expect(en.estimate(1234.5)).toBe('RMB 12.3 m');
    expect(en.estimateRange(70.84, 136.78)).toBe('RMB 0.71–1.37 m');
    expect(en.estimateRange(9.76, 18.59)).toBe('RMB 98,000–186,000');
    // RMB '000: 136.78 万元 = 1,367.8 thousand → 1,368.
    expect(en.tableEstimate(136.78)).toBe('1,368');
  });
});
