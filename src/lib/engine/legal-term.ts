import { addDays, addMonths, compareDates, daysBetween, endOfYear, yearOf, type IsoDate } from './dates';
import {
  COPYRIGHT_TERM_YEARS,
  DESIGN_TERM_YEARS,
  IC_LAYOUT_TERM_YEARS,
  INVENTION_TERM_YEARS,
  legalDefaultAt,
  PATENT_FEE_GRACE_MONTHS,
  TRADEMARK_RENEWAL_MONTHS,
  TRADEMARK_TERM_YEARS,
  UTILITY_TERM_YEARS
} from './policy/legal-terms';
import type { PolicyEntry } from './policy/types';
import type { Asset } from './schema/asset';

/**
 * The legal term of one IP asset at a date: when protection ends, how long is left, whether it is in force.
 *
 * Rules (facts.md §1.3 and §9.1). Every figure is a dated entry of policy/legal-terms.ts, picked by the date the
 * statute keys it to (`legalDefaultAt`); the list below says which date:
 * - invention 20 years, utility model 10 years from the filing date (专利法 art. 42). The last day is the day before
 *   the anniversary: filed 1999-09-06, expires 2019-09-05 (专利审查指南, part V ch. 9 §2.2.1 example).
 * - design: by the filing date, 10 years if filed before 2021-06-01, 15 years if filed on or after (专利法 2020
 *   amendment in force 2021-06-01).
 * - trademark: 10 years from the registration date, renewable for 10 years at a time (商标法 art. 39-40); the
 *   certificate's "有效期至" after renewals overrides the computation. The renewal window and grace are looked up
 *   by the date the term ends.
 * - copyright and software of a legal person: until 31 December of the 50th year after first publication; never
 *   protected if not published within 50 years of creation (著作权法 art. 23, 计算机软件保护条例 art. 14).
 *   A natural person's work lasts for life + 50 years: the end cannot be computed from the register.
 * - IC layout design: 10 years from the earlier of the filing date and the first commercial use, and never more than
 *   15 years after creation (集成电路布图设计保护条例 art. 12).
 * - geographical indication: no term.
 * - patents lapse when annual fees are unpaid: a 6-month grace period follows the due date, looked up by the date
 *   fees are paid through (专利法实施细则 as revised in 2023, in force 2024-01-20: article 115).
 */

export type TermRule =
  | 'invention_20y'
  | 'utility_10y'
  | 'design_10y'
  | 'design_15y'
  | 'trademark_10y'
  | 'trademark_renewed'
  | 'copyright_50y_publication'
  | 'copyright_50y_creation'
  | 'copyright_life_plus_50'
  | 'ic_layout_10y'
  | 'gi_no_term';

export type TermStatus =
  /** In force at asOf. */
  | 'in_force'
  /** In force, but the annual fee is overdue and in its 6-month grace period: pay it before anything else. */
  | 'fee_grace'
  /** Trademark past its term but inside the 6-month renewal grace period. */
  | 'renewal_grace'
  /** The term has run out. */
  | 'expired'
  /** Terminated because fees were not paid (or the register says so). */
  | 'lapsed'
  | 'invalidated'
  | 'abandoned'
  /** Filed, not granted or registered yet. */
  | 'not_granted'
  /** The dates needed to compute the term are missing. */
  | 'unknown';

/** How a screen colours a status: good (in force), warn (act soon or fill in data), bad (no live right). */
export type TermTone = 'good' | 'warn' | 'bad';

const TONES: Record<TermStatus, TermTone> = {
  in_force: 'good',
  fee_grace: 'warn',
  renewal_grace: 'warn',
  not_granted: 'warn',
  unknown: 'warn',
  expired: 'bad',
  lapsed: 'bad',
  invalidated: 'bad',
  abandoned: 'bad'
};

/** The tone of a term status (also in every LegalTerm as `tone`). */
export function termTone(status: TermStatus): TermTone {
  return TONES[status];
}

export interface LegalTerm {
  rule: TermRule;
  /** First day of the term (filing, registration or publication date), when known. */
  startsOn: IsoDate | null;
  /** Last day of protection, inclusive; null when there is no term (GI) or it cannot be computed. */
  endsOn: IsoDate | null;
  /** Years from asOf to endsOn (365.25-day years, 0 when past); null when endsOn is null. */
  yearsRemaining: number | null;
  status: TermStatus;
  /** Whether the asset counts as a live right at asOf (in force, grace periods included). */
  inForce: boolean;
  renewable: boolean;
  /** For trademarks: the renewal window (12 months before the end) is open at asOf. */
  renewalWindowOpen: boolean;
  /** For patents: last day of the fee grace period when fees are overdue. */
  feeGraceEndsOn: IsoDate | null;
  /** How to colour `status` (termTone). */
  tone: TermTone;
}

// Every asset's term end, once per (start, years).
const termEnds = new Map<string, IsoDate>();

/**
 * Last day of a term that runs `years` years from `start`: the day before the anniversary. A 29 February start
 * whose anniversary year has no 29 February rolls over to 1 March, so the term still ends on 28 February.
 */
function termEnd(start: IsoDate, years: number): IsoDate {
  const key = `${start}|${years}`;
  let end = termEnds.get(key);
  if (end === undefined) {
    end = computeTermEnd(start, years);
    if (termEnds.size > 10_000) termEnds.clear();
    termEnds.set(key, end);
  }
  return end;
}

function computeTermEnd(start: IsoDate, years: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, -1);
}

/** The end of a term whose length in years is the entry in force on its start date. */
function statutoryEnd(entries: readonly PolicyEntry<number>[], start: IsoDate): IsoDate {
  return termEnd(start, legalDefaultAt(entries, start).value);
}

/** 31 December of the year a copyright's 50 years (the entry in force on `from`) run out. */
function copyrightEnd(from: IsoDate): IsoDate {
  return endOfYear(yearOf(from) + legalDefaultAt(COPYRIGHT_TERM_YEARS, from).value);
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

interface TermSpan {
  rule: TermRule;
  startsOn: IsoDate | null;
  endsOn: IsoDate | null;
}

function termSpan(a: Asset): TermSpan {
  switch (a.type) {
    case 'invention':
      return {
        rule: 'invention_20y',
        startsOn: a.filingDate ?? null,
        endsOn: a.filingDate ? statutoryEnd(INVENTION_TERM_YEARS, a.filingDate) : null
      };
    case 'utility':
      return {
        rule: 'utility_10y',
        startsOn: a.filingDate ?? null,
        endsOn: a.filingDate ? statutoryEnd(UTILITY_TERM_YEARS, a.filingDate) : null
      };
    case 'design': {
      if (!a.filingDate) return { rule: 'design_15y', startsOn: null, endsOn: null };
      // The term in force on the filing date, not on asOf: a design filed before 2021-06-01 keeps 10 years.
      const years = legalDefaultAt(DESIGN_TERM_YEARS, a.filingDate).value;
      return {
        rule: years === 10 ? 'design_10y' : 'design_15y',
        startsOn: a.filingDate,
        endsOn: termEnd(a.filingDate, years)
      };
    }
    case 'trademark': {
      if (a.renewedUntil)
        return { rule: 'trademark_renewed', startsOn: a.grantDate ?? null, endsOn: a.renewedUntil };
      return {
        rule: 'trademark_10y',
        startsOn: a.grantDate ?? null,
        endsOn: a.grantDate ? statutoryEnd(TRADEMARK_TERM_YEARS, a.grantDate) : null
      };
    }
    case 'copyright':
    case 'software': {
      if (a.authorKind === 'natural_person') {
        return {
          rule: 'copyright_life_plus_50',
          startsOn: a.creationDate ?? a.firstPublicationDate ?? null,
          endsOn: null
        };
      }
      if (a.firstPublicationDate) {
        return {
          rule: 'copyright_50y_publication',
          startsOn: a.firstPublicationDate,
          endsOn: copyrightEnd(a.firstPublicationDate)
        };
      }
      return {
        rule: 'copyright_50y_creation',
        startsOn: a.creationDate ?? null,
        endsOn: a.creationDate ? copyrightEnd(a.creationDate) : null
      };
    }
    case 'ic_layout': {
      const starts = [a.filingDate, a.firstPublicationDate].filter((d): d is IsoDate => !!d);
      if (starts.length === 0) return { rule: 'ic_layout_10y', startsOn: null, endsOn: null };
      const start = starts.reduce(minDate);
      const ic = legalDefaultAt(IC_LAYOUT_TERM_YEARS, start).value;
      let end = termEnd(start, ic.years);
      if (a.creationDate) end = minDate(end, termEnd(a.creationDate, ic.capFromCreation));
      return { rule: 'ic_layout_10y', startsOn: start, endsOn: end };
    }
    case 'gi':
      return { rule: 'gi_no_term', startsOn: a.grantDate ?? null, endsOn: null };
  }
}

/** The legal term of `asset` at `asOf`. */
export function legalTerm(asset: Asset, asOf: IsoDate): LegalTerm {
  const span = termSpan(asset);
  const renewable = asset.type === 'trademark';
  const yearsRemaining =
    span.endsOn === null ? null : Math.max(0, daysBetween(asOf, span.endsOn) + 1) / 365.25;
  const s = statusAt(asset, asOf, span, renewable);
  // Built field by field (no spreads: this runs for every asset of every assessment).
  return {
    rule: span.rule,
    startsOn: span.startsOn,
    endsOn: span.endsOn,
    yearsRemaining,
    renewable,
    renewalWindowOpen: s.renewalWindowOpen,
    feeGraceEndsOn: s.feeGraceEndsOn,
    status: s.status,
    inForce: s.inForce,
    tone: termTone(s.status)
  };
}

type StatusAt = Pick<LegalTerm, 'status' | 'inForce' | 'renewalWindowOpen' | 'feeGraceEndsOn'>;

function at(
  status: TermStatus,
  inForce: boolean,
  renewalWindowOpen = false,
  feeGraceEndsOn: IsoDate | null = null
): StatusAt {
  return { status, inForce, renewalWindowOpen, feeGraceEndsOn };
}

function statusAt(asset: Asset, asOf: IsoDate, span: TermSpan, renewable: boolean): StatusAt {
  const registerStatus = statusFromRegister(asset);
  if (registerStatus) return at(registerStatus, false);

  const noTerm = span.rule === 'gi_no_term' || span.rule === 'copyright_life_plus_50';
  if (span.endsOn === null && !noTerm) return at('unknown', false);

  // The renewal rules in force when the term ends.
  const renewal =
    renewable && span.endsOn !== null ? legalDefaultAt(TRADEMARK_RENEWAL_MONTHS, span.endsOn).value : null;

  if (span.endsOn !== null && compareDates(asOf, span.endsOn) > 0) {
    if (renewal && compareDates(asOf, addMonths(span.endsOn, renewal.graceMonths)) <= 0) {
      return at('renewal_grace', true, true);
    }
    return at('expired', false);
  }

  const renewalWindowOpen =
    renewal !== null &&
    span.endsOn !== null &&
    compareDates(asOf, addMonths(span.endsOn, -renewal.windowMonths)) > 0;

  if (
    asset.feesPaidThrough &&
    (asset.type === 'invention' || asset.type === 'utility' || asset.type === 'design')
  ) {
    if (compareDates(asOf, asset.feesPaidThrough) > 0) {
      // The grace in force when the unpaid fee fell due.
      const graceMonths = legalDefaultAt(PATENT_FEE_GRACE_MONTHS, asset.feesPaidThrough).value;
      const graceEnd = addMonths(asset.feesPaidThrough, graceMonths);
      if (compareDates(asOf, graceEnd) > 0) return at('lapsed', false);
      return at('fee_grace', true, false, graceEnd);
    }
  }
  return at('in_force', true, renewalWindowOpen);
}

function statusFromRegister(a: Asset): TermStatus | null {
  switch (a.status) {
    case 'pending':
      return 'not_granted';
    case 'lapsed':
      return 'lapsed';
    case 'invalidated':
      return 'invalidated';
    case 'abandoned':
      return 'abandoned';
    case 'granted':
      return null;
  }
}
