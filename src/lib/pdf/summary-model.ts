/**
 * The PDF summary's content from `assess()`'s result: every figure is the engine's, only formatted and
 * translated here, section by section in the order a loan officer reads them. Pure: the translate and number
 * functions come in as arguments (`$_`, `$number` on the screen; intl-messageformat over the same JSON in tests).
 * User text (names, titles) goes in as typed; the layout's font filter deals with characters the font lacks.
 */
import {
  ENGINE_VERSION,
  READINESS_POLICY_VERSION,
  type Asset,
  type AssessmentResult,
  type Enterprise
} from '$lib/engine';
import type { SummaryModel } from './model';
import { applicantSections, type ApplicantFields } from './summary-applicant';
import { financingSections, policySection } from './summary-financing';
import { assumptionsSection, glossarySection, ipSection, methodsSection, totalsSection } from './summary-ip';
import { summaryKit, type FormatNumber, type Translate } from './summary-kit';
import { productsSection, readinessSections } from './summary-readiness';

export interface SummaryInput {
  enterprise: Pick<Enterprise, 'name' | 'creditCode' | 'province' | 'city'> & ApplicantFields;
  assets: readonly Pick<Asset, 'id' | 'title' | 'identifier'>[];
  result: AssessmentResult;
  asOf: string;
  lang: 'zh-CN' | 'en';
  t: Translate;
  num: FormatNumber;
}

export { TOP_ACTIONS } from './summary-readiness';

export function summaryModel(input: SummaryInput): SummaryModel {
  const { enterprise: e, result: r, t } = input;
  const k = summaryKit(input.lang, t, input.num, input.assets);
  const { readiness, blockers, actions } = readinessSections(
    r.readiness,
    t,
    k.f,
    new Map(input.assets.map((x) => [x.id, x.title]))
  );
  const { financing, financingNotes, bars, insurance } = financingSections(r, k);
  // The province when one was chosen (none yet: no region name, not the message key), then the city as typed.
  const region = [e.province ? t(`regions.${e.province}`) : '', e.city].filter((x) => x !== '').join(' ');
  return {
    lang: input.lang,
    title: t('pdfDocument.title'),
    disclaimer: t('pdfDocument.disclaimer'),
    generatedOn: t('pdfDocument.generatedOn', { values: { date: input.asOf } }),
    header: [
      { label: t('pdfDocument.header.name'), value: e.name },
      { label: t('pdfDocument.header.creditCode'), value: e.creditCode || '—' },
      { label: t('pdfDocument.header.region'), value: region },
      { label: t('pdfDocument.header.date'), value: input.asOf }
    ],
    // In the order a credit officer reads an application: who asks, for what, whether it can apply and what to do
    // first; then the IP and the routes; the method and every assumption after them.
    sections: [
      ...applicantSections(e, r, t, k.f),
      readiness,
      blockers,
      actions,
      ipSection(r, input.assets, k),
      totalsSection(r, k),
      productsSection(r, t, k.f, k.titleOf),
      financing,
      financingNotes,
      bars,
      insurance,
      methodsSection(r, k),
      assumptionsSection(r, k),
      glossarySection(t),
      policySection(r, k)
    ],
    footer: t('pdfDocument.footer', {
      values: {
        engine: r.engineVersion || ENGINE_VERSION,
        defaults: r.defaultsVersion,
        readiness: r.readiness.policyVersion || READINESS_POLICY_VERSION,
        financing: r.financing.policyVersion
      }
    }),
    pageLabel: t('pdfDocument.page', { values: { page: '{page}', pages: '{pages}' } })
  };
}
