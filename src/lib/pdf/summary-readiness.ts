/**
 * The summary's products table and readiness sections: the engine's figures in the same sentences as the screens
 * (`$lib/ui/readiness/texts.ts`), user text as typed (the PDF's font filter deals with it).
 */
import type { AssessmentResult, Readiness } from '$lib/engine';
import { figureName } from '$lib/ui/glossary';
import { readinessTexts } from '$lib/ui/readiness/texts';
import type { Formats } from '$lib/ui/valuation/format';
import type { SummarySection } from './model';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

/** How many actions the summary lists (the screen ranks them; the first ones matter most). */
export const TOP_ACTIONS = 5;

/** Each product once, its revenue, the rights that serve it and each one's share of its royalty. */
export function productsSection(
  r: Pick<AssessmentResult, 'products'>,
  t: Translate,
  f: Formats,
  titleOf: (id: string) => string
): SummarySection {
  const ps = r.products;
  const shareText = (p: (typeof ps.products)[number]) =>
    p.splits
      .flatMap((sp) =>
        sp.members.length > 1 ? sp.members.map((m) => `${titleOf(m.assetId)} ${f.pct(m.share)}`) : []
      )
      .join(t('valuationScreen.listSep'));
  return {
    kind: 'table',
    title: t('pdfDocument.products.title'),
    note: ps.exceedsCompany
      ? t('valuation.products.exceed', {
          values: { products: f.m.wan(ps.totalRevenueWan ?? 0), company: f.m.wan(ps.companyRevenueWan ?? 0) }
        })
      : t('pdfDocument.products.note'),
    columns: [
      { title: t('pdfDocument.products.name'), width: 110 },
      {
        title: t('pdfDocument.products.revenue', { values: { unit: f.m.tableUnit } }),
        width: 56,
        align: 'right'
      },
      { title: t('pdfDocument.products.rights'), width: '*' },
      { title: t('pdfDocument.products.split'), width: 150 }
    ],
    rows: ps.products.map((p) => [
      p.name,
      p.revenueWan === null ? '—' : f.m.tableText(p.revenueWan),
      p.assetIds.map(titleOf).join(t('valuationScreen.listSep')),
      shareText(p) || t('pdfDocument.products.alone')
    ]),
    empty: t('pdfDocument.none')
  };
}

/**
 * Readiness in three sections: the facts (whether the enterprise can apply, in the screens' sentence; the grade and
 * what caps it; the score; the amount and what limits it; the documents), "能否申请" (what stops the loan, what is left
 * out, what the bank will ask, where a start-up can begin) and the top actions.
 */
export function readinessSections(
  rd: Readiness,
  t: Translate,
  f: Formats,
  titles: Map<string, string>
): { readiness: SummarySection; blockers: SummarySection; actions: SummarySection } {
  const lr = rd.loanRange;
  const rt = readinessTexts(t, f, titles, { isolateText: false });
  const cap = rt.gradeCap(rd);
  const item = (kind: string, text: string) => t('pdfDocument.readiness.item', { values: { kind, text } });
  return {
    readiness: {
      kind: 'facts',
      title: t('pdfDocument.readiness.title'),
      note: t('pdfDocument.readiness.note'),
      facts: [
        { label: t('pdfDocument.readiness.status'), value: rt.headline(rd) },
        {
          label: t('readiness.grade'),
          value: t(`readiness.gradeName.${rd.grade}`) + (cap ? `\n${cap}` : '')
        },
        { label: t('readiness.score'), value: t('readiness.scoreValue', { values: { score: rd.score } }) },
        {
          label: figureName(t, 'indicativeLoan'),
          value: `${rt.loanRange(lr)}\n${rt.limit(lr)}`
        },
        {
          label: t('readiness.documents'),
          value: t('readiness.documentsProgress', { values: rd.documentsReady })
        }
      ]
    },
    blockers: {
      kind: 'list',
      title: t('readiness.canApply'),
      note: rt.headline(rd),
      items: [
        ...rd.blockersByEffect.stopsLoan.map((x) => item(t('readiness.stopsLoan'), rt.blocker(x))),
        ...rd.blockersByEffect.excludesAsset.map((x) => item(t('readiness.excludedAssets'), rt.blocker(x))),
        ...rd.cautions.map((c) => item(t('readiness.cautions'), rt.caution(c))),
        ...lr.startUp.map((s) => item(t('readiness.startUp'), t(`readiness.startUpRoute.${s.id}`)))
      ],
      empty: t('pdfDocument.readiness.noBlockers')
    },
    actions: {
      kind: 'list',
      title: t('pdfDocument.readiness.actions', { values: { n: Math.min(TOP_ACTIONS, rd.actions.length) } }),
      items: rd.actions.slice(0, TOP_ACTIONS).map((a) => rt.action(a)),
      empty: t('readiness.noActions')
    }
  };
}
