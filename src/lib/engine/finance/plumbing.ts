/**
 * What the four financing routes share: figures with their source, the amount within what a route lends, the
 * borrower's cash flows (proceeds, schedule, yearly fees, the appraisal), whether a route fits, and `finish`, which
 * turns what a route decided into its schedule, flows, subsidies and all-in cost.
 */
import { addMonths, monthsOfYears, MONTHS_PER_YEAR, type IsoDate } from '../dates';
import { applyRate, fen, sumFen, wanToFen, type Fen } from '../money';
import type { BankProductTerms } from '../policy/financing';
import { LPR_1Y } from '../policy/rates';
import { inForce, type PolicyEntry, type Range, type Source } from '../policy/types';
import { allInCost, type CashFlow, type FlowKind } from './cost';
import type { Figure, FigureUnit, FinancingInput, FinancingMode, Fit, FitReason } from './mode-types';
import type { RepaymentMethod, ScheduleRow } from './schedule';
import { subsidiesFor } from './subsidy';

type Dated<T> = { value: T; source: Source; effectiveFrom: string };

export function figure(user: number | undefined, d: Dated<number>, unit: FigureUnit): Figure {
  return user === undefined
    ? { value: d.value, unit, from: 'default', source: d.source, effectiveFrom: d.effectiveFrom }
    : { value: user, unit, from: 'user', source: null, effectiveFrom: null };
}

export function base(d: Dated<Range>): Dated<number> {
  return { value: d.value.base, source: d.source, effectiveFrom: d.effectiveFrom };
}

/** The low end of a dated range (a programme's minimum ticket). */
export function low(d: Dated<Range>): Dated<number> {
  return { value: d.value.low, source: d.source, effectiveFrom: d.effectiveFrom };
}

/** A figure the route does not charge (a cost switched off). */
export const off = (f: Figure): Figure => ({ ...f, value: 0 });

export function lprFigure(asOf: IsoDate, entries: readonly PolicyEntry<number>[] = LPR_1Y): Figure {
  const e = inForce(entries, 'national', asOf);
  // Before the first dated entry: the oldest one we have.
  const entry = e ?? (entries[0] as PolicyEntry<number>);
  return {
    value: entry.value,
    unit: 'rate',
    from: 'default',
    source: entry.source,
    effectiveFrom: entry.effectiveFrom
  };
}

/** The amount: what the enterprise wants, within what the route lends; everything when it named no amount. */
export function amountOf(availableWan: number, wantedWan: number | null): Fen {
  const wan = wantedWan === null ? availableWan : Math.min(wantedWan, availableWan);
  return wanToFen(Math.max(0, wan));
}

export interface Built {
  schedule: ScheduleRow[];
  flows: CashFlow[];
}

export interface Extra {
  date: IsoDate;
  amount: Fen;
  kind: FlowKind;
  year: number;
}

/** The loan year a payment in arrears falls in: (start of year, anniversary]. */
function arrearsYear(asOf: IsoDate, date: IsoDate): number {
  let y = 1;
  while (date > addMonths(asOf, monthsOfYears(y))) y++;
  return y;
}

/** Proceeds, the schedule's payments, and the other outflows, as the borrower's flows. */
export function flowsOf(asOf: IsoDate, amount: Fen, schedule: ScheduleRow[], extra: Extra[]): CashFlow[] {
  const flows: CashFlow[] = [{ date: asOf, amount, kind: 'proceeds' }];
  for (const r of schedule) {
    const year = arrearsYear(asOf, r.date);
    if (r.interest > 0) flows.push({ date: r.date, amount: fen(-r.interest), kind: 'interest', year });
    if (r.principal > 0) flows.push({ date: r.date, amount: fen(-r.principal), kind: 'principal', year });
  }
  for (const e of extra) if (e.amount !== 0) flows.push({ ...e, amount: fen(-e.amount) });
  return flows;
}

/** A yearly fee on the principal, paid in advance at the start of each loan year (the last one pro rata). */
export function yearlyFees(
  asOf: IsoDate,
  principal: Fen,
  rate: number,
  months: number,
  kind: FlowKind
): Extra[] {
  const out: Extra[] = [];
  for (let start = 0; start < months; start += MONTHS_PER_YEAR) {
    const share = Math.min(MONTHS_PER_YEAR, months - start) / MONTHS_PER_YEAR;
    out.push({
      date: addMonths(asOf, start),
      amount: applyRate(principal, rate * share),
      kind,
      year: start / MONTHS_PER_YEAR + 1
    });
  }
  return out;
}

/** The appraisal of the IP, paid once at the start. */
export function appraisal(asOf: IsoDate, appraisedWan: number, rate: number): Extra {
  return { date: asOf, amount: applyRate(wanToFen(appraisedWan), rate), kind: 'appraisal', year: 1 };
}

function basisOf(method: RepaymentMethod, months: number, every: number) {
  if (method === 'bullet') return { bulletYears: months / MONTHS_PER_YEAR };
  return { periodsPerYear: MONTHS_PER_YEAR / every };
}

function costOf(flows: CashFlow[]): Fen {
  return sumFen(
    flows.filter((f) => f.kind !== 'proceeds' && f.kind !== 'principal').map((f) => fen(-f.amount))
  );
}

/** What a route decides before its cash flows are built. */
type Partial_ = Pick<
  FinancingMode,
  | 'id'
  | 'fit'
  | 'reasons'
  | 'amount'
  | 'tenorMonths'
  | 'method'
  | 'headlineRate'
  | 'weeksToFunds'
  | 'ipHolder'
  | 'pros'
  | 'cons'
  | 'figures'
  | 'product'
>;

/** Keys of the figures that are estimates and enter the cost (a cost switched off does not). */
function estimatesOf(figures: Record<string, Figure>): string[] {
  return Object.entries(figures)
    .filter(
      ([, f]) => f.from === 'default' && f.source?.label === 'estimate' && f.value !== 0 && f.unit !== 'wan'
    )
    .map(([k]) => k);
}

export function finish(
  input: FinancingInput,
  partial: Partial_,
  build: () => Built,
  every = 1
): FinancingMode {
  const common = {
    ...partial,
    estimates: partial.amount > 0 ? estimatesOf(partial.figures) : []
  };
  if (partial.amount <= 0) {
    return {
      ...common,
      schedule: [],
      flows: [],
      allInRate: null,
      allInSimpleRate: null,
      allInRateBeforeSubsidies: null,
      allInSimpleRateBeforeSubsidies: null,
      possibleAllIn: null,
      totalCost: fen(0),
      subsidies: [],
      subsidyTotal: fen(0)
    };
  }
  const { schedule, flows } = build();
  const basis = basisOf(partial.method, partial.tenorMonths, every);
  const before = allInCost(flows, basis);
  const subsidies = subsidiesFor(
    {
      id: partial.id,
      amount: partial.amount,
      tenorMonths: partial.tenorMonths,
      headlineRate: partial.headlineRate,
      flows,
      schedule
    },
    {
      asOf: input.asOf,
      province: input.province,
      city: input.city,
      lpr: lprFigure(input.asOf).value,
      revenueWan: input.revenueWan
    },
    input.subsidyEntries
  );
  const withSubsidies = [...flows, ...subsidies.flows];
  const after = subsidies.flows.length > 0 ? allInCost(withSubsidies, basis) : before;
  return {
    ...common,
    schedule,
    flows: withSubsidies,
    allInRate: after?.compounded ?? null,
    allInSimpleRate: after?.simple ?? null,
    allInRateBeforeSubsidies: before?.compounded ?? null,
    allInSimpleRateBeforeSubsidies: before?.simple ?? null,
    possibleAllIn: subsidies.possibleFlows ? allInCost([...flows, ...subsidies.possibleFlows], basis) : null,
    totalCost: costOf(flows),
    subsidies: subsidies.lines,
    subsidyTotal: sumFen(subsidies.flows.map((f) => f.amount))
  };
}

/**
 * Why a pledge route has no amount: the IP has no pledgeable value, or it has one and the size cap (revenue × share −
 * loans; 0 without revenue) is what stops it: a start-up is then sent to first-loan channels, not told its IP is
 * worthless.
 */
export function noAmountReason(input: FinancingInput): FitReason {
  return input.amountLimitedBy === 'size_cap' ? 'size_cap_limits' : 'no_pledgeable_value';
}
export const NO_AMOUNT: FitReason[] = ['readiness_blocked', 'no_pledgeable_value', 'size_cap_limits'];

export function fitOf(reasons: FitReason[], hard: FitReason[]): Fit {
  if (reasons.some((r) => hard.includes(r))) return 'unavailable';
  return reasons.length === 0 ? 'good' : 'possible';
}

export function inCities(
  input: FinancingInput,
  cities: readonly { province: string; names: string[] }[]
): boolean {
  return cities.some((c) => c.province === input.province && c.names.some((n) => input.city.includes(n)));
}

export function productFigure(value: number, entry: PolicyEntry<BankProductTerms>): Figure {
  return { value, unit: 'rate', from: 'product', source: entry.source, effectiveFrom: entry.effectiveFrom };
}
