/**
 * Statutory terms and grace periods as dated policy entries (see types.ts): how long each kind of right lasts and
 * how long a late fee or renewal may still be made good. legal-term.ts asks `legalDefaultAt(entries, date)` for the
 * entry that governs a right, by the date the statute keys it to (the filing date for a patent's term, the due date
 * for a fee's grace, the end of the term for a trademark's renewal grace).
 *
 * Each entry starts on the day the text it cites came into force. The figures were the same under the earlier texts
 * (other article numbers, not sourced here), so a date before the first entry takes the oldest entry, as the LPR
 * does before its first dated rate (finance/plumbing.ts `lprFigure`).
 */
import type { IsoDate } from '../dates';
import { inForce, type PolicyEntry } from './types';

/** The entry in force on `date`, or the oldest entry for a date before every entry. */
export function legalDefaultAt<T>(entries: readonly PolicyEntry<T>[], date: IsoDate): PolicyEntry<T> {
  const e = inForce(entries, 'national', date);
  if (e) return e;
  let oldest = entries[0] as PolicyEntry<T>;
  for (const x of entries) if (x.effectiveFrom < oldest.effectiveFrom) oldest = x;
  return oldest;
}

/** 2008 amendment of the Patent Law, in force 2009-10-01: article 42 numbering of the terms. */
const PATENT_LAW_2008_IN_FORCE = '2009-10-01';
/** 2020 amendment of the Patent Law, in force 2021-06-01: designs get 15 years. */
const PATENT_LAW_2020_IN_FORCE = '2021-06-01';

const patentLaw42 = (ref: string, note: string) => ({
  label: 'secondary' as const,
  ref,
  note,
  doc: 'patent-law' as const,
  part: { kind: 'article' as const, n: '42' }
});

/** Years of an invention patent from the filing date (专利法 art. 42). */
export const INVENTION_TERM_YEARS: readonly PolicyEntry<number>[] = [
  {
    id: 'invention-term-2009',
    region: 'national',
    effectiveFrom: PATENT_LAW_2008_IN_FORCE,
    effectiveTo: null,
    value: 20,
    source: patentLaw42(
      '《中华人民共和国专利法》第四十二条',
      'facts.md §1.3 [S-2]: 20 years from filing; unchanged by the 2020 amendment'
    )
  }
];

/** Years of a utility model from the filing date (专利法 art. 42). */
export const UTILITY_TERM_YEARS: readonly PolicyEntry<number>[] = [
  {
    id: 'utility-term-2009',
    region: 'national',
    effectiveFrom: PATENT_LAW_2008_IN_FORCE,
    effectiveTo: null,
    value: 10,
    source: patentLaw42(
      '《中华人民共和国专利法》第四十二条',
      'facts.md §1.3 [S-2]: 10 years from filing; unchanged by the 2020 amendment'
    )
  }
];

/**
 * Years of a design patent, picked by the FILING date: 10 years for a design filed before the 2020 amendment came
 * into force, 15 years for one filed on or after 2021-06-01 (专利法 art. 42 as amended in 2020).
 */
export const DESIGN_TERM_YEARS: readonly PolicyEntry<number>[] = [
  {
    id: 'design-term-2009',
    region: 'national',
    effectiveFrom: PATENT_LAW_2008_IN_FORCE,
    effectiveTo: '2021-05-31',
    value: 10,
    source: patentLaw42(
      '《中华人民共和国专利法》（2008年修正）第四十二条',
      'facts.md §1.3 [S-2]: 10 years from filing until the 2020 amendment, which applies to filings from 2021-06-01'
    )
  },
  {
    id: 'design-term-2021',
    region: 'national',
    effectiveFrom: PATENT_LAW_2020_IN_FORCE,
    effectiveTo: null,
    value: 15,
    source: patentLaw42(
      '《中华人民共和国专利法》（2020年修正）第四十二条',
      'facts.md §1.3 [S-2]: design became 15 years in the 2020 amendment, in force 2021-06-01'
    )
  }
];

/**
 * Months after an annual fee's due date in which it may still be paid with a surcharge; after that the patent
 * lapses from the due date. 专利法实施细则 (2023 revision, 国务院令第769号, in force 2024-01-20), article 115. The
 * article number was read from a public code source that cites the 2023 numbering (articles 112, 114, 115 and 120
 * for the fee and PCT periods); the official text was not found offline, so the label is secondary. The 2010 text
 * (article 98) is not in facts.md, so no entry is written for it: earlier due dates take this one.
 */
export const PATENT_FEE_GRACE_MONTHS: readonly PolicyEntry<number>[] = [
  {
    id: 'patent-fee-grace-2024',
    region: 'national',
    effectiveFrom: '2024-01-20',
    effectiveTo: null,
    value: 6,
    source: {
      label: 'secondary',
      ref: '《专利法实施细则》（2023年修订）第一百一十五条',
      note: '6 months to pay a late annual fee with a surcharge; article 98 in the 2010 numbering',
      doc: 'patent-rules-2023',
      part: { kind: 'article', n: '115' }
    }
  }
];

/** The 2013 amendment of the Trademark Law, in force 2014-05-01: articles 39 and 40 numbering. */
const TRADEMARK_LAW_2013_IN_FORCE = '2014-05-01';

/** Years of a registered trademark from the registration date (商标法 art. 39). */
export const TRADEMARK_TERM_YEARS: readonly PolicyEntry<number>[] = [
  {
    id: 'trademark-term-2014',
    region: 'national',
    effectiveFrom: TRADEMARK_LAW_2013_IN_FORCE,
    effectiveTo: null,
    value: 10,
    source: {
      label: 'sourced',
      ref: '《中华人民共和国商标法》第三十九条',
      note: '10 years from the registration date; renewals are in article 40',
      doc: 'trademark-law',
      part: { kind: 'article', n: '39' }
    }
  }
];

/**
 * A trademark's renewal: it may be filed in the 12 months before the term ends and within a 6-month grace after
 * (商标法 art. 40), looked up by the date the term ends.
 */
export const TRADEMARK_RENEWAL_MONTHS: readonly PolicyEntry<{
  windowMonths: number;
  graceMonths: number;
}>[] = [
  {
    id: 'trademark-renewal-2014',
    region: 'national',
    effectiveFrom: TRADEMARK_LAW_2013_IN_FORCE,
    effectiveTo: null,
    value: { windowMonths: 12, graceMonths: 6 },
    source: {
      label: 'sourced',
      ref: '《中华人民共和国商标法》第四十条',
      note: 'renewal window 12 months before expiry, grace 6 months after, 10 years each',
      doc: 'trademark-law',
      part: { kind: 'article', n: '40' }
    }
  }
];

/**
 * Years of the economic rights of a legal person's work or software after first publication (or after creation
 * when never published): to 31 December of the 50th year. 著作权法 art. 23 (2020 amendment, in force 2021-06-01),
 * 计算机软件保护条例 art. 14.
 */
export const COPYRIGHT_TERM_YEARS: readonly PolicyEntry<number>[] = [
  {
    id: 'copyright-term-2021',
    region: 'national',
    effectiveFrom: '2021-06-01',
    effectiveTo: null,
    value: 50,
    source: {
      label: 'secondary',
      ref: '《中华人民共和国著作权法》第二十三条；《计算机软件保护条例》第十四条',
      note: 'facts.md §1.3 [S-2] http://m.yasevip.net/cat90eb2?d=id0c9ed08875: 50 years after first publication'
    }
  }
];

/**
 * An IC layout design: years from the earlier of the filing date and the first commercial use, and the cap in years
 * after creation (集成电路布图设计保护条例 art. 12, in force 2001-10-01).
 */
export const IC_LAYOUT_TERM_YEARS: readonly PolicyEntry<{ years: number; capFromCreation: number }>[] = [
  {
    id: 'ic-layout-term-2001',
    region: 'national',
    effectiveFrom: '2001-10-01',
    effectiveTo: null,
    value: { years: 10, capFromCreation: 15 },
    source: {
      label: 'secondary',
      ref: '《集成电路布图设计保护条例》第十二条',
      note: 'facts.md §1.3 [S-2] http://www.luxwatt.cn/flcs/2328.html: 10 years, never more than 15 after creation'
    }
  }
];

/** Every entry above, for checks that each has a source and a start date. */
export const LEGAL_TERM_ENTRIES: readonly PolicyEntry<unknown>[] = [
  ...INVENTION_TERM_YEARS,
  ...UTILITY_TERM_YEARS,
  ...DESIGN_TERM_YEARS,
  ...PATENT_FEE_GRACE_MONTHS,
  ...TRADEMARK_TERM_YEARS,
  ...TRADEMARK_RENEWAL_MONTHS,
  ...COPYRIGHT_TERM_YEARS,
  ...IC_LAYOUT_TERM_YEARS
];
