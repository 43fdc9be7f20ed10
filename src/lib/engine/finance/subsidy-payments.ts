/**
 * What a subsidy rule pays on a mode's costs: the costs per loan year and cost item, each rule's payments within
 * its caps (never above the costs left unpaid), and one scheme per cost item among the rules that apply.
 */
import { addMonths, monthsOfYears, MONTHS_PER_YEAR, type IsoDate } from '../dates';
import { allocate as allocateFen, fen, roundHalfAwayFromZero, type Fen } from '../money';
import {
  COST_PARTS,
  SUBSIDY_PAYOUT_LAG_MONTHS,
  isUnconfirmed,
  type CostPart,
  type SubsidyEntry
} from '../policy/subsidies';
import type { CashFlow } from './cost';
import type { ScheduleRow } from './schedule';
import type { SubsidizedMode, SubsidyContext, SubsidyPayment } from './subsidy-types';

const KINDS = new Set<string>(COST_PARTS);
const yearsOf = (mode: SubsidizedMode) => Math.ceil(mode.tenorMonths / MONTHS_PER_YEAR);

/** The loan year a cost flow pays for: its own `year`, else the year its date falls in (end of year included). */
function flowYear(f: CashFlow, mode: SubsidizedMode, asOf: IsoDate): number {
  if (f.year !== undefined) return f.year;
  for (let y = 1; y <= yearsOf(mode); y++) if (f.date <= addMonths(asOf, monthsOfYears(y))) return y;
  return yearsOf(mode);
}

/** Cost per loan year and cost item, in fen (positive). */
export type Costs = Map<string, number>;
const key = (y: number, p: CostPart) => `${y}:${p}`;

export function costsOf(mode: SubsidizedMode, asOf: IsoDate): Costs {
  const costs: Costs = new Map();
  for (const f of mode.flows) {
    if (!KINDS.has(f.kind)) continue;
    const k = key(flowYear(f, mode, asOf), f.kind as CostPart);
    costs.set(k, (costs.get(k) ?? 0) - f.amount);
  }
  return costs;
}

function tieredShare(amountYuan: number, tiers: { upToYuan: number | null; share: number }[]): number {
  if (amountYuan <= 0) return 0;
  let from = 0;
  let weighted = 0;
  for (const t of tiers) {
    const to = t.upToYuan === null ? amountYuan : Math.min(amountYuan, t.upToYuan);
    if (to > from) weighted += (to - from) * t.share;
    from = Math.max(from, to);
    if (from >= amountYuan) break;
  }
  return weighted / amountYuan;
}

/** The cost items a rule pays part of; an award is for the financing as a whole (one matter), so all of them. */
export function coversOf(e: SubsidyEntry): CostPart[] {
  const rule = e.value.rule;
  if (rule.kind === 'cost_share' || rule.kind === 'tiered_cost_share') return rule.covers;
  if (rule.kind === 'rate_rebate') return ['interest'];
  return [...COST_PARTS];
}

/** The balance outstanding at the start of each month of the financing, in fen. */
function monthlyBalances(mode: SubsidizedMode, asOf: IsoDate): number[] {
  const out: number[] = [];
  let balance: number = mode.amount;
  let i = 0;
  for (let m = 0; m < mode.tenorMonths; m++) {
    const monthStart = addMonths(asOf, m);
    while (i < mode.schedule.length && (mode.schedule[i] as ScheduleRow).date <= monthStart) {
      balance -= (mode.schedule[i] as ScheduleRow).principal;
      i++;
    }
    out.push(balance);
  }
  return out;
}

const capFen = (yuan: number | undefined) => (yuan === undefined ? Number.POSITIVE_INFINITY : yuan * 100);

/**
 * What `e` pays on `parts`, year by year, out of the costs still unpaid (`left`, which it consumes): within its caps,
 * never above those costs.
 */
export function payments(
  e: SubsidyEntry,
  parts: readonly CostPart[],
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  left: Costs
): SubsidyPayment[] {
  const rule = e.value.rule;
  const caps = e.value.caps;
  const lag = SUBSIDY_PAYOUT_LAG_MONTHS.value;
  const years = yearsOf(mode);
  const out: SubsidyPayment[] = [];
  let paidSoFar = 0;
  const totalCap = Math.min(
    capFen(caps.totalYuan),
    caps.totalShareOfAmount === undefined ? Number.POSITIVE_INFINITY : mode.amount * caps.totalShareOfAmount
  );
  const byRevenue = caps.perYearShareOfRevenue;
  const revenueCap =
    byRevenue && mode.amount > byRevenue.whenAmountOverYuan * 100 && ctx.revenueWan !== null
      ? ctx.revenueWan * 1_000_000 * byRevenue.share
      : Number.POSITIVE_INFINITY;
  const balances = rule.kind === 'rate_rebate' ? monthlyBalances(mode, ctx.asOf) : [];
  for (let y = 1; y <= years; y++) {
    if (caps.maxYears !== undefined && y > caps.maxYears) break;
    // What the rule counts of each unpaid cost item this year: interest above LPR × multiple counts as if at that
    // rate (Beijing: "上浮40%计算"); the other items as they are.
    const interestFactor =
      rule.kind === 'cost_share' && rule.rateCapLprMultiple !== undefined && mode.headlineRate > 0
        ? Math.min(1, (rule.rateCapLprMultiple * ctx.lpr) / mode.headlineRate)
        : 1;
    const counted = parts.map((p) => (left.get(key(y, p)) ?? 0) * (p === 'interest' ? interestFactor : 1));
    const bound = counted.reduce((s, x) => s + x, 0);
    let raw = 0;
    if (rule.kind === 'cost_share' || rule.kind === 'tiered_cost_share') {
      const share = rule.kind === 'cost_share' ? rule.share : tieredShare(mode.amount / 100, rule.tiers);
      raw = bound * share;
    } else if (rule.kind === 'rate_rebate') {
      // Month by month on the balance outstanding, so an amortising loan earns less each year.
      for (let m = monthsOfYears(y - 1); m < Math.min(monthsOfYears(y), balances.length); m++)
        raw += ((balances[m] as number) * rule.ratePerYear) / MONTHS_PER_YEAR;
    } else if (rule.kind === 'award') {
      raw = y === 1 ? mode.amount * rule.shareOfAmount : 0;
    } else if (rule.kind === 'fixed_award') {
      raw = y === 1 ? rule.yuanPerDeal * 100 : 0;
    }
    const cap = Math.min(capFen(caps.perYearYuan), revenueCap, totalCap - paidSoFar);
    const amount = Math.max(0, Math.min(raw, cap, bound));
    const paid = roundHalfAwayFromZero(amount);
    if (paid <= 0) continue;
    // The payment repays each item in proportion to what the rule counts of it, and that much of it is paid.
    for (const [i, p] of parts.entries())
      left.set(key(y, p), (left.get(key(y, p)) ?? 0) - (amount * (counted[i] as number)) / bound);
    const split = allocateFen(fen(paid), counted);
    const byPart: Partial<Record<CostPart, Fen>> = {};
    for (const [i, p] of parts.entries()) if ((split[i] as number) > 0) byPart[p] = split[i] as Fen;
    paidSoFar += paid;
    const yearEnd = addMonths(ctx.asOf, Math.min(monthsOfYears(y), mode.tenorMonths));
    out.push({
      year: y,
      date: addMonths(yearEnd, lag),
      amount: fen(paid),
      capped: cap < Math.min(raw, bound),
      byPart
    });
  }
  return out;
}

export const sum = (ps: readonly SubsidyPayment[]) => ps.reduce((s, p) => s + p.amount, 0);

export interface Allocation {
  parts: CostPart[];
  payments: SubsidyPayment[];
  paidInsteadBy: string | null;
}

/**
 * One scheme per cost item: the rules, richest first (what each pays on its own), each take the cost items no richer
 * rule took; a rule left with none is not stacked. A rule whose text allows it (`stacksWith`) may also pay an item
 * the named rule took, out of what that rule left unpaid.
 */
export function allocate(
  rules: readonly SubsidyEntry[],
  mode: SubsidizedMode,
  ctx: SubsidyContext
): Map<string, Allocation> {
  const costs = costsOf(mode, ctx.asOf);
  const alone = rules.map((e) => ({ e, total: sum(payments(e, coversOf(e), mode, ctx, new Map(costs))) }));
  // Richest first; on a tie a confirmed rule before an unconfirmed one, then by id (a stable order).
  alone.sort(
    (a, b) =>
      b.total - a.total ||
      Number(isUnconfirmed(a.e)) - Number(isUnconfirmed(b.e)) ||
      (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0)
  );
  const takenBy = new Map<CostPart, string>();
  const left = new Map(costs);
  const out = new Map<string, Allocation>();
  for (const { e } of alone) {
    const allowed = new Set(e.value.stacksWith?.ids ?? []);
    const covers = coversOf(e);
    const parts = covers.filter((p) => {
      const taker = takenBy.get(p);
      return taker === undefined || allowed.has(taker);
    });
    if (parts.length === 0) {
      out.set(e.id, {
        parts: covers,
        payments: [],
        paidInsteadBy: takenBy.get(covers[0] as CostPart) ?? null
      });
      continue;
    }
    const ps = payments(e, parts, mode, ctx, left);
    // Left only with items this route does not pay (no fee on a sublicense): the costs it covers are paid by another.
    const other = covers.find((p) => !parts.includes(p));
    const insteadBy = ps.length === 0 && other !== undefined ? (takenBy.get(other) ?? null) : null;
    for (const p of parts) if (!takenBy.has(p)) takenBy.set(p, e.id);
    out.set(e.id, { parts, payments: ps, paidInsteadBy: insteadBy });
  }
  return out;
}
