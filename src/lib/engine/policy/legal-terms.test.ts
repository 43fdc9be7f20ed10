import { describe, expect, it } from 'vitest';
import { legalTerm } from '../legal-term';
import { asset } from '../test-fixtures';
import {
  DESIGN_TERM_YEARS,
  LEGAL_TERM_ENTRIES,
  legalDefaultAt,
  PATENT_FEE_GRACE_MONTHS,
  TRADEMARK_RENEWAL_MONTHS
} from './legal-terms';
import type { PolicyEntry } from './types';

describe('legal terms as dated entries', () => {
  it('design: the entry is picked by the filing date at the 2021-05-31 / 2021-06-01 boundary', () => {
    expect(legalDefaultAt(DESIGN_TERM_YEARS, '2021-05-31')).toMatchObject({
      id: 'design-term-2009',
      value: 10
    });
    expect(legalDefaultAt(DESIGN_TERM_YEARS, '2021-06-01')).toMatchObject({
      id: 'design-term-2021',
      value: 15
    });
    // Worked by hand: 2021-05-31 + 10 years = 2031-05-31, the term ends the day before, 2031-05-30;
    // 2021-06-01 + 15 years = 2036-06-01, the term ends 2036-05-31. Assessed long after the boundary, so the
    // filing date, not asOf, decides.
    const asOf = '2030-01-01';
    expect(legalTerm(asset({ type: 'design', filingDate: '2021-05-31' }), asOf).endsOn).toBe('2031-05-30');
    expect(legalTerm(asset({ type: 'design', filingDate: '2021-06-01' }), asOf).endsOn).toBe('2036-05-31');
  });

  it('a date before the first entry takes the oldest entry, whatever the list order', () => {
    const src = { label: 'estimate' as const, ref: 'test' };
    const e = (id: string, from: string, to: string | null, value: number): PolicyEntry<number> => ({
      id,
      region: 'national',
      effectiveFrom: from,
      effectiveTo: to,
      value,
      source: src
    });
    const entries = [e('new', '2021-06-01', null, 15), e('old', '2009-10-01', '2021-05-31', 10)];
    expect(legalDefaultAt(entries, '2005-03-01').id).toBe('old');
    expect(legalDefaultAt(entries, '2015-03-01').id).toBe('old');
    expect(legalDefaultAt(entries, '2026-03-01').id).toBe('new');
    // A design filed 2005-03-01: 10 years, ends 2015-02-28.
    expect(legalTerm(asset({ type: 'design', filingDate: '2005-03-01' }), '2010-01-01').endsOn).toBe(
      '2015-02-28'
    );
  });

  it('grace periods: patent fees 6 months (from 2024-01-20), trademark renewal 12-month window and 6-month grace', () => {
    expect(legalDefaultAt(PATENT_FEE_GRACE_MONTHS, '2024-01-20')).toMatchObject({
      value: 6,
      source: { part: { kind: 'article', n: '115' } }
    });
    // A fee due before the 2023 rules came into force still has 6 months (the oldest entry).
    expect(legalDefaultAt(PATENT_FEE_GRACE_MONTHS, '2020-01-01').value).toBe(6);
    expect(legalDefaultAt(TRADEMARK_RENEWAL_MONTHS, '2020-03-13')).toMatchObject({
      value: { windowMonths: 12, graceMonths: 6 },
      source: { part: { kind: 'article', n: '40' } }
    });
  });

  it('every entry has a source and a start date; ids are unique', () => {
    expect(LEGAL_TERM_ENTRIES.length).toBeGreaterThanOrEqual(9);
    for (const e of LEGAL_TERM_ENTRIES) {
      expect(e.source.ref, e.id).toMatch(/\S/);
      expect(e.source.label, e.id).toMatch(/^(seed|sourced|secondary|estimate)$/);
      expect(e.effectiveFrom, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (e.effectiveTo !== null) expect(e.effectiveTo >= e.effectiveFrom, e.id).toBe(true);
    }
    const ids = LEGAL_TERM_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the two design entries meet without a gap or an overlap', () => {
    const [before, from] = DESIGN_TERM_YEARS;
    expect(before?.effectiveTo).toBe('2021-05-31');
    expect(from?.effectiveFrom).toBe('2021-06-01');
    expect(from?.effectiveTo).toBeNull();
  });
});
