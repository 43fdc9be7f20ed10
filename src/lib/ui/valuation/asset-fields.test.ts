import { describe, expect, it } from 'vitest';
import { QUALITY_QUESTION_IDS } from '$lib/engine';
import {
  answersText,
  comparableRows,
  comparablesFromRows,
  costFromText,
  historyFromRows,
  historyRows,
  nextHistoryRow,
  percentText,
  profitShareFromText,
  profitsAmbiguity,
  profitsAmbiguous,
  profitsFromText,
  profitsText,
  withAnswer
} from './asset-fields';

describe('percentText', () => {
  it('shows a stored decimal as the percentage typed', () => {
    expect(percentText(0.125)).toBe('12.5');
    expect(percentText(0.07)).toBe('7'); // 0.07 × 100 is 7.000000000000001 in floating point
    expect(percentText(-0.02)).toBe('-2');
    expect(percentText(0)).toBe('0');
  });
  it('shows nothing for a value not set or not a number', () => {
    expect(percentText(undefined)).toBe('');
    expect(percentText(Number.NaN)).toBe('');
  });
});

describe('revenue history rows', () => {
  it('reads typed rows, full-width digits and thousands commas included', () => {
    expect(
      historyFromRows([
        { a: '2024', b: '1,250.5' },
        { a: ' ２０２３ ', b: '９８０' }
      ])
    ).toEqual([
      { year: 2024, revenueWan: 1250.5 },
      { year: 2023, revenueWan: 980 }
    ]);
  });
  it('keeps a negative revenue as typed (the schema judges it)', () => {
    expect(historyFromRows([{ a: '2022', b: '-30' }])).toEqual([{ year: 2022, revenueWan: -30 }]);
  });
  it('makes an empty or unreadable cell NaN, never a silent zero', () => {
    const [row] = historyFromRows([{ a: '  ', b: 'abc' }]) ?? [];
    expect(row?.year).toBeNaN();
    expect(row?.revenueWan).toBeNaN();
  });
  it('has no history when there are no rows', () => {
    expect(historyFromRows([])).toBeUndefined();
  });
  it('shows the stored history as rows and reads it back unchanged', () => {
    const history = [
      { year: 2024, revenueWan: 1250.5 },
      { year: 2023, revenueWan: 0.75 }
    ];
    expect(historyRows(history)).toEqual([
      { a: '2024', b: '1250.5' },
      { a: '2023', b: '0.75' }
    ]);
    expect(historyFromRows(historyRows(history))).toEqual(history);
    expect(historyRows(undefined)).toEqual([]);
  });
  it('adds the year before the earliest one, or last year when the list is empty', () => {
    expect(nextHistoryRow([], 2026)).toEqual({ a: '2025', b: '' });
    expect(
      nextHistoryRow(
        [
          { a: '2024', b: '1' },
          { a: '2022', b: '' }
        ],
        2026
      )
    ).toEqual({ a: '2021', b: '' });
    // A year box empty or unreadable is skipped: the year before 2025, never "NaN".
    expect(nextHistoryRow([{ a: 'abc', b: '' }], 2026)).toEqual({ a: '2025', b: '' });
    expect(
      nextHistoryRow(
        [
          { a: '二〇二三', b: '' },
          { a: '2023', b: '' }
        ],
        2026
      )
    ).toEqual({ a: '2022', b: '' });
    expect(
      nextHistoryRow(
        [
          { a: ' ', b: '' },
          { a: '2025', b: '' }
        ],
        2026
      )
    ).toEqual({ a: '2024', b: '' });
  });
});

describe('comparable rows', () => {
  it('trims the label and reads the price', () => {
    expect(comparablesFromRows([{ a: '  同类专利转让 ', b: '３００' }])).toEqual([
      { label: '同类专利转让', priceWan: 300 }
    ]);
  });
  it('makes an empty or unreadable price NaN', () => {
    expect(comparablesFromRows([{ a: 'A', b: '' }])?.[0]?.priceWan).toBeNaN();
    expect(comparablesFromRows([{ a: 'A', b: '3万' }])?.[0]?.priceWan).toBeNaN();
  });
  it('has no comparables when there are no rows', () => {
    expect(comparablesFromRows([])).toBeUndefined();
  });
  it('shows stored comparables as rows and reads them back', () => {
    const list = [
      { label: 'A', priceWan: 120 },
      { label: 'B', priceWan: 85.5 }
    ];
    expect(comparableRows(list)).toEqual([
      { a: 'A', b: '120' },
      { a: 'B', b: '85.5' }
    ]);
    expect(comparablesFromRows(comparableRows(list))).toEqual(list);
    expect(comparableRows(undefined)).toEqual([]);
  });
});

describe('costFromText', () => {
  it('has no cost when both boxes are empty or blank', () => {
    expect(costFromText('', '', undefined)).toBeUndefined();
    expect(costFromText('  ', ' ', { amountWan: 10, priceIndex: 1.1 })).toBeUndefined();
  });
  it('reads the amount and the date', () => {
    expect(costFromText('1,200', '2023-05-01', undefined)).toEqual({
      amountWan: 1200,
      incurredOn: '2023-05-01'
    });
    expect(costFromText(' 80 ', '', undefined)).toEqual({ amountWan: 80 });
  });
  it('asks for the amount (NaN) when only the date is given, and keeps a bad amount as NaN', () => {
    const dateOnly = costFromText('', '2023-05-01', undefined);
    expect(dateOnly?.amountWan).toBeNaN();
    expect(dateOnly?.incurredOn).toBe('2023-05-01');
    expect(costFromText('abc', '', undefined)?.amountWan).toBeNaN();
  });
  it('keeps a negative amount as typed (the schema refuses it)', () => {
    expect(costFromText('-5', '', undefined)).toEqual({ amountWan: -5 });
  });
  it('keeps the stored fields it does not edit and drops a cleared date', () => {
    const stored = { amountWan: 50, incurredOn: '2020-01-01', priceIndex: 1.2, reasonableProfit: 0.1 };
    expect(costFromText('60', '', stored)).toEqual({ amountWan: 60, priceIndex: 1.2, reasonableProfit: 0.1 });
  });
  it('reads back what the boxes showed', () => {
    const cost = { amountWan: 1200.5, incurredOn: '2021-12-31' };
    expect(costFromText(String(cost.amountWan), cost.incurredOn, cost)).toEqual(cost);
  });
});

describe('yearly profits as one line', () => {
  it('joins the profits with a comma and a space', () => {
    expect(profitsText([120, 150.5, -3])).toBe('120, 150.5, -3');
    expect(profitsText(undefined)).toBe('');
    expect(profitsText([])).toBe('');
  });
  it('splits on commas of either width, 、 and spaces', () => {
    expect(profitsFromText('120, 150，180、200  210')).toEqual([120, 150, 180, 200, 210]);
    expect(profitsFromText(' ３０ , -5 ')).toEqual([30, -5]);
  });
  it('refuses a comma that could be a thousands comma instead of guessing (1,200: 1200, or 1 and 200?)', () => {
    for (const typed of ['1,200', '80,90,100', '120,130', '1,200.5', '１,２００'])
      expect(profitsAmbiguous(typed), typed).toBe(true);
    const read = profitsFromText('1,200');
    expect(read).toHaveLength(1);
    expect(read[0]).toBeNaN();
    expect(profitsAmbiguity('80,90,100')).toEqual({
      typed: '90,100',
      whole: '90100',
      first: '90',
      second: '100'
    });
    expect(profitsAmbiguity('1,200.5')).toEqual({ typed: '1,200', whole: '1200', first: '1', second: '200' });
    expect(profitsAmbiguity('1, 200')).toBeNull();
  });
  it('reads a comma with a space after it, or with other than three digits after it, as a list comma', () => {
    for (const typed of ['1, 200', '120,13', '12,1300', '1200、150', '1200 150', '120，130'])
      expect(profitsAmbiguous(typed), typed).toBe(false);
    expect(profitsFromText('120,13')).toEqual([120, 13]);
    expect(profitsFromText('1, 200')).toEqual([1, 200]);
    expect(profitsFromText('120，130')).toEqual([120, 130]);
  });
  it('has no profits for empty or blank text, and NaN for an unreadable item', () => {
    expect(profitsFromText('')).toEqual([]);
    expect(profitsFromText(' ,， ')).toEqual([]);
    const read = profitsFromText('100, abc');
    expect(read[0]).toBe(100);
    expect(read[1]).toBeNaN();
  });
  it('reads back the line it wrote', () => {
    const profits = [120, 150.5, 0.25];
    expect(profitsFromText(profitsText(profits))).toEqual(profits);
  });
});

describe('profitShareFromText', () => {
  it('has no profit share when all three boxes are empty or blank', () => {
    expect(profitShareFromText('', '', '')).toBeUndefined();
    expect(profitShareFromText(' ', ' ， ', '  ')).toBeUndefined();
  });
  it('reads the share and margin as percentages', () => {
    expect(profitShareFromText('12.5', '', '８')).toEqual({ share: 0.125, afterTaxMargin: 0.08 });
  });
  it('reads the profits list', () => {
    expect(profitShareFromText('25', '100, 120', '')).toEqual({ share: 0.25, afterTaxProfitWan: [100, 120] });
  });
  it('asks for the share (NaN) when only profits or a margin are typed', () => {
    expect(profitShareFromText('', '100', '')?.share).toBeNaN();
    expect(profitShareFromText('', '', '10')?.share).toBeNaN();
  });
  it('keeps unreadable text as NaN', () => {
    const ps = profitShareFromText('abc', '', 'x');
    expect(ps?.share).toBeNaN();
    expect(ps?.afterTaxMargin).toBeNaN();
  });
  it('keeps a negative share as typed (the schema refuses it)', () => {
    expect(profitShareFromText('-10', '5', '')).toEqual({ share: -0.1, afterTaxProfitWan: [5] });
  });
  it('reads back what the boxes showed', () => {
    const ps = { share: 0.3, afterTaxProfitWan: [80, 95.5] };
    expect(profitShareFromText(percentText(ps.share), profitsText(ps.afterTaxProfitWan), '')).toEqual(ps);
    const byMargin = { share: 0.07, afterTaxMargin: 0.123 };
    expect(
      profitShareFromText(percentText(byMargin.share), '', percentText(byMargin.afterTaxMargin))
    ).toEqual(byMargin);
  });
});

describe('quality answers', () => {
  const [q1, q2] = QUALITY_QUESTION_IDS;
  it('gives every question a select value, empty when unanswered', () => {
    const text = answersText({ [q1]: 4 });
    expect(Object.keys(text)).toEqual([...QUALITY_QUESTION_IDS]);
    expect(text[q1]).toBe('4');
    if (q2) expect(text[q2]).toBe('');
    expect(Object.values(answersText(undefined)).every((t) => t === '')).toBe(true);
  });
  it('sets an answer and keeps the others', () => {
    expect(withAnswer(undefined, q1, '3')).toEqual({ [q1]: 3 });
    if (q2) expect(withAnswer({ [q1]: 3 }, q2, '５')).toEqual({ [q1]: 3, [q2]: 5 });
  });
  it('clears an answer on empty, and leaves no answers as undefined', () => {
    expect(withAnswer({ [q1]: 3 }, q1, '')).toBeUndefined();
    if (q2) expect(withAnswer({ [q1]: 3, [q2]: 5 }, q2, ' ')).toEqual({ [q1]: 3 });
  });
  it('does not change the stored answers it is given', () => {
    const stored = { [q1]: 2 };
    withAnswer(stored, q1, '5');
    expect(stored).toEqual({ [q1]: 2 });
  });
  it('reads back the values it showed', () => {
    const quality = { [q1]: 1, ...(q2 ? { [q2]: 5 } : {}) };
    const text = answersText(quality);
    let back: ReturnType<typeof withAnswer> = undefined;
    for (const q of QUALITY_QUESTION_IDS) back = withAnswer(back, q, text[q] ?? '');
    expect(back).toEqual(quality);
  });
});
