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
      .join(t('vs.listSep'));
  return {
    kind: 'table',
    title: t('pdfdoc.products.title'),
    note: ps.exceedsCompany
      ? t('val.products.exceed', {
          values: { products: f.m.wan(ps.totalRevenueWan ?? 0), company: f.m.wan(ps.companyRevenueWan ?? 0) }
        })
      : t('pdfdoc.products.note'),
    columns: [
      { title: t('pdfdoc.products.name'), width: 110 },
      { title: t('pdfdoc.products.revenue', { values: { unit: f.m.tableUnit } }), width: 56, align: 'right' },
      { title: t('pdfdoc.products.rights'), width: '*' },
      { title: t('pdfdoc.products.split'), width: 150 }
    ],
    rows: ps.products.map((p) => [
      p.name,
      p.revenueWan === null ? '—' : f.m.tableText(p.revenueWan),
      p.assetIds.map(titleOf).join(t('vs.listSep')),
      shareText(p) || t('pdfdoc.products.alone')
    ]),
    empty: t('pdfdoc.none')
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
  const item = (kind: string, text: string) => t('pdfdoc.readiness.item', { values: { kind, text } });
  return {
    readiness: {
      kind: 'facts',
      title: t('pdfdoc.readiness.title'),
      note: t('pdfdoc.readiness.note'),
      facts: [
        { label: t('pdfdoc.readiness.status'), value: rt.headline(rd) },
        { label: t('ready.grade'), value: t(`ready.gradeName.${rd.grade}`) + (cap ? `\n${cap}` : '') },
        { label: t('ready.score'), value: t('ready.scoreValue', { values: { score: rd.score } }) },
        {
          label: figureName(t, 'indicativeLoan'),
          value: `${rt.loanRange(lr)}\n${rt.limit(lr)}`
        },
        { label: t('ready.documents'), value: t('ready.documentsProgress', { values: rd.documentsReady }) }
      ]
    },
    blockers: {
      kind: 'list',
      title: t('ready.canApply'),
      note: rt.headline(rd),
      items: [
        ...rd.blockersByEffect.stopsLoan.map((x) => item(t('ready.stopsLoan'), rt.blocker(x))),
        ...rd.blockersByEffect.excludesAsset.map((x) => item(t('ready.excludedAssets'), rt.blocker(x))),
        ...rd.cautions.map((c) => item(t('ready.cautions'), rt.caution(c))),
        ...lr.startUp.map((s) => item(t('ready.startUp'), t(`ready.startUpRoute.${s.id}`)))
      ],
      empty: t('pdfdoc.readiness.noBlockers')
    },
    actions: {
      kind: 'list',
      title: t('pdfdoc.readiness.actions', { values: { n: Math.min(TOP_ACTIONS, rd.actions.length) } }),
      items: rd.actions.slice(0, TOP_ACTIONS).map((a) => rt.action(a)),
      empty: t('ready.noActions')
    }
  };
}
