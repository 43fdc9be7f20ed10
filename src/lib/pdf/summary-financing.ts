/**
 * The summary's financing sections: the routes side by side (amount, tenor, all-in rates before and after
 * subsidies), what each figure rests on, the all-in rates as bars, the insurance options, and every policy figure
 * used with its source and date.
 */
import { fenToYuan, type AssessmentResult, type Fen, type Figure } from '$lib/engine';
import type { SummarySection } from './model';
import type { SummaryKit, Translate } from './summary-kit';

/** The routes, their notes, the all-in rates as bars, and the insurance options. */
export function financingSections(
  r: AssessmentResult,
  k: SummaryKit
): {
  financing: SummarySection;
  financingNotes: SummarySection;
  bars: SummarySection;
  insurance: SummarySection;
} {
  const { t, f, m, fenCell, rate, unit } = k;
  const fin = r.financing;
  const financing: SummarySection = {
    kind: 'table',
    title: t('pdfDocument.financing.title'),
    note: t('pdfDocument.financing.note'),
    columns: [
      { title: t('pdfDocument.financing.mode'), width: '*' },
      { title: t('pdfDocument.financing.amount', unit), width: 48, align: 'right' },
      { title: t('pdfDocument.financing.tenor'), width: 34, align: 'right' },
      { title: t('pdfDocument.financing.rate'), width: 60, align: 'right' },
      { title: t('pdfDocument.financing.simple'), width: 42, align: 'right' },
      { title: t('pdfDocument.financing.after'), width: 70, align: 'right' },
      { title: t('pdfDocument.financing.subsidy', unit), width: 48, align: 'right' }
    ],
    rows: fin.modes.map((m) => [
      t(`financing.mode.${m.id}`) +
        (m.id === fin.cheapest ? ` · ${t('pdfDocument.financing.cheapest')}` : '') +
        ` · ${t(`financing.fitName.${m.fit}`)}`,
      fenCell(m.amount),
      t('pdfDocument.fmt.months', { values: { n: m.tenorMonths } }),
      rate(m.allInRateBeforeSubsidies),
      rate(m.allInSimpleRateBeforeSubsidies),
      m.allInRate === null
        ? '—'
        : t('pdfDocument.financing.afterValue', {
            values: { rate: rate(m.allInRate), simple: rate(m.allInSimpleRate) }
          }),
      fenCell(m.subsidyTotal)
    ])
  };
  // What a route's figure rests on, said plainly: estimates ([U] defaults) and unconfirmed rules.
  const financingNotes: SummarySection = {
    kind: 'list',
    title: t('pdfDocument.financing.notesTitle'),
    items: fin.modes.flatMap((m) => {
      const item = (text: string) =>
        t('pdfDocument.financing.noteItem', { values: { mode: t(`financing.mode.${m.id}`), text } });
      return [
        ...(m.estimates.length
          ? [
              item(
                t('financing.estimates', {
                  values: {
                    names: m.estimates
                      .map((k) => t(`financing.figureName.${k}`))
                      .join(t('valuationScreen.listSep'))
                  }
                })
              )
            ]
          : []),
        ...(m.possibleAllIn
          ? [item(t('financing.possible', { values: { rate: rate(m.possibleAllIn.compounded) } }))]
          : [])
      ];
    }),
    empty: t('pdfDocument.none')
  };
  const bars: SummarySection = {
    kind: 'bars',
    title: t('pdfDocument.financing.chart'),
    note: t('pdfDocument.financing.chartNote'),
    bars: fin.modes
      .filter((m) => m.allInRate !== null)
      .map((m) => ({
        label: t(`financing.mode.${m.id}`),
        value: m.allInRate as number,
        text: rate(m.allInRate)
      })),
    empty: t('pdfDocument.financing.noBars')
  };
  const insurance: SummarySection = {
    kind: 'table',
    title: t('pdfDocument.insurance.title'),
    columns: [
      { title: t('pdfDocument.insurance.product'), width: 110 },
      { title: t('pdfDocument.insurance.buyer'), width: 50 },
      { title: t('pdfDocument.insurance.premium'), width: 90 },
      { title: t('pdfDocument.insurance.effect'), width: '*' }
    ],
    rows: fin.insurance.map((o) => [
      t(`pdfDocument.insurance.id.${o.product.id}`) +
        (o.chosen ? ` · ${t('pdfDocument.insurance.chosen')}` : ''),
      t(`pdfDocument.insurance.buyerName.${o.product.buyer}`),
      o.premiumPerYearFen !== null
        ? t('pdfDocument.insurance.perYear', {
            values: { amount: m.yuan(fenToYuan(o.premiumPerYearFen as Fen)) }
          })
        : o.product.premiumRate
          ? f.pctRange(o.product.premiumRate.value)
          : t('pdfDocument.insurance.unpriced'),
      t(`pdfDocument.insurance.effectName.${o.product.effect}`)
    ])
  };

  return { financing, financingNotes, bars, insurance };
}

/** Every policy figure the routes used, with its source and date: LPR, subsidies applied, defaults, risk sharing. */
export function policySection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t, f, wan, sourceText } = k;
  const fin = r.financing;
  const policyItems: string[] = [];
  const lpr = fin.lpr;
  policyItems.push(
    t('pdfDocument.policy.lpr', {
      values: {
        rate: f.pct(lpr.value),
        source: sourceText(lpr.source, lpr.effectiveFrom)
      }
    })
  );
  for (const s of fin.appliedSubsidies)
    policyItems.push(
      t('pdfDocument.policy.subsidy', {
        values: {
          id: t(`policy.entry.${s.id}`),
          region: s.region === 'national' ? t('pdfDocument.national') : t(`regions.${s.region}`),
          from: s.effectiveFrom,
          to: s.effectiveTo ?? t('pdfDocument.open'),
          source: sourceText(s.source, null)
        }
      })
    );
  if (fin.appliedSubsidies.length === 0) policyItems.push(t('pdfDocument.policy.noSubsidy'));
  const seen = new Set<string>();
  for (const m of fin.modes)
    for (const [key, fig] of Object.entries(m.figures) as [string, Figure][]) {
      // A cost the route does not charge (a guarantee not taken) is not a figure it used.
      if (key === 'lpr' || fig.from === 'user' || !fig.source || (fig.unit === 'rate' && fig.value === 0))
        continue;
      const text = t('pdfDocument.policy.figure', {
        values: {
          mode: t(`financing.mode.${m.id}`),
          name: policyFigureName(t, key),
          value: figureValue(fig, f.pct, wan, t),
          source: sourceText(fig.source, fig.effectiveFrom)
        }
      });
      if (seen.has(text)) continue;
      seen.add(text);
      policyItems.push(text);
    }
  for (const s of fin.riskSharing)
    policyItems.push(
      t('pdfDocument.policy.risk', {
        values: {
          id: t(`risk.scheme.${s.scheme.id}`),
          bank: s.bankShare === null ? '—' : f.pct(s.bankShare),
          source: sourceText(s.scheme.source, null)
        }
      })
    );
  return {
    kind: 'list',
    title: t('pdfDocument.policy.title'),
    note: t('pdfDocument.policy.note'),
    items: policyItems
  };
}

const FIGURE_KEYS = [
  'spread',
  'rate',
  'guaranteeFee',
  'appraisalFee',
  'premiumRate',
  'tenorMonths',
  'coupon',
  'ticketMinWan',
  'advanceShare',
  'impliedYield',
  'lumpSumWan',
  'feePerPeriodWan',
  'receivablesWan',
  'advanceRate',
  'annualRate',
  'fees',
  'paymentEveryMonths'
] as const;

function policyFigureName(t: Translate, key: string): string {
  return (FIGURE_KEYS as readonly string[]).includes(key) ? t(`pdfDocument.figure.${key}`) : key;
}

function figureValue(
  fig: Figure,
  pct: (n: number) => string,
  wan: (n: number) => string,
  t: Translate
): string {
  if (fig.unit === 'months') return t('pdfDocument.fmt.months', { values: { n: fig.value } });
  if (fig.unit === 'wan') return wan(fig.value);
  return pct(fig.value);
}
