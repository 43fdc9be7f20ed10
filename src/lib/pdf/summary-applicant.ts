/**
 * The summary's first page as a credit officer reads an application: who the applicant is (revenue and profit,
 * assets and liabilities, qualifications, credit history and existing loans, the controller, tax and court records),
 * then what it asks for (amount, term, purpose) beside what the IP supports. Every ratio is the engine's
 * (`readiness.profile`); an answer the owner has not given says so instead of guessing.
 */
import type { AssessmentResult, Enterprise } from '$lib/engine';
import { figureName } from '$lib/ui/glossary';
import { readinessTexts } from '$lib/ui/readiness/texts';
import type { Formats } from '$lib/ui/valuation/format';
import type { SummarySection } from './model';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

export type ApplicantFields = Pick<
  Enterprise,
  | 'industry'
  | 'foundedOn'
  | 'employees'
  | 'financials'
  | 'qualifications'
  | 'credit'
  | 'hasHadBankLoan'
  | 'loans'
  | 'taxCreditGrade'
  | 'court'
  | 'controller'
  | 'scenario'
>;

const QUALIFICATIONS = ['highTech', 'specialized', 'littleGiant', 'techSme', 'innovativeSme'] as const;

export function applicantSections(
  e: ApplicantFields,
  r: Pick<AssessmentResult, 'readiness' | 'financing'>,
  t: Translate,
  f: Formats
): SummarySection[] {
  const p = r.readiness.profile;
  const none = t('pdfdoc.applicant.notGiven');
  const wan = (n: number | undefined) => (n === undefined ? none : f.m.wan(n));
  const yesNo = (v: boolean | undefined, yes: string, no: string) =>
    v === undefined ? none : t(`pdfdoc.applicant.${v ? yes : no}`);
  const fin = e.financials;
  const quals = QUALIFICATIONS.filter((q) => e.qualifications[q]).map((q) => t(`ent.qual.${q}`));
  const loans = e.loans.map((l) =>
    t('pdfdoc.applicant.loan', {
      values: {
        lender: l.lender,
        kind: t(`ent.loan.kind.${l.kind}`),
        amount: f.m.wan(l.amountWan),
        until: l.maturesOn ?? '—'
      }
    })
  );
  const applicant: SummarySection = {
    kind: 'facts',
    title: t('pdfdoc.applicant.title'),
    note: t('pdfdoc.applicant.note'),
    facts: [
      {
        label: t('pdfdoc.applicant.founded'),
        value:
          e.foundedOn && p.operatingYears !== null
            ? t('pdfdoc.applicant.foundedValue', {
                values: { date: e.foundedOn, years: f.years(p.operatingYears) }
              })
            : none
      },
      { label: t('pdfdoc.applicant.industry'), value: t(`ent.industry.${e.industry}`) },
      {
        label: t('pdfdoc.applicant.employees'),
        value: e.employees === undefined ? none : String(e.employees)
      },
      { label: t('pdfdoc.applicant.revenue'), value: wan(fin.revenueWan) },
      { label: t('pdfdoc.applicant.profit'), value: wan(fin.netProfitWan) },
      { label: t('pdfdoc.applicant.assets'), value: wan(fin.totalAssetsWan) },
      { label: t('pdfdoc.applicant.liabilities'), value: wan(fin.totalLiabilitiesWan) },
      { label: t('pdfdoc.applicant.leverage'), value: p.leverage === null ? none : f.pct(p.leverage) },
      {
        label: t('pdfdoc.applicant.rd'),
        value:
          fin.rdSpendingWan === undefined
            ? none
            : p.rdRatio === null
              ? wan(fin.rdSpendingWan)
              : t('pdfdoc.applicant.rdValue', {
                  values: { amount: f.m.wan(fin.rdSpendingWan), ratio: f.pct(p.rdRatio) }
                })
      },
      {
        label: t('pdfdoc.applicant.qualifications'),
        value: quals.length ? quals.join(t('vs.listSep')) : t('pdfdoc.applicant.noQualification')
      },
      {
        label: t('pdfdoc.applicant.bankHistory'),
        value: t(e.hasHadBankLoan ? 'pdfdoc.applicant.hadLoan' : 'pdfdoc.applicant.firstLoan')
      },
      {
        label: t('pdfdoc.applicant.loans'),
        value: loans.length
          ? `${t('pdfdoc.applicant.loansTotal', { values: { n: loans.length, amount: f.m.wan(p.existingLoansWan) } })}\n${loans.join('\n')}`
          : t('pdfdoc.applicant.noLoans')
      },
      {
        label: t('pdfdoc.applicant.overdue'),
        value: t(
          e.credit.currentOverdue
            ? 'pdfdoc.applicant.overdueNow'
            : e.credit.overdueLast2Years
              ? 'pdfdoc.applicant.overdueRecent'
              : 'pdfdoc.applicant.overdueNone'
        )
      },
      {
        label: t('pdfdoc.applicant.taxGrade'),
        value: e.taxCreditGrade === undefined ? none : t(`ent.taxGrade.${e.taxCreditGrade}`)
      },
      {
        label: t('pdfdoc.applicant.court'),
        value:
          e.court.enforcement === undefined && e.court.dishonest === undefined
            ? none
            : [
                yesNo(e.court.enforcement, 'enforcementYes', 'enforcementNo'),
                yesNo(e.court.dishonest, 'dishonestYes', 'dishonestNo')
              ].join(t('vs.listSep'))
      },
      {
        label: t('pdfdoc.applicant.controller'),
        value: [
          yesNo(e.controller.guarantee, 'guaranteeYes', 'guaranteeNo'),
          yesNo(e.controller.personalCreditClean, 'personalCreditClean', 'personalCreditIssue')
        ].join(t('vs.listSep'))
      }
    ]
  };
  const rd = r.readiness;
  const range = rd.loanRange;
  const texts = readinessTexts(t, f, new Map(), { isolateText: false });
  const cheapest = r.financing.modes.find((m) => m.id === r.financing.cheapest) ?? null;
  const request: SummarySection = {
    kind: 'facts',
    title: t('pdfdoc.request.title'),
    facts: [
      {
        label: t('pdfdoc.request.amount'),
        value:
          e.scenario.amountWantedWan === undefined
            ? t('pdfdoc.request.amountOpen')
            : f.m.wan(e.scenario.amountWantedWan)
      },
      {
        label: t('pdfdoc.request.term'),
        value: t('pdfdoc.request.termValue', { values: { years: e.scenario.loanTenorYears } })
      },
      { label: t('pdfdoc.request.purpose'), value: t(`vs.scenario.purposes.${e.scenario.purpose}`) },
      {
        label: figureName(t, 'indicativeLoan'),
        value: range.highWan <= 0 ? texts.limit(range) : `${texts.loanRange(range)}\n${texts.limit(range)}`
      },
      {
        label: t('pdfdoc.request.route'),
        value: cheapest
          ? t('pdfdoc.request.routeValue', {
              values: { mode: t(`fin.mode.${cheapest.id}`), rate: f.pct(cheapest.allInRate ?? 0) }
            })
          : t('fin.noneFits')
      }
    ]
  };
  return [applicant, request];
}
