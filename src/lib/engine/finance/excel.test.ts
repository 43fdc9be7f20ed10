/**
 * Excel's own documented examples (support.microsoft.com, the function reference pages of PMT, IPMT, PPMT, FV, NPV,
 * IRR and XIRR), as printed there: these values were not produced by this code.
 */
import { describe, expect, it } from 'vitest';
import { FinanceError, fv, ipmt, irr, npv, pmt, ppmt, xirr } from './excel';

/** Excel shows 2 decimals: the value must round to what it prints. */
const cents = (x: number) => Math.round(x * 100) / 100;

describe('PMT', () => {
  it('Excel example: PMT(8%/12, 10, 10000) = -1,037.03', () => {
    expect(cents(pmt(0.08 / 12, 10, 10000))).toBe(-1037.03);
  });
  it('Excel example: PMT(6%/12, 18*12, 0, 50000) = -129.08 (saving 50,000 in 18 years)', () => {
    expect(cents(pmt(0.06 / 12, 18 * 12, 0, 50000))).toBe(-129.08);
  });
  it('at a zero rate the payment is the principal spread evenly', () => {
    expect(pmt(0, 12, 1200)).toBe(-100);
  });
  it('payments at the start of the period are the end-of-period payment ÷ (1 + rate)', () => {
    expect(pmt(0.01, 12, 1000, 0, 1)).toBeCloseTo(pmt(0.01, 12, 1000) / 1.01, 10);
  });
});

describe('IPMT and PPMT', () => {
  it('Excel example: IPMT(10%/12, 1, 3*12, 8000) = -66.67', () => {
    expect(cents(ipmt(0.1 / 12, 1, 36, 8000))).toBe(-66.67);
  });
  it('Excel example: IPMT(10%, 3, 3, 8000) = -292.45', () => {
    expect(cents(ipmt(0.1, 3, 3, 8000))).toBe(-292.45);
  });
  it('Excel example: PPMT(10%/12, 1, 2*12, 2000) = -75.62', () => {
    expect(cents(ppmt(0.1 / 12, 1, 24, 2000))).toBe(-75.62);
  });
  it('Excel example: PPMT(8%, 10, 10, 200000) = -27,598.05', () => {
    expect(cents(ppmt(0.08, 10, 10, 200000))).toBe(-27598.05);
  });
  it('principal parts repay the loan, and IPMT + PPMT = PMT in every period', () => {
    const n = 24;
    let principal = 0;
    for (let per = 1; per <= n; per++) {
      principal += ppmt(0.005, per, n, 100000);
      expect(ipmt(0.005, per, n, 100000) + ppmt(0.005, per, n, 100000)).toBeCloseTo(pmt(0.005, n, 100000), 9);
    }
    expect(principal).toBeCloseTo(-100000, 6);
  });
  it('paid at the start, the first payment carries no interest', () => {
    expect(ipmt(0.01, 1, 12, 1000, 0, 1)).toBe(0);
  });
});

describe('FV', () => {
  it('Excel example: FV(6%/12, 10, -200, -500, 1) = 2,581.40', () => {
    expect(cents(fv(0.06 / 12, 10, -200, -500, 1))).toBe(2581.4);
  });
});

describe('NPV', () => {
  it('Excel example: NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44', () => {
    expect(cents(npv(0.1, -10000, 3000, 4200, 6800))).toBe(1188.44);
  });
  it('Excel example: NPV(8%, 8000, 9200, 10000, 12000, 14500) - 40000 = 1,922.06', () => {
    expect(cents(npv(0.08, [8000, 9200, 10000, 12000, 14500]) - 40000)).toBe(1922.06);
  });
  it('Excel example: with a loss of 9,000 in year 6 it is -3,749.47', () => {
    expect(cents(npv(0.08, [8000, 9200, 10000, 12000, 14500], -9000) - 40000)).toBe(-3749.47);
  });
});

describe('IRR', () => {
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
  it('Excel example: after four years -2.1 %', () => {
    expect(Math.round(irr(flows.slice(0, 5)) * 1000) / 10).toBe(-2.1);
  });
  it('Excel example: after five years 8.7 %', () => {
    expect(Math.round(irr(flows) * 1000) / 10).toBe(8.7);
  });
  it('Excel example: after two years, guess -10 %: -44.4 %', () => {
    expect(Math.round(irr(flows.slice(0, 3), -0.1) * 1000) / 10).toBe(-44.4);
  });
  it('a loan of 100 repaid with 110 a year later costs exactly 10 %', () => {
    expect(irr([100, -110])).toBeCloseTo(0.1, 12);
  });
  it('the rate found sets the NPV of the flows to zero, even from a guess far away', () => {
    const r = irr(flows, 5);
    expect(npv(r, flows.slice(1)) + (flows[0] as number)).toBeCloseTo(0, 6);
  });
  it('says clearly when the flows never change sign (Excel: #NUM!)', () => {
    expect(() => irr([100, 200])).toThrow(FinanceError);
    expect(() => irr([100, 200])).toThrow(/no_sign_change/);
    expect(() => irr([])).toThrow(/no_sign_change/);
  });
  it('never returns NaN on bad input', () => {
    expect(() => irr([Number.NaN, 1])).toThrow(/bad_input/);
  });
});

describe('XIRR', () => {
  it('Excel example: 37.34 % (0.373362535)', () => {
    const values = [-10000, 2750, 4250, 3250, 2750];
    const dates = ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'];
    expect(xirr(values, dates)).toBeCloseTo(0.373362535, 8);
  });
  it('accepts Excel serial dates (39448 = 2008-01-01) with the same answer', () => {
    const values = [-10000, 2750, 4250, 3250, 2750];
    const serials = [39448, 39508, 39751, 39859, 39904];
    expect(xirr(values, serials)).toBeCloseTo(0.373362535, 8);
  });
  it('100 now, 110 after 365 days: 10 %', () => {
    expect(xirr([-100, 110], ['2025-01-01', '2026-01-01'])).toBeCloseTo(0.1, 12);
  });
  it('refuses a date before the first one, and mismatched lengths', () => {
    expect(() => xirr([-100, 110], ['2025-01-01', '2024-01-01'])).toThrow(/bad_input/);
    expect(() => xirr([-100, 110], ['2025-01-01'])).toThrow(/bad_input/);
  });
  it('says clearly when it cannot converge', () => {
    expect(() => xirr([-100, -110], ['2025-01-01', '2026-01-01'])).toThrow(/no_sign_change/);
  });
});
