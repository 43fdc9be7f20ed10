/**
 * Regional subsidies on a financing mode's own costs (docs/readiness-and-financing.md §8). The enterprise's province
 * and city text select the rules (policy/subsidies.ts). Each rule is then, for this mode:
 *   not counted   out of force at `asOf`, for another mode, paying someone else (`recipient`), a checkable
 *                 condition failing, or only sharing risk: listed with that status;
 *   unconfirmed   known only from a secondary copy: computed as a possible effect, never in the headline;
 *   applied       computed per loan year on the costs it covers, within its caps over the periods they name, and
 *                 paid as an inflow after the year (`SUBSIDY_PAYOUT_LAG_MONTHS`), so it enters the all-in rate as the
 *                 money it really is, not as a lower rate;
 *   not stacked   another scheme pays the same costs: one scheme per cost item, the one that pays more in total,
 *                 unless a rule's own text lets it be counted beside the other (`stacksWith`);
 *   no cost       it applies, but the route has none of the costs it pays part of.
 */
import { addMonths, type IsoDate } from '../dates';
import { allocate as allocateFen, fen, roundHalfAwayFromZero, type Fen } from '../money';
import type { ModeId } from '../policy/financing';
import {
  COST_PARTS,
  SUBSIDIES,
  SUBSIDY_PAYOUT_LAG_MONTHS,
  isUnconfirmed,
  type CostPart,
  type SubsidyEntry
} from '../policy/subsidies';
import { isInForce } from '../policy/types';
import type { CashFlow } from './cost';
import type { ScheduleRow } from './schedule';

/** i18n: `pol.status.<code>` */
export type SubsidyStatus =
  | 'applied'
  | 'unconfirmed'
  | 'not_stacked'
  | 'no_cost'
  | 'expired'
  | 'not_yet_in_force'
  | 'other_mode'
  | 'needs_guarantor'
  | 'not_recipient'
  | 'condition_not_met'
  | 'needs_revenue'
  | 'risk_sharing_only'
  | 'no_rule';

/** A checkable condition that failed. i18n: `pol.limit.<code>` */
export type FailedLimit = 'revenue' | 'amount' | 'tenor';

export interface SubsidyPayment {
  /** Loan year the payment is for (1-based). */
  year: number;
  date: IsoDate;
  amount: Fen;
  /** A cap bound this year's amount. */
  capped: boolean;
  /** The amount by cost item it repays (sums to `amount`). */
  byPart: Partial<Record<CostPart, Fen>>;
}

export interface SubsidyLine {
  entry: SubsidyEntry;
  status: SubsidyStatus;
  /** Payments counted in the mode's cost (status 'applied'); empty otherwise. */
  payments: SubsidyPayment[];
  total: Fen;
  /** The cost items this line pays for, or would pay for. */
  parts: CostPart[];
  /**
   * What the rule would pay: if it were confirmed ('unconfirmed', beside the confirmed rules), or on its own
   * ('not_stacked'); 0 for the other statuses.
   */
  wouldPay: Fen;
  /** The rule that pays the same costs instead (status 'not_stacked'). */
  paidInsteadBy: string | null;
  /** The condition that failed (status 'condition_not_met'). */
  failed: FailedLimit | null;
}

/** What a subsidy needs to know of a mode. */
export interface SubsidizedMode {
  id: ModeId;
  amount: Fen;
  tenorMonths: number;
  headlineRate: number;
  /** The borrower's cost flows, each with the loan year it pays for (`CashFlow.year`). */
  flows: readonly CashFlow[];
  /** The repayment schedule (a rate rebate runs on the balance outstanding). */
  schedule: readonly ScheduleRow[];
}

export interface SubsidyContext {
  asOf: IsoDate;
  province: string;
  city: string;
  /** 1-year LPR at asOf. */
  lpr: number;
  /** Last year's revenue, 万元; null when not given. */
  revenueWan: number | null;
}

/** The rules of this place: the province's (matching any city, district or zone name they need) and national. */
export function rulesForPlace(
  province: string,
  city: string,
  entries: readonly SubsidyEntry[] = SUBSIDIES
): SubsidyEntry[] {
  const text = city.toLowerCase();
  return entries.filter(
    (e) =>
      (e.region === 'national' || e.region === province) &&
      (e.value.placeNames.length === 0 || e.value.placeNames.some((n) => text.includes(n.toLowerCase())))
  );
}

const KINDS = new Set<string>(COST_PARTS);
const yearsOf = (mode: SubsidizedMode) => Math.ceil(mode.tenorMonths / 12);

/** The loan year a cost flow pays for: its own `year`, else the year its date falls in (end of year included). */
function flowYear(f: CashFlow, mode: SubsidizedMode, asOf: IsoDate): number {
  if (f.year !== undefined) return f.year;
  for (let y = 1; y <= yearsOf(mode); y++) if (f.date <= addMonths(asOf, 12 * y)) return y;
  return yearsOf(mode);
}

/** Cost per loan year and cost item, in fen (positive). */
type Costs = Map<string, number>;
const key = (y: number, p: CostPart) => `${y}:${p}`;

function costsOf(mode: SubsidizedMode, asOf: IsoDate): Costs {
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
function coversOf(e: SubsidyEntry): CostPart[] {
  const rule = e.value.rule;
  if (rule.kind === 'cost_share' || rule.kind === 'tiered_cost_share') return rule.covers;
  if (rule.kind === 'rate_rebate') return ['interest'];
  return [...COST_PARTS];
}

/** Why the rule is not counted for this mode, or null when it is (confirmed or not). */
function statusOf(
  e: SubsidyEntry,
  mode: SubsidizedMode,
  ctx: SubsidyContext
): { status: SubsidyStatus; failed?: FailedLimit } | null {
  const v = e.value;
  const rule = v.rule;
  if (rule.kind === 'none') return { status: rule.reason };
  if (ctx.asOf < e.effectiveFrom) return { status: 'not_yet_in_force' };
  if (!isInForce(e, ctx.asOf)) return { status: 'expired' };
  if (!v.modes.includes(mode.id)) return { status: 'other_mode' };
  // A firm that borrows or is pooled is not the issuer of the securitisation, nor its lead team.
  if (v.recipient !== 'borrower') return { status: 'not_recipient' };
  const lim = v.limits;
  if (lim?.maxRevenueWan !== undefined && ctx.revenueWan !== null && ctx.revenueWan > lim.maxRevenueWan)
    return { status: 'condition_not_met', failed: 'revenue' };
  if (lim?.maxAmountWan !== undefined && mode.amount > lim.maxAmountWan * 1_000_000)
    return { status: 'condition_not_met', failed: 'amount' };
  if (lim?.maxTenorMonths !== undefined && mode.tenorMonths > lim.maxTenorMonths)
    return { status: 'condition_not_met', failed: 'tenor' };
  if (rule.kind === 'rate_rebate' && rule.needsGuarantor && !mode.flows.some((f) => f.kind === 'guarantee'))
    return { status: 'needs_guarantor' };
  const byRevenue = v.caps.perYearShareOfRevenue;
  if (byRevenue && mode.amount > byRevenue.whenAmountOverYuan * 100 && ctx.revenueWan === null)
    return { status: 'needs_revenue' };
  return null;
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
function payments(
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
      for (let m = 12 * (y - 1); m < Math.min(12 * y, balances.length); m++)
        raw += ((balances[m] as number) * rule.ratePerYear) / 12;
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
    const yearEnd = addMonths(ctx.asOf, Math.min(12 * y, mode.tenorMonths));
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

const sum = (ps: readonly SubsidyPayment[]) => ps.reduce((s, p) => s + p.amount, 0);

interface Allocation {
  parts: CostPart[];
  payments: SubsidyPayment[];
  paidInsteadBy: string | null;
}

/**
 * One scheme per cost item: the rules, richest first (what each pays on its own), each take the cost items no richer
 * rule took; a rule left with none is not stacked. A rule whose text allows it (`stacksWith`) may also pay an item
 * the named rule took, out of what that rule left unpaid.
 */
function allocate(
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

export interface Subsidies {
  /** Every rule of the place for this mode, applied or with the reason it is not. */
  lines: SubsidyLine[];
  /** Payments counted in the headline (confirmed rules only). */
  flows: CashFlow[];
  /** Payments if the unconfirmed rules were confirmed too; null when there are none that would pay. */
  possibleFlows: CashFlow[] | null;
}

function asFlows(ps: readonly SubsidyPayment[]): CashFlow[] {
  return ps.map((p) => ({ date: p.date, amount: p.amount, kind: 'subsidy' as const, year: p.year }));
}

/** The place's rules for this mode: what is counted, what might be, and why the rest is not. */
export function subsidiesFor(
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  entries: readonly SubsidyEntry[] = SUBSIDIES
): Subsidies {
  const rules = rulesForPlace(ctx.province, ctx.city, entries);
  const statuses = new Map(rules.map((e) => [e.id, statusOf(e, mode, ctx)]));
  const eligible = mode.amount > 0 ? rules.filter((e) => statuses.get(e.id) === null) : [];
  const confirmed = eligible.filter((e) => !isUnconfirmed(e));
  const headline = allocate(confirmed, mode, ctx);
  const hasUnconfirmed = eligible.length > confirmed.length;
  const possible = hasUnconfirmed ? allocate(eligible, mode, ctx) : null;

  const lines = rules.map((entry): SubsidyLine => {
    const blank = { entry, payments: [], total: fen(0), wouldPay: fen(0), paidInsteadBy: null, failed: null };
    const s = statuses.get(entry.id);
    if (s) return { ...blank, status: s.status, parts: coversOf(entry), failed: s.failed ?? null };
    if (mode.amount <= 0) return { ...blank, status: 'applied', parts: coversOf(entry) };
    if (isUnconfirmed(entry)) {
      const a = possible?.get(entry.id);
      return {
        ...blank,
        status: 'unconfirmed',
        parts: a?.parts ?? coversOf(entry),
        wouldPay: fen(sum(a?.payments ?? [])),
        paidInsteadBy: a?.paidInsteadBy ?? null
      };
    }
    const a = headline.get(entry.id) as Allocation;
    if (a.paidInsteadBy !== null) {
      const alone = payments(entry, coversOf(entry), mode, ctx, costsOf(mode, ctx.asOf));
      return {
        ...blank,
        status: 'not_stacked',
        parts: a.parts,
        wouldPay: fen(sum(alone)),
        paidInsteadBy: a.paidInsteadBy
      };
    }
    // Applies, but this route has none of the costs it pays part of (no appraisal or fee to repay).
    if (a.payments.length === 0) return { ...blank, status: 'no_cost', parts: a.parts };
    return { ...blank, status: 'applied', parts: a.parts, payments: a.payments, total: fen(sum(a.payments)) };
  });
  const flows = asFlows([...headline.values()].flatMap((a) => a.payments));
  const possibleFlows = possible ? asFlows([...possible.values()].flatMap((a) => a.payments)) : null;
  // The possible effect is worth showing only when the unconfirmed rules change what is paid.
  const paid = (fs: readonly CashFlow[]) => fs.reduce((s, f) => s + f.amount, 0);
  const changes = possibleFlows !== null && paid(possibleFlows) !== paid(flows);
  return { lines, flows, possibleFlows: changes ? possibleFlows : null };
}

/** The lines alone (the policy screen's status per mode). */
export function subsidyLines(
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  entries: readonly SubsidyEntry[] = SUBSIDIES
): SubsidyLine[] {
  return subsidiesFor(mode, ctx, entries).lines;
}
