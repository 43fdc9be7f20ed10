/** Loan securitisation (loan ABS): the IP pledged to a programme's lender, a coupon, fees and a guarantor. */
import { fenToWan } from '../../money';
import type { FinancingPolicy } from '../../policy/financing';
import type { FinancingInput, FinancingMode, FitReason } from '../mode-types';
import {
  amountOf,
  appraisal,
  base,
  figure,
  finish,
  fitOf,
  flowsOf,
  inCities,
  low,
  NO_AMOUNT,
  noAmountReason,
  off,
  yearlyFees
} from '../plumbing';
import { repaymentSchedule } from '../schedule';

export function loanAbs(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.loanAbs ?? {};
  const P = p.loanAbs;
  const coupon = figure(s.coupon, base(P.coupon), 'rate');
  const fees = figure(s.fees, base(P.fees), 'rate');
  const guarantee = s.guarantee ?? true;
  const guaranteeFee = figure(s.guaranteeFee, base(P.guaranteeFee), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const amount = amountOf(input.indicativeLoanWan, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.indicativeLoanWan <= 0) reasons.push(noAmountReason(input));
  if (fenToWan(amount) < P.ticketWan.value.low) reasons.push('below_programme_ticket');
  if (!inCities(input, P.programmeCities.value)) reasons.push('no_programme_in_city');
  return finish(
    input,
    {
      id: 'loan_abs',
      fit: fitOf(reasons, NO_AMOUNT),
      reasons,
      amount,
      tenorMonths: months,
      method: 'interest_only',
      headlineRate: coupon.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['keeps_ip', 'low_coupon', 'larger_amounts'],
      cons: ['wait_for_pool', 'programme_region', 'guarantor_needed'],
      product: null,
      figures: {
        coupon,
        fees,
        guaranteeFee: guarantee ? guaranteeFee : off(guaranteeFee),
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months'),
        ticketMinWan: figure(undefined, low(P.ticketWan), 'wan')
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: coupon.value,
        months,
        method: 'interest_only',
        interestEveryMonths: 3,
        startsOn: input.asOf
      });
      const extra = [
        ...yearlyFees(input.asOf, amount, fees.value, months, 'fee'),
        ...(guarantee ? yearlyFees(input.asOf, amount, guaranteeFee.value, months, 'guarantee') : []),
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    },
    3
  );
}
