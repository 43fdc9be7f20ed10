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
import { fen } from '../money';
import { SUBSIDIES, isUnconfirmed, type SubsidyEntry } from '../policy/subsidies';
import { isInForce } from '../policy/types';
import type { CashFlow } from './cost';
import { allocate, costsOf, coversOf, payments, sum, type Allocation } from './subsidy-payments';
import type {
  FailedLimit,
  Subsidies,
  SubsidizedMode,
  SubsidyContext,
  SubsidyLine,
  SubsidyPayment,
  SubsidyStatus
} from './subsidy-types';

export type * from './subsidy-types';

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

/** The rules counted in at least one mode's cost, each once, in the order the modes list them. */
export function appliedSubsidies(modes: readonly { subsidies: readonly SubsidyLine[] }[]): SubsidyEntry[] {
  const applied = new Map<string, SubsidyEntry>();
  for (const m of modes)
    for (const l of m.subsidies)
      if (l.status === 'applied' && !applied.has(l.entry.id)) applied.set(l.entry.id, l.entry);
  return [...applied.values()];
}

/** The lines alone (the policy screen's status per mode). */
export function subsidyLines(
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  entries: readonly SubsidyEntry[] = SUBSIDIES
): SubsidyLine[] {
  return subsidiesFor(mode, ctx, entries).lines;
}
