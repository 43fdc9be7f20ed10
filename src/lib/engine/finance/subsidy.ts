/**
 * Regional subsidies on a financing mode's own costs. The enterprise's province and city text select the rules
 * (policy/subsidies.ts); a rule out of force at `asOf`, for another mode, or paying someone else is listed with that
 * status and not applied. An applied rule is computed per loan year on the costs it covers, within its caps and
 * never above those costs, and paid as an inflow after the year (`SUBSIDY_PAYOUT_LAG_MONTHS`), so it enters the
 * all-in rate as the money it really is, not as a lower rate.
 */
import { addMonths, type IsoDate } from '../dates';
import { fen, roundHalfAwayFromZero, type Fen } from '../money';
import type { ModeId } from '../policy/financing';
import { SUBSIDIES, SUBSIDY_PAYOUT_LAG_MONTHS, type CostPart, type SubsidyEntry } from '../policy/subsidies';
import { isInForce } from '../policy/types';
import type { CashFlow } from './cost';

/** i18n: `pol.status.<code>` */
export type SubsidyStatus =
  | 'applied'
  | 'expired'
  | 'not_yet_in_force'
  | 'other_mode'
  | 'needs_guarantor'
  | 'pays_someone_else'
  | 'risk_sharing_only'
  | 'no_rule';

export interface SubsidyPayment {
  /** Loan year the payment is for (1-based). */
  year: number;
  date: IsoDate;
  amount: Fen;
  /** The cap bound this year's amount. */
  capped: boolean;
}

export interface SubsidyLine {
  entry: SubsidyEntry;
  status: SubsidyStatus;
  payments: SubsidyPayment[];
  total: Fen;
}

/** What a subsidy needs to know of a mode. */
export interface SubsidizedMode {
  id: ModeId;
  amount: Fen;
  tenorMonths: number;
  headlineRate: number;
  flows: readonly CashFlow[];
}

export interface SubsidyContext {
  asOf: IsoDate;
  province: string;
  city: string;
  /** 1-year LPR at asOf. */
  lpr: number;
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

const KIND_OF: Record<CostPart, CashFlow['kind']> = {
  interest: 'interest',
  guarantee: 'guarantee',
  premium: 'premium',
  appraisal: 'appraisal',
  fee: 'fee'
};
const PARTS = Object.keys(KIND_OF) as CostPart[];
const PART_OF = new Map<CashFlow['kind'], CostPart>(PARTS.map((p) => [KIND_OF[p], p]));

/** The loan year (1-based) a flow falls in: year 1 from the drawdown to the first anniversary, both included. */
function yearOf(date: IsoDate, anniversaries: readonly IsoDate[]): number {
  const i = anniversaries.findIndex((end) => date <= end);
  return i === -1 ? anniversaries.length : i + 1;
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

function statusOf(e: SubsidyEntry, mode: SubsidizedMode, ctx: SubsidyContext): SubsidyStatus | null {
  const rule = e.value.rule;
  if (rule.kind === 'none') {
    return rule.reason === 'pays_lead_team'
      ? 'pays_someone_else'
      : rule.reason === 'risk_sharing_only'
        ? 'risk_sharing_only'
        : 'no_rule';
  }
  if (ctx.asOf < e.effectiveFrom) return 'not_yet_in_force';
  if (!isInForce(e, ctx.asOf)) return 'expired';
  if (!e.value.modes.includes(mode.id)) return 'other_mode';
  if (rule.kind === 'rate_rebate' && rule.needsGuarantor && !mode.flows.some((f) => f.kind === 'guarantee')) {
    return 'needs_guarantor';
  }
  return null;
}

/** Yuan caps in fen. */
const capFen = (yuan: number | undefined) => (yuan === undefined ? Number.POSITIVE_INFINITY : yuan * 100);

/**
 * What is left to repay of each cost part in each loan year, shared by all the rules of a mode: a second rule pays
 * only what the first left, so together they never pay more than the costs (no double funding).
 */
type Ledger = Map<string, number>;

function ledgerOf(mode: SubsidizedMode, asOf: IsoDate): Ledger {
  const ledger: Ledger = new Map();
  const years = Math.ceil(mode.tenorMonths / 12);
  const anniversaries = Array.from({ length: years }, (_, k) => addMonths(asOf, 12 * (k + 1)));
  for (let y = 1; y <= years; y++) for (const part of PARTS) ledger.set(`${y}:${part}`, 0);
  // Each flow is dated once (ISO dates compare as strings), not once per year and cost part.
  for (const f of mode.flows) {
    const part = PART_OF.get(f.kind);
    if (part === undefined) continue;
    const key = `${yearOf(f.date, anniversaries)}:${part}`;
    ledger.set(key, (ledger.get(key) ?? 0) - f.amount);
  }
  return ledger;
}

/** Takes `amount` from the parts' remaining costs in proportion to them. */
function consume(ledger: Ledger, y: number, parts: readonly CostPart[], amount: number): void {
  const left = parts.map((p) => ledger.get(`${y}:${p}`) ?? 0);
  const total = left.reduce((a, b) => a + b, 0);
  if (total <= 0) return;
  parts.forEach((p, i) => ledger.set(`${y}:${p}`, (left[i] as number) * (1 - amount / total)));
}

function yearPayments(
  e: SubsidyEntry,
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  ledger: Ledger
): SubsidyPayment[] {
  const rule = e.value.rule;
  const lag = SUBSIDY_PAYOUT_LAG_MONTHS.value;
  const years = Math.ceil(mode.tenorMonths / 12);
  const out: SubsidyPayment[] = [];
  if (rule.kind === 'award') {
    const cost = mode.flows
      .filter((f) => f.kind !== 'proceeds' && f.kind !== 'principal')
      .reduce((s, f) => s - f.amount, 0);
    const raw = mode.amount * rule.shareOfAmount;
    const amount = Math.min(raw, capFen(rule.capYuanTotal), cost);
    out.push({
      year: 1,
      date: addMonths(ctx.asOf, lag),
      amount: fen(roundHalfAwayFromZero(amount)),
      capped: amount < raw
    });
    return out;
  }
  for (let y = 1; y <= years; y++) {
    if ('maxYears' in rule && rule.maxYears !== undefined && y > rule.maxYears) break;
    const paid = (part: CostPart) => ledger.get(`${y}:${part}`) ?? 0;
    const monthsInYear = Math.min(12, mode.tenorMonths - 12 * (y - 1));
    let raw = 0;
    let bound = 0;
    let cap = Number.POSITIVE_INFINITY;
    if (rule.kind === 'cost_share' || rule.kind === 'tiered_cost_share') {
      const interestFactor =
        rule.kind === 'cost_share' && rule.rateCapLprMultiple !== undefined && mode.headlineRate > 0
          ? Math.min(1, (rule.rateCapLprMultiple * ctx.lpr) / mode.headlineRate)
          : 1;
      const covered = rule.covers.reduce(
        (s, part) => s + paid(part) * (part === 'interest' ? interestFactor : 1),
        0
      );
      const share = rule.kind === 'cost_share' ? rule.share : tieredShare(mode.amount / 100, rule.tiers);
      raw = covered * share;
      bound = rule.covers.reduce((s, part) => s + paid(part), 0);
      cap = Math.min(
        capFen(rule.capYuanPerYear),
        rule.kind === 'cost_share' && rule.capShareOfAmount !== undefined
          ? mode.amount * rule.capShareOfAmount
          : Number.POSITIVE_INFINITY
      );
    } else if (rule.kind === 'rate_rebate') {
      raw = (mode.amount * rule.ratePerYear * monthsInYear) / 12;
      bound = paid('interest');
      cap = capFen(rule.capYuanPerYear);
    }
    const amount = Math.max(0, Math.min(raw, cap, bound));
    if (amount <= 0) continue;
    consume(ledger, y, 'covers' in rule ? rule.covers : ['interest'], amount);
    const yearEnd = addMonths(ctx.asOf, Math.min(12 * y, mode.tenorMonths));
    out.push({
      year: y,
      date: addMonths(yearEnd, lag),
      amount: fen(roundHalfAwayFromZero(amount)),
      capped: cap < Math.min(raw, bound)
    });
  }
  return out;
}

/** Every rule of the place for this mode, applied or with the reason it is not. */
export function subsidyLines(
  mode: SubsidizedMode,
  ctx: SubsidyContext,
  entries: readonly SubsidyEntry[] = SUBSIDIES
): SubsidyLine[] {
  const ledger = ledgerOf(mode, ctx.asOf);
  return rulesForPlace(ctx.province, ctx.city, entries).map((entry) => {
    const status = statusOf(entry, mode, ctx);
    if (status !== null || mode.amount <= 0) {
      return { entry, status: status ?? 'applied', payments: [], total: fen(0) };
    }
    const payments = yearPayments(entry, mode, ctx, ledger);
    return { entry, status: 'applied', payments, total: fen(payments.reduce((s, p) => s + p.amount, 0)) };
  });
}

/** The subsidies' payments as inflows of the borrower. */
export function subsidyFlows(lines: readonly SubsidyLine[]): CashFlow[] {
  return lines.flatMap((l) =>
    l.payments.map((p) => ({ date: p.date, amount: p.amount, kind: 'subsidy' as const }))
  );
}
