/**
 * The user's own figures for the financing modes: every field optional, a missing one means "the default" (with its
 * source in policy/financing.ts). Rates are decimals; amounts 万元; tenors whole months.
 */
import { z } from 'zod';
import { REPAYMENT_METHODS } from './schedule';

const rate = (max: number) =>
  z
    .number({ error: 'errors.number' })
    .min(0, { error: 'errors.min' })
    .max(max, { error: 'errors.max' })
    .optional();
const months = z
  .number({ error: 'errors.number' })
  .int({ error: 'errors.integer' })
  .min(1, { error: 'errors.min' })
  .max(120, { error: 'errors.max' })
  .optional();
const wan = z
  .number({ error: 'errors.number' })
  .min(0, { error: 'errors.min' })
  .max(1_000_000, { error: 'errors.max' })
  .optional();

export const FinancingSettingsSchema = z.object({
  bank: z
    .object({
      spread: rate(0.2),
      guarantee: z.boolean().optional(),
      guaranteeFee: rate(0.1),
      appraisal: z.boolean().optional(),
      appraisalFee: rate(0.1),
      /** Pledge-financing guarantee insurance (保证保险) bought by the borrower. */
      insurance: z.boolean().optional(),
      premiumRate: rate(0.2),
      tenorMonths: months,
      method: z.enum(REPAYMENT_METHODS, { error: 'errors.choice' }).optional()
    })
    .optional(),
  loanAbs: z
    .object({
      coupon: rate(0.2),
      /** Originator's spread and programme costs, %/yr (the guarantee and the appraisal are apart). */
      fees: rate(0.1),
      guarantee: z.boolean().optional(),
      guaranteeFee: rate(0.1),
      appraisal: z.boolean().optional(),
      appraisalFee: rate(0.1),
      tenorMonths: months
    })
    .optional(),
  sublicense: z
    .object({
      advanceShare: rate(1),
      impliedYield: rate(0.3),
      lumpSumWan: wan,
      feePerPeriodWan: wan,
      paymentEveryMonths: z.union([z.literal(1), z.literal(3), z.literal(6)]).optional(),
      appraisal: z.boolean().optional(),
      appraisalFee: rate(0.1),
      tenorMonths: months
    })
    .optional(),
  factoring: z
    .object({
      receivablesWan: wan,
      advanceRate: rate(1),
      coupon: rate(0.2),
      fees: rate(0.1),
      appraisal: z.boolean().optional(),
      appraisalFee: rate(0.1),
      /** The firm is a core enterprise of a supply chain, factoring its own receivables (seed 003's mode). */
      coreEnterprise: z.boolean().optional(),
      tenorMonths: months
    })
    .optional()
});
export type FinancingSettings = z.infer<typeof FinancingSettingsSchema>;
