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
    title: t('pdfdoc.financing.title'),
    note: t('pdfdoc.financing.note'),
    columns: [
      { title: t('pdfdoc.financing.mode'), width: '*' },
      { title: t('pdfdoc.financing.amount', unit), width: 48, align: 'right' },
      { title: t('pdfdoc.financing.tenor'), width: 34, align: 'right' },
      { title: t('pdfdoc.financing.rate'), width: 60, align: 'right' },
      { title: t('pdfdoc.financing.simple'), width: 42, align: 'right' },
      { title: t('pdfdoc.financing.after'), width: 70, align: 'right' },
      { title: t('pdfdoc.financing.subsidy', unit), width: 48, align: 'right' }
    ],
    rows: fin.modes.map((m) => [
      t(`fin.mode.${m.id}`) +
        (m.id === fin.cheapest ? ` · ${t('pdfdoc.financing.cheapest')}` : '') +
        ` · ${t(`fin.fitName.${m.fit}`)}`,
      fenCell(m.amount),
      t('pdfdoc.fmt.months', { values: { n: m.tenorMonths } }),
      rate(m.allInRateBeforeSubsidies),
      rate(m.allInSimpleRateBeforeSubsidies),
      m.allInRate === null
        ? '—'
        : t('pdfdoc.financing.afterValue', {
            values: { rate: rate(m.allInRate), simple: rate(m.allInSimpleRate) }
          }),
      fenCell(m.subsidyTotal)
    ])
  };
  // What a route's figure rests on, said plainly: estimates ([U] defaults) and unconfirmed rules.
  const financingNotes: SummarySection = {
    kind: 'list',
    title: t('pdfdoc.financing.notesTitle'),
    items: fin.modes.flatMap((m) => {
      const item = (text: string) =>
        t('pdfdoc.financing.noteItem', { values: { mode: t(`fin.mode.${m.id}`), text } });
      return [
        ...(m.estimates.length
          ? [
              item(
                t('fin.estimates', {
                  values: { names: m.estimates.map((k) => t(`fin.figureName.${k}`)).join(t('vs.listSep')) }
                })
              )
            ]
          : []),
        ...(m.possibleAllIn
          ? [item(t('fin.possible', { values: { rate: rate(m.possibleAllIn.compounded) } }))]
          : [])
      ];
    }),
    empty: t('pdfdoc.none')
  };
  const bars: SummarySection = {
    kind: 'bars',
    title: t('pdfdoc.financing.chart'),
    note: t('pdfdoc.financing.chartNote'),
    bars: fin.modes
      .filter((m) => m.allInRate !== null)
      .map((m) => ({ label: t(`fin.mode.${m.id}`), value: m.allInRate as number, text: rate(m.allInRate) })),
    empty: t('pdfdoc.financing.noBars')
  };
  const insurance: SummarySection = {
    kind: 'table',
    title: t('pdfdoc.insurance.title'),
    columns: [
      { title: t('pdfdoc.insurance.product'), width: 110 },
      { title: t('pdfdoc.insurance.buyer'), width: 50 },
      { title: t('pdfdoc.insurance.premium'), width: 90 },
      { title: t('pdfdoc.insurance.effect'), width: '*' }
    ],
    rows: fin.insurance.map((o) => [
      t(`pdfdoc.insurance.id.${o.product.id}`) + (o.chosen ? ` · ${t('pdfdoc.insurance.chosen')}` : ''),
      t(`pdfdoc.insurance.buyerName.${o.product.buyer}`),
      o.premiumPerYearFen !== null
        ? t('pdfdoc.insurance.perYear', { values: { amount: m.yuan(fenToYuan(o.premiumPerYearFen as Fen)) } })
        : o.product.premiumRate
          ? f.pctRange(o.product.premiumRate.value)
          : t('pdfdoc.insurance.unpriced'),
      t(`pdfdoc.insurance.effectName.${o.product.effect}`)
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
    t('pdfdoc.policy.lpr', {
      values: {
        rate: f.pct(lpr.value),
        source: sourceText(lpr.source, lpr.effectiveFrom)
      }
    })
  );
  for (const s of fin.appliedSubsidies)
    policyItems.push(
      t('pdfdoc.policy.subsidy', {
        values: {
          id: t(`pol.entry.${s.id}`),
          region: s.region === 'national' ? t('pdfdoc.national') : t(`geo.${s.region}`),
          from: s.effectiveFrom,
          to: s.effectiveTo ?? t('pdfdoc.open'),
          source: sourceText(s.source, null)
        }
      })
    );
  if (fin.appliedSubsidies.length === 0) policyItems.push(t('pdfdoc.policy.noSubsidy'));
  const seen = new Set<string>();
  for (const m of fin.modes)
    for (const [key, fig] of Object.entries(m.figures) as [string, Figure][]) {
      // A cost the route does not charge (a guarantee not taken) is not a figure it used.
      if (key === 'lpr' || fig.from === 'user' || !fig.source || (fig.unit === 'rate' && fig.value === 0))
        continue;
      const text = t('pdfdoc.policy.figure', {
        values: {
          mode: t(`fin.mode.${m.id}`),
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
      t('pdfdoc.policy.risk', {
        values: {
          id: t(`risk.scheme.${s.scheme.id}`),
          bank: s.bankShare === null ? '—' : f.pct(s.bankShare),
          source: sourceText(s.scheme.source, null)
        }
      })
    );
  return {
    kind: 'list',
    title: t('pdfdoc.policy.title'),
    note: t('pdfdoc.policy.note'),
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
  return (FIGURE_KEYS as readonly string[]).includes(key) ? t(`pdfdoc.figure.${key}`) : key;
}

function figureValue(
  fig: Figure,
  pct: (n: number) => string,
  wan: (n: number) => string,
  t: Translate
): string {
  if (fig.unit === 'months') return t('pdfdoc.fmt.months', { values: { n: fig.value } });
  if (fig.unit === 'wan') return wan(fig.value);
  return pct(fig.value);
}
