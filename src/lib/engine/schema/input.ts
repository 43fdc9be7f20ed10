import { z } from 'zod';
import { AssetSchema } from './asset';
import { isoDate } from './common';
import { DEFAULT_LOAN_TENOR_YEARS, loanTenorYears } from './scenario';
import { EnterpriseSchema } from './enterprise';
import { assetDateIssues, enterpriseDateIssues } from './validate';

/**
 * Options that shape an assessment; each has a default so `{}` is valid. Left out, they come from the enterprise's
 * stored scenario (its loan tenor).
 */
export const AssessmentOptionsSchema = z.object({
  /** Loan tenor the enterprise has in mind, years: an asset whose term ends before it cannot be pledged. */
  loanTenorYears: loanTenorYears.default(DEFAULT_LOAN_TENOR_YEARS)
});
export type AssessmentOptions = z.infer<typeof AssessmentOptionsSchema>;

/** The most assets one assessment takes. */
export const MAX_ASSETS = 500;

/** The one JSON value `assess()` takes: everything it needs, nothing read from the environment. */
export const AssessmentInputSchema = z
  .object({
    asOf: isoDate,
    enterprise: EnterpriseSchema,
    assets: z.array(AssetSchema).max(MAX_ASSETS),
    options: AssessmentOptionsSchema.optional()
  })
  .superRefine((input, ctx) => {
    // The same date rules as validateEnterprise / validateAsset, with the record's place in the input as prefix.
    for (const issue of enterpriseDateIssues(input.enterprise, input.asOf))
      ctx.addIssue({ ...issue, path: ['enterprise', ...issue.path] });
    input.assets.forEach((a, i) => {
      for (const issue of assetDateIssues(a, input.asOf))
        ctx.addIssue({ ...issue, path: ['assets', i, ...issue.path] });
      if (a.enterpriseId !== input.enterprise.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['assets', i, 'enterpriseId'],
          message: 'errors.foreign_asset',
          input: a.enterpriseId
        });
      }
    });
  })
  .transform(({ options, ...input }) => ({
    ...input,
    options: options ?? { loanTenorYears: input.enterprise.scenario.loanTenorYears }
  }));

export type AssessmentInput = z.input<typeof AssessmentInputSchema>;
export type ParsedAssessmentInput = z.output<typeof AssessmentInputSchema>;
