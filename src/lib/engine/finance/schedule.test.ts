import { describe, expect, it } from 'vitest';
import { fen, yuanToFen, type Fen } from '../money';
import { irr } from './excel';
import { REPAYMENT_METHODS, repaymentSchedule, type LoanTerms, type RepaymentMethod } from './schedule';

const yuan = (f: Fen | number) => f / 100;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function terms(over: Partial<LoanTerms>): LoanTerms {
  return {
    principal: yuanToFen(100_000),
    annualRate: 0.06,
    months: 12,
    method: 'equal_instalment',
    startsOn: '2026-01-15',
    ...over
  };
}

describe('等额本息 (equal instalment)', () => {
  // 100,000 yuan at 6 % for 12 months: monthly rate 0.5 %, PMT = 100,000 × 0.005 × 1.005^12 / (1.005^12 − 1)
  // = 8,606.64 yuan (1.005^12 = 1.0616778; the standard annuity table gives 8,606.64).
  const rows = repaymentSchedule(terms({}));
  it('pays 8,606.64 a month; the first two rows worked by hand', () => {
    expect(rows).toHaveLength(12);
    // Row 1: interest 100,000 × 0.5 % = 500.00; principal 8,606.64 − 500 = 8,106.64; balance 91,893.36.
    expect(rows[0]).toMatchObject({
      date: '2026-02-15',
      interest: 50_000,
      principal: 810_664,
      payment: 860_664
    });
    expect(yuan(rows[0]!.balance)).toBe(91_893.36);
    // Row 2: interest 91,893.36 × 0.5 % = 459.4668 → 459.47; principal 8,147.17; balance 83,746.19.
    expect(rows[1]).toMatchObject({ interest: 45_947, principal: 814_717, payment: 860_664 });
    expect(yuan(rows[1]!.balance)).toBe(83_746.19);
    for (const r of rows.slice(0, 11)) expect(r.payment).toBe(860_664);
  });
  it('principal rows add up to the principal exactly; the last row absorbs the rounding', () => {
    expect(sum(rows.map((r) => r.principal))).toBe(10_000_000);
    expect(rows[11]!.balance).toBe(0);
    // Within a few fen of the others.
    expect(Math.abs(rows[11]!.payment - 860_664)).toBeLessThan(10);
  });
  it('its flows have an IRR of 0.5 % a month, the quoted 6 % a year', () => {
    const r = irr([-10_000_000, ...rows.map((x) => x.payment)]);
    expect(r * 12).toBeCloseTo(0.06, 5);
  });
});

describe('等额本金 (equal principal)', () => {
  it('120,000 at 6 % over 12 months: 10,000 a month, interest 600, 550, … 50, total 3,900', () => {
    const rows = repaymentSchedule(terms({ principal: yuanToFen(120_000), method: 'equal_principal' }));
    expect(rows.map((r) => yuan(r.principal))).toEqual(new Array(12).fill(10_000));
    // Interest on the balance before each payment: 120,000 × 0.5 % = 600, then 110,000 × 0.5 % = 550, …
    expect(rows.map((r) => yuan(r.interest))).toEqual([
      600, 550, 500, 450, 400, 350, 300, 250, 200, 150, 100, 50
    ]);
    // 50 × (12 + 11 + … + 1) = 50 × 78 = 3,900.
    expect(yuan(sum(rows.map((r) => r.interest)))).toBe(3900);
  });
  it('100.00 yuan over 3 months: 33.33, 33.33 and 33.34 (the last row takes the odd fen)', () => {
    const rows = repaymentSchedule(terms({ principal: fen(10_000), months: 3, method: 'equal_principal' }));
    expect(rows.map((r) => r.principal)).toEqual([3333, 3333, 3334]);
  });
});

describe('先息后本 (interest first, principal at maturity)', () => {
  it('1,000,000 at 3.6 % for a year, interest quarterly: 9,000 a quarter, 1,009,000 at the end', () => {
    const rows = repaymentSchedule(
      terms({
        principal: yuanToFen(1_000_000),
        annualRate: 0.036,
        method: 'interest_only',
        interestEveryMonths: 3
      })
    );
    // 1,000,000 × 3.6 % ÷ 4 = 9,000.
    expect(rows.map((r) => [r.date, yuan(r.interest), yuan(r.principal)])).toEqual([
      ['2026-04-15', 9000, 0],
      ['2026-07-15', 9000, 0],
      ['2026-10-15', 9000, 0],
      ['2027-01-15', 9000, 1_000_000]
    ]);
    expect(yuan(rows[3]!.payment)).toBe(1_009_000);
  });
  it('a 10-month loan paid quarterly ends with a one-month period: 9,000 × 3, then 3,000', () => {
    const rows = repaymentSchedule(
      terms({
        principal: yuanToFen(1_000_000),
        annualRate: 0.036,
        months: 10,
        method: 'interest_only',
        interestEveryMonths: 3
      })
    );
    expect(rows.map((r) => yuan(r.interest))).toEqual([9000, 9000, 9000, 3000]);
    expect(rows[3]!.date).toBe('2026-11-15');
  });
  it('monthly: 12 rows of 100,000 × 6 % ÷ 12 = 500', () => {
    const rows = repaymentSchedule(terms({ method: 'interest_only', interestEveryMonths: 1 }));
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => yuan(r.interest)))).toEqual(new Set([500]));
  });
});

describe('到期一次还本付息 (bullet)', () => {
  it('500,000 at 3.45 % for 12 months: interest 17,250, one payment of 517,250', () => {
    const rows = repaymentSchedule(
      terms({ principal: yuanToFen(500_000), annualRate: 0.0345, method: 'bullet' })
    );
    expect(rows).toEqual([
      {
        period: 1,
        date: '2027-01-15',
        principal: 50_000_000,
        interest: 1_725_000,
        payment: 51_725_000,
        balance: 0
      }
    ]);
  });
  it('for 6 months, half of it: 8,625', () => {
    const rows = repaymentSchedule(
      terms({ principal: yuanToFen(500_000), annualRate: 0.0345, months: 6, method: 'bullet' })
    );
    expect(yuan(rows[0]!.interest)).toBe(8625);
  });
});

describe('properties', () => {
  /** A small deterministic generator (mulberry32), so a failure reproduces. */
  function rng(seed: number) {
    return () => {
      seed |= 0;
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const next = rng(20261122);
  const cases = Array.from({ length: 300 }, () => ({
    principal: fen(1 + Math.floor(next() * 5_000_000_000)),
    annualRate: Math.round(next() * 2000) / 10000,
    months: 1 + Math.floor(next() * 60),
    method: REPAYMENT_METHODS[Math.floor(next() * 4)] as RepaymentMethod,
    interestEveryMonths: (next() < 0.5 ? 1 : 3) as 1 | 3
  }));

  it('every schedule repays exactly the principal, with whole fen and no negative row', () => {
    for (const c of cases) {
      const rows = repaymentSchedule(terms(c));
      expect(sum(rows.map((r) => r.principal))).toBe(c.principal);
      expect(rows.at(-1)!.balance).toBe(0);
      for (const r of rows) {
        expect(Number.isInteger(r.principal) && Number.isInteger(r.interest)).toBe(true);
        expect(r.principal).toBeGreaterThanOrEqual(0);
        expect(r.interest).toBeGreaterThanOrEqual(0);
        expect(r.payment).toBe(r.principal + r.interest);
      }
    }
  });

  it('a longer tenor at the same rate never lowers the total interest', () => {
    for (const c of cases) {
      const total = (months: number) =>
        sum(repaymentSchedule(terms({ ...c, months })).map((r) => r.interest));
      expect(total(c.months + 1)).toBeGreaterThanOrEqual(total(c.months));
    }
  });
});
