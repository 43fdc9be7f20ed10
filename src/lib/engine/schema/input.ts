import { z } from 'zod';
import { AssetSchema } from './asset';
import { futureDateIssues, isoDate } from './common';
import { EnterpriseSchema } from './enterprise';

/** Options that shape an assessment; each has a default so `{}` is valid. */
export const AssessmentOptionsSchema = z.object({
  /** Loan tenor the enterprise has in mind, years: an asset whose term ends before it cannot be pledged. */
  loanTenorYears: z
    .number({ error: 'err.number' })
    .min(0.25, { error: 'err.min' })
    .max(10, { error: 'err.max' })
    .default(1)
});
export type AssessmentOptions = z.infer<typeof AssessmentOptionsSchema>;

/** The one JSON value `assess()` takes: everything it needs, nothing read from the environment. */
export const AssessmentInputSchema = z
  .object({
    asOf: isoDate,
    enterprise: EnterpriseSchema,
    assets: z.array(AssetSchema).max(500),
    options: AssessmentOptionsSchema.default({ loanTenorYears: 1 })
  })
  .superRefine((input, ctx) => {
    for (const issue of enterpriseDateIssues(input.enterprise, input.asOf)) ctx.addIssue(issue);
    input.assets.forEach((a, i) => {
      for (const issue of assetDateIssues(a, input.asOf))
        ctx.addIssue({ ...issue, path: ['assets', i, ...issue.path] });
      if (a.enterpriseId !== input.enterprise.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['assets', i, 'enterpriseId'],
          message: 'err.foreign_asset',
          input: a.enterpriseId
        });
      }
    });
  });

export type AssessmentInput = z.input<typeof AssessmentInputSchema>;
export type ParsedAssessmentInput = z.output<typeof AssessmentInputSchema>;

type DatedEnterprise = { foundedOn?: string | undefined };
type DatedAsset = {
  filingDate?: string | undefined;
  grantDate?: string | undefined;
  firstPublicationDate?: string | undefined;
  creationDate?: string | undefined;
};

/** A founding date after `asOf` is refused (forms pass today's date, the engine its asOf). */
export function enterpriseDateIssues(e: DatedEnterprise, asOf: string) {
  return futureDateIssues([{ path: ['enterprise', 'foundedOn'], value: e.foundedOn }], asOf);
}

/** Filing, grant, publication and creation dates cannot lie after `asOf`. */
export function assetDateIssues(a: DatedAsset, asOf: string) {
  return futureDateIssues(
    (['filingDate', 'grantDate', 'firstPublicationDate', 'creationDate'] as const).map((k) => ({
      path: [k],
      value: a[k]
    })),
    asOf
  );
}
