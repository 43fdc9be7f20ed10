/**
 * Excel's financial functions, with Excel's argument order, sign convention (money paid out is negative) and
 * defaults, so a bank officer can check any figure in a spreadsheet. `type` (Excel's name) is 0 for payments at the
 * end of each period and 1 for payments at the start.
 *
 * IRR and XIRR converge or throw a `FinanceError` that says why (Excel shows #NUM!); they never return NaN.
 */
import { daysBetween, isIsoDate, type IsoDate } from '../dates';

export type PaymentTiming = 0 | 1;

/** Why a rate could not be found: the flows never change sign, or no root was found from the guess. */
export class FinanceError extends Error {
  constructor(readonly code: 'no_sign_change' | 'no_convergence' | 'bad_input') {
    super(`finance: ${code}`);
    this.name = 'FinanceError';
  }
}

function finite(...xs: number[]): void {
  for (const x of xs) if (!Number.isFinite(x)) throw new FinanceError('bad_input');
}

/** Future value: FV(rate, nper, pmt, [pv], [type]). */
export function fv(rate: number, nper: number, pmt: number, pv = 0, type: PaymentTiming = 0): number {
  finite(rate, nper, pmt, pv);
  if (rate === 0) return -(pv + pmt * nper);
  const g = (1 + rate) ** nper;
  return -(pv * g + (pmt * (1 + rate * type) * (g - 1)) / rate);
}

/** Payment per period of a loan or annuity: PMT(rate, nper, pv, [fv], [type]). */
export function pmt(rate: number, nper: number, pv: number, fvAmount = 0, type: PaymentTiming = 0): number {
  finite(rate, nper, pv, fvAmount);
  if (nper === 0) throw new FinanceError('bad_input');
  if (rate === 0) return -(pv + fvAmount) / nper;
  const g = (1 + rate) ** nper;
  return -(rate * (pv * g + fvAmount)) / ((1 + rate * type) * (g - 1));
}

/** Interest part of payment `per` (1-based): IPMT(rate, per, nper, pv, [fv], [type]). */
export function ipmt(
  rate: number,
  per: number,
  nper: number,
  pv: number,
  fvAmount = 0,
  type: PaymentTiming = 0
): number {
  finite(rate, per, nper, pv, fvAmount);
  if (per < 1 || per > nper) throw new FinanceError('bad_input');
  const payment = pmt(rate, nper, pv, fvAmount, type);
  if (type === 1) {
    // Paid at the start of the period: nothing has accrued before the first payment.
    if (per === 1) return 0;
    return (fv(rate, per - 2, payment, pv, 1) - payment) * rate;
  }
  return fv(rate, per - 1, payment, pv, 0) * rate;
}

/** Principal part of payment `per`: PPMT(rate, per, nper, pv, [fv], [type]) = PMT − IPMT. */
export function ppmt(
  rate: number,
  per: number,
  nper: number,
  pv: number,
  fvAmount = 0,
  type: PaymentTiming = 0
): number {
  return pmt(rate, nper, pv, fvAmount, type) - ipmt(rate, per, nper, pv, fvAmount, type);
}

type Values = number | readonly number[];

function flat(values: readonly Values[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (typeof v === 'number') out.push(v);
    else out.push(...v);
  }
  return out;
}

/**
 * Net present value: NPV(rate, value1, [value2], …). As in Excel, the first value falls at the END of the first
 * period (discounted once); add a flow at time 0 yourself.
 */
export function npv(rate: number, ...values: Values[]): number {
  const flows = flat(values);
  finite(rate, ...flows);
  if (rate === -1) throw new FinanceError('bad_input');
  return flows.reduce((sum, v, i) => sum + v / (1 + rate) ** (i + 1), 0);
}

const TOLERANCE = 1e-10;
const MAX_NEWTON = 50;

interface Flows {
  value: (r: number) => number;
  slope: (r: number) => number;
}

/** A root of `f` between -1 and +∞: Newton from the guess, else a scan for a sign change and bisection. */
function solveRate(f: Flows, guess: number, hasPositive: boolean, hasNegative: boolean): number {
  if (!hasPositive || !hasNegative) throw new FinanceError('no_sign_change');
  let r = guess;
  for (let i = 0; i < MAX_NEWTON; i++) {
    const v = f.value(r);
    const d = f.slope(r);
    if (!Number.isFinite(v) || !Number.isFinite(d) || d === 0) break;
    const next = r - v / d;
    if (!Number.isFinite(next) || next <= -1) break;
    if (Math.abs(next - r) < TOLERANCE) return next;
    r = next;
  }
  // Newton failed from this guess: bracket a root on a grid from just above -100 % up to +10,000 %, nearest to the
  // guess first, then bisect.
  const grid = [
    -0.9999, -0.99, -0.9, -0.75, -0.5, -0.25, -0.1, 0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 2, 5, 10, 100
  ];
  const brackets: [number, number][] = [];
  for (let i = 0; i + 1 < grid.length; i++) {
    const a = grid[i] as number;
    const b = grid[i + 1] as number;
    const fa = f.value(a);
    const fb = f.value(b);
    if (Number.isFinite(fa) && Number.isFinite(fb) && (fa === 0 || fa * fb < 0)) brackets.push([a, b]);
  }
  brackets.sort((x, y) => Math.abs((x[0] + x[1]) / 2 - guess) - Math.abs((y[0] + y[1]) / 2 - guess));
  const first = brackets[0];
  if (!first) throw new FinanceError('no_convergence');
  let [lo, hi] = first;
  let flo = f.value(lo);
  if (flo === 0) return lo;
  for (let i = 0; i < 200 && (hi - lo) / 2 >= 1e-6; i++) {
    const mid = (lo + hi) / 2;
    const fm = f.value(mid);
    if (fm === 0) return mid;
    if (flo * fm < 0) hi = mid;
    else {
      lo = mid;
      flo = fm;
    }
  }
  return polish(f, lo, hi);
}

/** Newton steps from the middle of a small bracket, kept inside it (bisection where a step would leave it). */
function polish(f: Flows, lo: number, hi: number): number {
  let r = (lo + hi) / 2;
  for (let i = 0; i < MAX_NEWTON; i++) {
    const v = f.value(r);
    const d = f.slope(r);
    let next = d === 0 ? Number.NaN : r - v / d;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - r) < TOLERANCE) return next;
    if (f.value(lo) * f.value(next) <= 0) hi = next;
    else lo = next;
    r = next;
  }
  return r;
}

/** Internal rate of return of evenly spaced flows, the first at time 0: IRR(values, [guess = 0.1]). */
export function irr(values: readonly number[], guess = 0.1): number {
  finite(guess, ...values);
  const flows: Flows = {
    value: (r) => values.reduce((s, v, t) => s + v / (1 + r) ** t, 0),
    slope: (r) => values.reduce((s, v, t) => s - (t * v) / (1 + r) ** (t + 1), 0)
  };
  return solveRate(
    flows,
    guess,
    values.some((v) => v > 0),
    values.some((v) => v < 0)
  );
}

/** A date as Excel takes it: an ISO date, or an Excel serial day number (1900 date system). */
export type XDate = IsoDate | number;

function dayNumber(d: XDate, first: XDate): number {
  if (typeof d === 'number' && typeof first === 'number') return d - first;
  if (typeof d === 'string' && typeof first === 'string') {
    if (!isIsoDate(d) || !isIsoDate(first)) throw new FinanceError('bad_input');
    return daysBetween(first, d);
  }
  throw new FinanceError('bad_input');
}

/**
 * Internal rate of return of dated flows: XIRR(values, dates, [guess = 0.1]), annual, on Excel's 365-day year
 * counted from the first date: Σ v_i / (1 + r)^((d_i − d_1) / 365) = 0.
 */
export function xirr(values: readonly number[], dates: readonly XDate[], guess = 0.1): number {
  finite(guess, ...values);
  if (values.length !== dates.length || values.length < 2) throw new FinanceError('bad_input');
  const first = dates[0] as XDate;
  const years = dates.map((d) => dayNumber(d, first) / 365);
  if (years.some((y) => y < 0)) throw new FinanceError('bad_input');
  // Plain loops, the same sums in the same order as a reduce (the solver calls these many times per rate).
  const n = values.length;
  const flows: Flows = {
    value: (r) => {
      let s = 0;
      for (let i = 0; i < n; i++) s = s + (values[i] as number) / (1 + r) ** (years[i] as number);
      return s;
    },
    slope: (r) => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const y = years[i] as number;
        s = s - (y * (values[i] as number)) / (1 + r) ** (y + 1);
      }
      return s;
    }
  };
  return solveRate(
    flows,
    guess,
    values.some((v) => v > 0),
    values.some((v) => v < 0)
  );
}
