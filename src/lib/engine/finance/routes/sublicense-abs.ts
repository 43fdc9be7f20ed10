import { addMonths } from '../../dates';
import { applyRate, fen, fenToWan, roundHalfAwayFromZero, wanToFen } from '../../money';
import type { FinancingPolicy } from '../../policy/financing';
import { pmt } from '../excel';
import type { FinancingInput, FinancingMode, FitReason } from '../mode-types';
import { amountOf, appraisal, base, figure, finish, fitOf, flowsOf, inCities, low, off } from '../plumbing';
import type { ScheduleRow } from '../schedule';

/**
 * Sublicense: the originator pays a lump sum P for an exclusive licence; the owner pays sublicence fees F each
 * period. By default F is the level fee that gives the originator its yield y: F = −PMT(y / f, m, P). The owner's
 * cost is the rate that solves P = Σ F_k / (1 + y/f)^k (facts.md §9 item 10), found from the flows, with the
 * appraisal the lump sum rests on.
 */
export function sublicenseAbs(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.sublicense ?? {};
  const P = p.sublicenseAbs;
  const advance = figure(s.advanceShare, base(P.advanceShare), 'rate');
  const yieldFig = figure(s.impliedYield, base(P.impliedYield), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const every = s.paymentEveryMonths ?? P.paymentEveryMonths.value;
  const lumpWan = s.lumpSumWan ?? input.patentValueWan * advance.value;
  const amount = amountOf(lumpWan, input.amountWantedWan);
  const periods = Math.max(1, Math.ceil(months / every));
  const perFee =
    s.feePerPeriodWan !== undefined
      ? wanToFen(s.feePerPeriodWan)
      : fen(roundHalfAwayFromZero(-pmt((yieldFig.value * every) / 12, periods, amount)));
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.patentValueWan <= 0 && s.lumpSumWan === undefined)
    reasons.push(input.patentsLicensedOut > 0 ? 'exclusive_licence_exists' : 'needs_patent');
  else if (input.patentsLicensedOut > 0) reasons.push('exclusive_licence_exists');
  if (amount > 0 && fenToWan(amount) < P.ticketWan.value.low) reasons.push('below_programme_ticket');
  if (!inCities(input, P.programmeCities.value)) reasons.push('no_programme_in_city');
  const hard: FitReason[] = ['readiness_blocked', 'needs_patent'];
  // Every patent already licensed exclusively or solely: none can be licensed to the originator.
  if (input.patentValueWan <= 0 && s.lumpSumWan === undefined) hard.push('exclusive_licence_exists');
  return finish(
    input,
    {
      id: 'sublicense_abs',
      fit: fitOf(reasons, hard),
      reasons,
      amount,
      tenorMonths: months,
      method: 'equal_instalment',
      headlineRate: yieldFig.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'licensed_to_originator',
      pros: ['keeps_using_patent', 'no_bank_credit_needed', 'longer_tenor'],
      cons: ['exclusive_licence_out', 'fee_schedule_opaque', 'patents_only'],
      product: null,
      figures: {
        advanceShare: advance,
        impliedYield: yieldFig,
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        lumpSumWan: {
          value: fenToWan(amount),
          unit: 'wan',
          from: s.lumpSumWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        feePerPeriodWan: {
          value: fenToWan(perFee),
          unit: 'wan',
          from: s.feePerPeriodWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        paymentEveryMonths: figure(s.paymentEveryMonths, P.paymentEveryMonths, 'months'),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months'),
        ticketMinWan: figure(undefined, low(P.ticketWan), 'wan')
      }
    },
    () => {
      // The fee schedule as rows: each fee split into the part that repays the lump sum and the rest (the cost).
      const rows: ScheduleRow[] = [];
      let balance: number = amount;
      const r = (yieldFig.value * every) / 12;
      for (let k = 1; k <= periods; k++) {
        const interest =
          k === periods ? Math.max(0, perFee - balance) : Math.min(perFee, applyRate(fen(balance), r));
        const principal = k === periods ? balance : Math.min(balance, perFee - interest);
        balance -= principal;
        rows.push({
          period: k,
          date: addMonths(input.asOf, Math.min(months, k * every)),
          principal: fen(principal),
          interest: fen(interest),
          payment: fen(principal + interest),
          balance: fen(balance)
        });
      }
      // The lump sum is a share of the patents' appraised value: those patents are appraised.
      const extra = appraise ? [appraisal(input.asOf, input.patentValueWan, appraisalFee.value)] : [];
      return { schedule: rows, flows: flowsOf(input.asOf, amount, rows, extra) };
    },
    every
  );
}
