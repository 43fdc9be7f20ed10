import { applyRate } from '../../money';
import type { FinancingPolicy } from '../../policy/financing';
import type { FinancingInput, FinancingMode, FitReason } from '../mode-types';
import { amountOf, appraisal, base, figure, finish, fitOf, flowsOf, off, type Extra } from '../plumbing';
import { repaymentSchedule } from '../schedule';

/**
 * Factoring-debt mode as seed 003 describes it: a core enterprise of a supply chain factors its own receivables
 * and pledges its IP. Only one such deal was issued in 2023, by a central state-owned enterprise: for a small firm
 * it is not a route, and even for a core enterprise it is rare, so it never fits well.
 */
export function factoring(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.factoring ?? {};
  const P = p.factoring;
  const receivables = s.receivablesWan ?? 0;
  const advance = figure(s.advanceRate, base(P.advanceRate), 'rate');
  const coupon = figure(s.coupon, base(P.coupon), 'rate');
  const fees = figure(s.fees, base(P.fees), 'rate');
  const appraise = s.appraisal ?? true;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const months = s.tenorMonths ?? P.tenorMonths.value;
  const amount = amountOf(receivables * advance.value, input.amountWantedWan);
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (receivables <= 0) reasons.push('needs_receivables');
  if (!s.coreEnterprise) reasons.push('core_enterprise_only');
  reasons.push('rare_mode');
  return finish(
    input,
    {
      id: 'factoring',
      fit: fitOf(reasons, ['readiness_blocked', 'needs_receivables', 'core_enterprise_only']),
      reasons,
      amount,
      tenorMonths: months,
      method: 'bullet',
      headlineRate: coupon.value,
      weeksToFunds: P.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_lender',
      pros: ['fast', 'low_coupon', 'repaid_by_customer'],
      cons: ['needs_core_customer', 'short_tenor'],
      product: null,
      figures: {
        receivablesWan: {
          value: receivables,
          unit: 'wan',
          from: s.receivablesWan === undefined ? 'default' : 'user',
          source: null,
          effectiveFrom: null
        },
        advanceRate: advance,
        coupon,
        fees,
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        tenorMonths: figure(s.tenorMonths, P.tenorMonths, 'months')
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: coupon.value,
        months,
        method: 'bullet',
        startsOn: input.asOf
      });
      const extra: Extra[] = [
        { date: input.asOf, amount: applyRate(amount, (fees.value * months) / 12), kind: 'fee', year: 1 },
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    }
  );
}
