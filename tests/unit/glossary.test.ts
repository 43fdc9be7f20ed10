/**
 * One name per number: every figure of the glossary has a name, a meaning and a unit in both languages, and no
 * message calls one of them by one of the names the issue found in use for it (five names for the indicative loan
 * amount; "可质押融资额度参考" for the uncapped pledgeable value). A rate that rounds to zero is 0 %, never "-0%".
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '../../src/lib/ui/glossary';
import { formats } from '../../src/lib/ui/valuation/format';
import { moneyFormat } from '../../src/lib/i18n/money';
import { loadMessages } from './locales';

const zh = loadMessages('zh-CN');
const en = loadMessages('en');

describe('the glossary of figures', () => {
  it('names, explains and gives the unit of every figure in both languages', () => {
    for (const dict of [zh, en])
      for (const id of FIGURE_IDS)
        for (const part of ['name', 'meaning', 'unit'])
          expect(dict[`glossary.${id}.${part}`], `${id}.${part}`).toBeTruthy();
    // Distinct figures, distinct names.
    const names = FIGURE_IDS.map((id) => zh[`glossary.${id}.name`]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('no message uses the old names of the indicative loan amount or the pledgeable value', () => {
    const banned = ['可能融到', '可质押融资额度参考', '可贷额度参考', '可融金额', '参考贷款', '可质押额'];
    const found = Object.entries(zh).filter(([, m]) => banned.some((b) => m.includes(b)));
    expect(found).toEqual([]);
    const bannedEn = [
      /\bCould raise\b/,
      /Pledgeable value \(indicative\)/,
      /\bIndicative amount\b/,
      /pledgeable amount/i
    ];
    expect(Object.entries(en).filter(([, m]) => bannedEn.some((b) => b.test(m)))).toEqual([]);
  });

  it('a rate that rounds to zero prints 0 %, not -0 %', () => {
    const num = (n: number, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat('zh-CN', o).format(n);
    const f = formats((k) => k, num, moneyFormat('zh-CN'));
    expect(f.pct(-0.000001)).toBe('0%');
    expect(f.pct(0.0623)).toBe('6.23%');
  });
});
