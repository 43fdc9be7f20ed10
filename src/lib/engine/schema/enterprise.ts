import { z } from 'zod';
import { validateUscc } from '../identifiers';
import { isoDate, requiredText, shortText, signedWan, timestamp, wan } from './common';
import { ValuationSettingsSchema } from '../valuation/schema';
import { DEFAULT_SCENARIO, ScenarioSchema } from './scenario';
import { DOCUMENT_IDS } from '../policy/readiness';
import { FinancingSettingsSchema } from '../finance/settings';

import { INDUSTRIES } from './industry';
export { INDUSTRIES, type Industry } from './industry';

export const LOAN_KINDS = ['credit', 'mortgage', 'guaranteed', 'ip_pledge', 'other'] as const;

export const LoanSchema = z.object({
  id: z.string().min(1),
  lender: shortText(60),
  kind: z.enum(LOAN_KINDS),
  amountWan: wan,
  maturesOn: isoDate.optional()
});
export type Loan = z.infer<typeof LoanSchema>;

export const QualificationsSchema = z.object({
  /** 高新技术企业 (also lowers income tax to 15 %) */
  highTech: z.boolean(),
  /** 专精特新中小企业 */
  specialized: z.boolean(),
  /** 专精特新"小巨人" */
  littleGiant: z.boolean(),
  /** 科技型中小企业 */
  techSme: z.boolean(),
  /** 创新型中小企业 */
  innovativeSme: z.boolean()
});

export const FinancialsSchema = z.object({
  /** Last year's revenue, 万元 */
  revenueWan: wan.optional(),
  netProfitWan: signedWan.optional(),
  totalAssetsWan: wan.optional(),
  totalLiabilitiesWan: wan.optional(),
  rdSpendingWan: wan.optional()
});

export const CreditRecordSchema = z.object({
  overdueLast2Years: z.boolean(),
  currentOverdue: z.boolean()
});

/**
 * 纳税信用等级 as the tax bureau publishes it (A, B, M, C, D), or not rated yet (a firm in its first tax year).
 * Banks' 银税互动 loans start from it.
 */
export const TAX_CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D', 'unrated'] as const;
export type TaxCreditGrade = (typeof TAX_CREDIT_GRADES)[number];

/**
 * What a credit officer asks about the actual controller (实际控制人) first: will they guarantee the loan in person
 * (joint liability), and is their personal credit report clean. Each is left out until answered.
 */
export const ControllerSchema = z.object({
  guarantee: z.boolean({ error: 'errors.choice' }).optional(),
  personalCreditClean: z.boolean({ error: 'errors.choice' }).optional()
});

/**
 * Court records of the enterprise (中国执行信息公开网): listed as a judgment debtor under enforcement (被执行人), or
 * as a dishonest judgment debtor (失信被执行人). Left out until answered.
 */
export const CourtRecordSchema = z.object({
  enforcement: z.boolean({ error: 'errors.choice' }).optional(),
  dishonest: z.boolean({ error: 'errors.choice' }).optional()
});

/**
 * A product or product line of the enterprise, with last year's revenue: the rights that serve the same product
 * share its royalty in the income approach (database version 5).
 */
export const ProductSchema = z.object({
  id: z.string().min(1),
  name: requiredText(60),
  /** Last year's revenue of the product, 万元 */
  revenueWan: wan.optional()
});
export type Product = z.infer<typeof ProductSchema>;

export const EnterpriseSchema = z.object({
  id: z.string().min(1),
  name: requiredText(100),
  /** 统一社会信用代码; empty when not given, validated (GB 32100-2015) when given. Stored normalized. */
  creditCode: z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return '';
      const r = validateUscc(s);
      if (r.ok) return r.normalized;
      ctx.addIssue({ code: 'custom', message: `identifier.${r.code}`, input: s });
      return z.NEVER;
    }),
  province: shortText(20),
  city: shortText(30),
  industry: z.enum(INDUSTRIES, { error: 'errors.choice' }),
  foundedOn: isoDate.optional(),
  employees: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.integer' })
    .min(0, { error: 'errors.min' })
    .max(1_000_000, { error: 'errors.max' })
    .optional(),
  financials: FinancialsSchema,
  credit: CreditRecordSchema,
  qualifications: QualificationsSchema,
  /** False makes the firm a 首贷 (first bank loan) candidate. */
  hasHadBankLoan: z.boolean(),
  loans: z.array(LoanSchema).max(50),
  /** Enterprise-level valuation overrides. */
  valuationSettings: ValuationSettingsSchema.default({}),
  /** The financing in view: loan tenor, amount, purpose (database version 3; older records get the default). */
  scenario: ScenarioSchema.default(DEFAULT_SCENARIO),
  /** The readiness checklist's ticks: documents the enterprise has ready (database version 4). */
  documentsReady: z
    .array(z.enum(DOCUMENT_IDS, { error: 'errors.choice' }))
    .max(DOCUMENT_IDS.length)
    .default([]),
  /** The user's own rates, fees and tenors for the financing modes (database version 4); {} = the defaults. */
  financingSettings: FinancingSettingsSchema.default({}),
  /** The enterprise's products with their revenue; assets link to them (database version 5). */
  products: z
    .array(ProductSchema)
    .max(50, { error: 'errors.too_long' })
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { error: 'errors.duplicate_id' })
    .default([]),
  /** The actual controller's guarantee and personal credit (database version 5; {} = not answered). */
  controller: ControllerSchema.default({}),
  /** 纳税信用等级; not answered when missing (database version 5). */
  taxCreditGrade: z.enum(TAX_CREDIT_GRADES, { error: 'errors.choice' }).optional(),
  /** Court enforcement and 失信 listing (database version 5; {} = not answered). */
  court: CourtRecordSchema.default({}),
  notes: shortText(2000),
  createdAt: timestamp,
  updatedAt: timestamp
});

export type Enterprise = z.infer<typeof EnterpriseSchema>;
export type EnterpriseInput = z.input<typeof EnterpriseSchema>;
