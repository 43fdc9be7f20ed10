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
  const none = t('pdfDocument.applicant.notGiven');
  const wan = (n: number | undefined) => (n === undefined ? none : f.m.wan(n));
  const yesNo = (v: boolean | undefined, yes: string, no: string) =>
    v === undefined ? none : t(`pdfDocument.applicant.${v ? yes : no}`);
  const fin = e.financials;
  const quals = QUALIFICATIONS.filter((q) => e.qualifications[q]).map((q) => t(`enterprise.qual.${q}`));
  const loans = e.loans.map((l) =>
    t('pdfDocument.applicant.loan', {
      values: {
        lender: l.lender,
        kind: t(`enterprise.loan.kind.${l.kind}`),
        amount: f.m.wan(l.amountWan),
        until: l.maturesOn ?? '—'
      }
    })
  );
  const applicant: SummarySection = {
    kind: 'facts',
    title: t('pdfDocument.applicant.title'),
    note: t('pdfDocument.applicant.note'),
    facts: [
      {
        label: t('pdfDocument.applicant.founded'),
        value:
          e.foundedOn && p.operatingYears !== null
            ? t('pdfDocument.applicant.foundedValue', {
                values: { date: e.foundedOn, years: f.years(p.operatingYears) }
              })
            : none
      },
      { label: t('pdfDocument.applicant.industry'), value: t(`enterprise.industry.${e.industry}`) },
      {
        label: t('pdfDocument.applicant.employees'),
        value: e.employees === undefined ? none : String(e.employees)
      },
      { label: t('pdfDocument.applicant.revenue'), value: wan(fin.revenueWan) },
      { label: t('pdfDocument.applicant.profit'), value: wan(fin.netProfitWan) },
      { label: t('pdfDocument.applicant.assets'), value: wan(fin.totalAssetsWan) },
      { label: t('pdfDocument.applicant.liabilities'), value: wan(fin.totalLiabilitiesWan) },
      { label: t('pdfDocument.applicant.leverage'), value: p.leverage === null ? none : f.pct(p.leverage) },
      {
        label: t('pdfDocument.applicant.rd'),
        value:
          fin.rdSpendingWan === undefined
            ? none
            : p.rdRatio === null
              ? wan(fin.rdSpendingWan)
              : t('pdfDocument.applicant.rdValue', {
                  values: { amount: f.m.wan(fin.rdSpendingWan), ratio: f.pct(p.rdRatio) }
                })
      },
      {
        label: t('pdfDocument.applicant.qualifications'),
        value: quals.length
          ? quals.join(t('valuationScreen.listSep'))
          : t('pdfDocument.applicant.noQualification')
      },
      {
        label: t('pdfDocument.applicant.bankHistory'),
        value: t(e.hasHadBankLoan ? 'pdfDocument.applicant.hadLoan' : 'pdfDocument.applicant.firstLoan')
      },
      {
        label: t('pdfDocument.applicant.loans'),
        value: loans.length
          ? `${t('pdfDocument.applicant.loansTotal', { values: { n: loans.length, amount: f.m.wan(p.existingLoansWan) } })}\n${loans.join('\n')}`
          : t('pdfDocument.applicant.noLoans')
      },
      {
        label: t('pdfDocument.applicant.overdue'),
        value: t(
          e.credit.currentOverdue
            ? 'pdfDocument.applicant.overdueNow'
            : e.credit.overdueLast2Years
              ? 'pdfDocument.applicant.overdueRecent'
              : 'pdfDocument.applicant.overdueNone'
        )
      },
      {
        label: t('pdfDocument.applicant.taxGrade'),
        value: e.taxCreditGrade === undefined ? none : t(`enterprise.taxGrade.${e.taxCreditGrade}`)
      },
      {
        label: t('pdfDocument.applicant.court'),
        value:
          e.court.enforcement === undefined && e.court.dishonest === undefined
            ? none
            : [
                yesNo(e.court.enforcement, 'enforcementYes', 'enforcementNo'),
                yesNo(e.court.dishonest, 'dishonestYes', 'dishonestNo')
              ].join(t('valuationScreen.listSep'))
      },
      {
        label: t('pdfDocument.applicant.controller'),
        value: [
          yesNo(e.controller.guarantee, 'guaranteeYes', 'guaranteeNo'),
          yesNo(e.controller.personalCreditClean, 'personalCreditClean', 'personalCreditIssue')
        ].join(t('valuationScreen.listSep'))
      }
    ]
  };
  const rd = r.readiness;
  const range = rd.loanRange;
  const texts = readinessTexts(t, f, new Map(), { isolateText: false });
  const cheapest = r.financing.modes.find((m) => m.id === r.financing.cheapest) ?? null;
  const request: SummarySection = {
    kind: 'facts',
    title: t('pdfDocument.request.title'),
    facts: [
      {
        label: t('pdfDocument.request.amount'),
        value:
          e.scenario.amountWantedWan === undefined
            ? t('pdfDocument.request.amountOpen')
            : f.m.wan(e.scenario.amountWantedWan)
      },
      {
        label: t('pdfDocument.request.term'),
        value: t('pdfDocument.request.termValue', { values: { years: e.scenario.loanTenorYears } })
      },
      {
        label: t('pdfDocument.request.purpose'),
        value: t(`valuationScreen.scenario.purposes.${e.scenario.purpose}`)
      },
      {
        label: figureName(t, 'indicativeLoan'),
        value: range.highWan <= 0 ? texts.limit(range) : `${texts.loanRange(range)}\n${texts.limit(range)}`
      },
      {
        label: t('pdfDocument.request.route'),
        value: cheapest
          ? t('pdfDocument.request.routeValue', {
              values: { mode: t(`financing.mode.${cheapest.id}`), rate: f.pct(cheapest.allInRate ?? 0) }
            })
          : t('financing.noneFits')
      }
    ]
  };
  return [applicant, request];
}
