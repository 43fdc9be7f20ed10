/**
 * The bank's IP pledge loan: LPR plus a spread, or a regional product's terms (苏知贷, 天府知来贷) for loans within
 * its limits, with a guarantor, the appraisal and the pledge insurance when they apply.
 */
import { fenToWan } from '../../money';
import type { BankProductTerms, FinancingPolicy } from '../../policy/financing';
import { PLEDGE_INSURANCE_PREMIUM } from '../../policy/risk-insurance';
import { inForce, type PolicyEntry } from '../../policy/types';
import type { FinancingInput, FinancingMode, FitReason } from '../mode-types';
import {
  amountOf,
  appraisal,
  base,
  figure,
  finish,
  fitOf,
  flowsOf,
  lprFigure,
  noAmountReason,
  NO_AMOUNT,
  off,
  productFigure,
  yearlyFees
} from '../plumbing';
import { repaymentSchedule } from '../schedule';

export function bankLoan(input: FinancingInput, p: FinancingPolicy): FinancingMode {
  const s = input.settings.bank ?? {};
  const lpr = lprFigure(input.asOf);
  const months = s.tenorMonths ?? input.tenorMonths;
  const amount = amountOf(input.indicativeLoanWan, input.amountWantedWan);
  // A regional product (苏知贷, 天府知来贷) in force here sets the price terms, for loans within its limits.
  const inForceProduct = inForce(p.bankProducts, input.province, input.asOf);
  const product =
    inForceProduct &&
    fenToWan(amount) <= inForceProduct.value.maxAmountWan &&
    months <= inForceProduct.value.maxTenorMonths
      ? inForceProduct
      : null;
  const terms = product?.value ?? null;

  let spread = figure(s.spread, base(p.bankLoan.spread), 'rate');
  if (terms && s.spread === undefined && spread.value > terms.maxSpread)
    spread = productFigure(terms.maxSpread, product as PolicyEntry<BankProductTerms>);
  // Under a product's "no other fees" the firm pays no appraisal, guarantee or premium unless it says so.
  const noFees = terms?.otherFees === 'none';
  const guarantee = s.guarantee ?? terms?.otherFees === 'guarantee_only';
  let guaranteeFee = figure(s.guaranteeFee, base(p.bankLoan.guaranteeFee), 'rate');
  if (
    terms?.maxGuaranteeFee !== undefined &&
    s.guaranteeFee === undefined &&
    guaranteeFee.value > terms.maxGuaranteeFee
  )
    guaranteeFee = productFigure(terms.maxGuaranteeFee, product as PolicyEntry<BankProductTerms>);
  const appraise = s.appraisal ?? !noFees;
  const appraisalFee = figure(s.appraisalFee, base(p.appraisalFee), 'rate');
  const insurance = s.insurance ?? false;
  const premium = figure(s.premiumRate, base(PLEDGE_INSURANCE_PREMIUM), 'rate');
  const rate = lpr.value + spread.value;
  const method = s.method ?? 'interest_only';
  const reasons: FitReason[] = [];
  if (input.readinessBlocked) reasons.push('readiness_blocked');
  if (input.indicativeLoanWan <= 0) reasons.push(noAmountReason(input));
  if (input.amountWantedWan !== null && input.amountWantedWan > input.indicativeLoanWan)
    reasons.push('amount_below_wanted');
  if (inForceProduct && !product) reasons.push('above_product_limits');
  return finish(
    input,
    {
      id: 'bank_pledge_loan',
      fit: fitOf(reasons, NO_AMOUNT),
      reasons,
      amount,
      tenorMonths: months,
      method,
      headlineRate: rate,
      weeksToFunds: p.bankLoan.weeksToFunds.value,
      ipHolder: 'owner_pledged_to_bank',
      pros: ['keeps_ip', 'lowest_rate_policy', 'fast'],
      cons: ['appraisal_fee', 'pledge_registration'],
      product,
      figures: {
        lpr,
        spread,
        rate: {
          value: rate,
          unit: 'rate',
          from: spread.from,
          source: null,
          effectiveFrom: lpr.effectiveFrom
        },
        guaranteeFee: guarantee ? guaranteeFee : off(guaranteeFee),
        appraisalFee: appraise ? appraisalFee : off(appraisalFee),
        premiumRate: insurance ? premium : off(premium),
        tenorMonths: figure(s.tenorMonths, { ...p.bankLoan.tenorMonths, value: input.tenorMonths }, 'months')
      }
    },
    () => {
      const schedule = repaymentSchedule({
        principal: amount,
        annualRate: rate,
        months,
        method,
        interestEveryMonths: 1,
        startsOn: input.asOf
      });
      const extra = [
        ...(guarantee ? yearlyFees(input.asOf, amount, guaranteeFee.value, months, 'guarantee') : []),
        ...(insurance ? yearlyFees(input.asOf, amount, premium.value, months, 'premium') : []),
        ...(appraise ? [appraisal(input.asOf, input.appraisedWan, appraisalFee.value)] : [])
      ];
      return { schedule, flows: flowsOf(input.asOf, amount, schedule, extra) };
    }
  );
}
