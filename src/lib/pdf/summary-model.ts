/**
 * The PDF summary's content from `assess()`'s result: every figure is the engine's, only formatted and
 * translated here, section by section in the order a loan officer reads them. Pure: the translate and number
 * functions come in as arguments (`$_`, `$number` on the screen; intl-messageformat over the same JSON in tests).
 * User text (names, titles) goes in as typed; the layout's font filter deals with characters the font lacks.
 */
import {
  ENGINE_VERSION,
  READINESS_POLICY_VERSION,
  fenToWan,
  fenToYuan,
  type Asset,
  type AssessmentResult,
  type Assumption,
  type Enterprise,
  type Fen,
  type Figure,
  type Source,
  type SubsidyEntry
} from '$lib/engine';
import { moneyFormat } from '$lib/i18n/money';
import { formats, isRange } from '$lib/ui/valuation/format';
import { FIGURE_IDS, figureName } from '$lib/ui/glossary';
import { citeSource } from '$lib/ui/source-text';
import type { Cell, SummaryModel, SummarySection } from './model';
import { applicantSections, type ApplicantFields } from './summary-applicant';
import { productsSection, readinessSections } from './summary-readiness';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;
type FormatNumber = (n: number, options?: Intl.NumberFormatOptions) => string;

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
  const { enterprise: e, result: r, t, num } = input;
  const m = moneyFormat(input.lang);
  const f = formats(t, num, m);
  // Money through $lib/i18n/money as on the screens: with its unit in a sentence or a fact, bare in a table column
  // whose heading names the unit (万元, or RMB '000 in English).
  const wan = (n: number) => m.wan(n);
  const est = (n: number) => m.tableEstimate(n);
  const fenCell = (n: Fen) => m.tableText(fenToWan(n));
  const rate = (n: number | null) => (n === null ? '—' : f.pct(n));
  const unit = { values: { unit: m.tableUnit } };
  const titles = new Map(input.assets.map((a) => [a.id, a]));
  const titleOf = (id: string) => titles.get(id)?.title ?? id;
  /** A source as the document it is, in the reader's language (never the team's working notes), and its date. */
  const sourceText = (source: Source | null, date: string | null) => {
    const c = citeSource(t, source);
    return [c.document || c.kindText, date ? t('source.from', { values: { date } }) : '', c.url ?? '']
      .filter((x) => x !== '')
      .join(' · ');
  };

  // --- IP table ----------------------------------------------------------------------------------------------
  const lines = new Map(r.bundle.lines.map((l) => [l.assetId, l]));
  const ipRows: Cell[][] = r.assets.map((a) => {
    const line = lines.get(a.assetId);
    // The engine's list of what leaves the asset out of the pledge (the bundle line's reasons).
    const blockers = (line?.reasons ?? []).map((x) => t(`val.eligibility.${x.code}`));
    const v = a.valuation.value;
    return [
      t(`asset.type.${a.type}`),
      titles.get(a.assetId)?.identifier ?? '',
      titleOf(a.assetId),
      a.term.yearsRemaining === null
        ? t(`term.status.${a.term.status}`)
        : `${t(`term.status.${a.term.status}`)}\n${t('vs.fmt.years', { values: { n: f.years(a.term.yearsRemaining) } })}`,
      v ? `${est(v.base)}\n${est(v.low)}–${est(v.high)}` : t('pdfdoc.noValue'),
      est(line?.pledgeableWan ?? 0),
      blockers.join(t('vs.listSep'))
    ];
  });
  const b = r.bundle;
  const totals: SummarySection = {
    kind: 'facts',
    title: t('pdfdoc.totals.title'),
    facts: [
      {
        label: t('pdfdoc.totals.range'),
        value: f.moneyRange(b.total)
      },
      {
        label: figureName(t, 'eligibleValue'),
        value: m.estimate(b.eligibleValueWan)
      },
      {
        label: t('pdfdoc.totals.synergy'),
        value: b.synergy.enabled
          ? t('pdfdoc.totals.synergyValue', {
              values: { amount: m.estimate(b.synergy.amountWan), rate: f.pct(b.synergy.rate) }
            })
          : t('pdfdoc.totals.synergyOff')
      },
      {
        label: figureName(t, 'bundleValue'),
        value: m.estimate(b.bundleValueWan)
      },
      {
        label: figureName(t, 'pledgeableValue'),
        value: m.estimate(b.pledgeableWan)
      },
      // What the rights are worth to the owner, on its own tax rate, when that differs from the pledge's basis.
      ...(r.assets.some((a) => a.valuation.ownerValue !== null)
        ? [{ label: t('pdfdoc.totals.ownerValue'), value: f.moneyRange(b.ownerTotal) }]
        : [])
    ]
  };
  if (r.assets.some((a) => a.valuation.ownerValue !== null)) totals.note = t('val.marketBasis');

  const products = productsSection(r, t, f, titleOf);

  // --- Valuation methods and key assumptions -----------------------------------------------------------------
  const methodCount = (m: string) =>
    r.assets.filter((a) => a.valuation.methods.some((x) => x.method === m && x.status === 'applied')).length;
  const methods: SummarySection = {
    kind: 'facts',
    title: t('pdfdoc.methods.title'),
    note: t('pdfdoc.methods.note', { values: { version: r.defaultsVersion } }),
    facts: (['income', 'cost', 'market'] as const).map((m) => ({
      label: t(`val.method.${m}`),
      value: t('pdfdoc.methods.count', { values: { n: methodCount(m), total: r.assets.length } })
    }))
  };
  const assumptionValue = (a: Assumption): string => {
    const v = a.value;
    if (typeof v === 'number') {
      if (a.key === 'economicLife') return t('vs.fmt.years', { values: { n: f.years(v) } });
      if (a.key === 'baseYear') return String(v);
      if (a.key === 'royaltyTypeFactor')
        return t('vs.fmt.factor', { values: { n: num(v, { maximumFractionDigits: 2 }) } });
      return f.pct(v);
    }
    if (isRange(v)) return f.pctRange(v);
    if (a.key === 'qualityWeights' && 'legal' in v) return f.weights(v);
    return Object.entries(v)
      .map(([m, w]) => `${t(`vs.methodShort.${m}`)} ${f.pct(Number(w))}`)
      .join(' / ');
  };
  const assumptionName = (a: Assumption): string => {
    const name = t(`val.assumption.${a.key}`);
    if (a.variant === null) return name;
    const typeOf = new Map(r.assets.map((x) => [x.assetId, x.type]));
    const variant =
      a.key === 'taxRate' || a.key === 'ownTaxRate'
        ? t(`vs.taxVariant.${a.variant}`)
        : a.key === 'royaltyShare'
          ? t(`val.products.rule.${a.variant}`)
          : a.key !== 'royaltyRate' || a.assetIds.every((id) => typeOf.get(id) === a.variant)
            ? t(`asset.type.${a.variant}`)
            : t(`ent.industry.${a.variant}`);
    return `${name} · ${variant}`;
  };
  const assumptions: SummarySection = {
    kind: 'table',
    title: t('pdfdoc.assumptions.title'),
    columns: [
      { title: t('pdfdoc.assumptions.name'), width: '*' },
      { title: t('pdfdoc.assumptions.value'), width: 96 },
      { title: t('pdfdoc.assumptions.origin'), width: 44 },
      { title: t('pdfdoc.assumptions.source'), width: 176 }
    ],
    rows: r.assumptions.map((a) => [
      assumptionName(a),
      assumptionValue(a),
      t(`val.origin.${a.origin}`) + (a.overridden ? ` · ${t('vs.overridden')}` : ''),
      a.source ? sourceText(a.source, a.effectiveFrom) : t('pdfdoc.userFigure')
    ]),
    empty: t('pdfdoc.none')
  };

  const { readiness, blockers, actions } = readinessSections(
    r.readiness,
    t,
    f,
    new Map(input.assets.map((x) => [x.id, x.title]))
  );

  // --- Financing ---------------------------------------------------------------------------------------------
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

  // --- Every policy figure used, with its source and date ----------------------------------------------------
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
  const applied = new Map<string, SubsidyEntry>();
  for (const m of fin.modes)
    for (const s of m.subsidies) if (s.status === 'applied') applied.set(s.entry.id, s.entry);
  for (const s of applied.values())
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
  if (applied.size === 0) policyItems.push(t('pdfdoc.policy.noSubsidy'));
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
  const policy: SummarySection = {
    kind: 'list',
    title: t('pdfdoc.policy.title'),
    note: t('pdfdoc.policy.note'),
    items: policyItems
  };

  // Every figure the summary names, with its one name and meaning (the screens' glossary).
  const glossary: SummarySection = {
    kind: 'list',
    title: t('pdfdoc.glossary.title'),
    items: FIGURE_IDS.map((id) =>
      t('pdfdoc.glossary.item', {
        values: {
          name: figureName(t, id),
          meaning: t(`glossary.${id}.meaning`),
          unit: t(`glossary.${id}.unit`)
        }
      })
    )
  };

  const region = [t(`geo.${e.province}`), e.city].filter((x) => x !== '').join(' ');
  return {
    lang: input.lang,
    title: t('pdfdoc.title'),
    disclaimer: t('pdfdoc.disclaimer'),
    generatedOn: t('pdfdoc.generatedOn', { values: { date: input.asOf } }),
    header: [
      { label: t('pdfdoc.header.name'), value: e.name },
      { label: t('pdfdoc.header.creditCode'), value: e.creditCode || '—' },
      { label: t('pdfdoc.header.region'), value: region },
      { label: t('pdfdoc.header.date'), value: input.asOf }
    ],
    // In the order a credit officer reads an application: who asks, for what, whether it can apply and what to do
    // first; then the IP and the routes; the method and every assumption after them.
    sections: [
      ...applicantSections(e, r, t, f),
      readiness,
      blockers,
      actions,
      {
        kind: 'table',
        title: t('pdfdoc.ip.title'),
        note: t('pdfdoc.ip.note', { values: { n: r.assets.length, unit: m.tableUnit } }),
        columns: [
          { title: t('pdfdoc.ip.type'), width: 48 },
          { title: t('pdfdoc.ip.number'), width: 72 },
          { title: t('pdfdoc.ip.titleCol'), width: '*' },
          { title: t('pdfdoc.ip.status'), width: 50 },
          { title: t('pdfdoc.ip.range', unit), width: 66, align: 'right' },
          { title: t('pdfdoc.ip.pledgeable', unit), width: 54, align: 'right' },
          { title: t('pdfdoc.ip.blockers'), width: 64 }
        ],
        rows: ipRows,
        empty: t('pdfdoc.none')
      },
      totals,
      products,
      financing,
      financingNotes,
      bars,
      insurance,
      methods,
      assumptions,
      glossary,
      policy
    ],
    footer: t('pdfdoc.footer', {
      values: {
        engine: r.engineVersion || ENGINE_VERSION,
        defaults: r.defaultsVersion,
        readiness: r.readiness.policyVersion || READINESS_POLICY_VERSION,
        financing: fin.policyVersion
      }
    }),
    pageLabel: t('pdfdoc.page', { values: { page: '{page}', pages: '{pages}' } })
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
