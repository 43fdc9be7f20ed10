/**
 * The summary's IP sections: one row per right (type, number, title, term, value range, pledgeable amount and what
 * leaves it out), the totals, the valuation methods used and every assumption with its source.
 */
import type { Asset, AssessmentResult, Assumption } from '$lib/engine';
import { FIGURE_IDS, figureName } from '$lib/ui/glossary';
import { isRange } from '$lib/ui/valuation/format';
import type { Cell, SummarySection } from './model';
import type { SummaryKit } from './summary-kit';

/** The IP table: one row per right. */
export function ipSection(
  r: AssessmentResult,
  assets: readonly Pick<Asset, 'id' | 'identifier'>[],
  k: SummaryKit
): SummarySection {
  const { t, f, m, est, unit, titleOf } = k;
  const identifiers = new Map(assets.map((a) => [a.id, a.identifier]));
  const lines = new Map(r.bundle.lines.map((l) => [l.assetId, l]));
  const rows: Cell[][] = r.assets.map((a) => {
    const line = lines.get(a.assetId);
    // The engine's list of what leaves the asset out of the pledge (the bundle line's reasons).
    const blockers = (line?.reasons ?? []).map((x) => t(`valuation.eligibility.${x.code}`));
    const v = a.valuation.value;
    return [
      t(`asset.type.${a.type}`),
      identifiers.get(a.assetId) ?? '',
      titleOf(a.assetId),
      a.term.yearsRemaining === null
        ? t(`legalTerm.status.${a.term.status}`)
        : `${t(`legalTerm.status.${a.term.status}`)}\n${t('valuationScreen.fmt.years', { values: { n: f.years(a.term.yearsRemaining) } })}`,
      v ? `${est(v.base)}\n${est(v.low)}–${est(v.high)}` : t('pdfDocument.noValue'),
      est(line?.pledgeableValueWan ?? 0),
      blockers.join(t('valuationScreen.listSep'))
    ];
  });
  return {
    kind: 'table',
    title: t('pdfDocument.ip.title'),
    note: t('pdfDocument.ip.note', { values: { n: r.assets.length, unit: m.tableUnit } }),
    columns: [
      { title: t('pdfDocument.ip.type'), width: 48 },
      { title: t('pdfDocument.ip.number'), width: 72 },
      { title: t('pdfDocument.ip.titleCol'), width: '*' },
      { title: t('pdfDocument.ip.status'), width: 50 },
      { title: t('pdfDocument.ip.range', unit), width: 66, align: 'right' },
      { title: t('pdfDocument.ip.pledgeable', unit), width: 54, align: 'right' },
      { title: t('pdfDocument.ip.blockers'), width: 64 }
    ],
    rows,
    empty: t('pdfDocument.none')
  };
}

/** The bundle's totals: range, eligible value, synergy, bundle and pledgeable value, the owner's value. */
export function totalsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t, f, m } = k;
  const b = r.bundle;
  const totals: SummarySection = {
    kind: 'facts',
    title: t('pdfDocument.totals.title'),
    facts: [
      {
        label: t('pdfDocument.totals.range'),
        value: f.moneyRange(b.total)
      },
      {
        label: figureName(t, 'eligibleValue'),
        value: m.estimate(b.eligibleValueWan)
      },
      {
        label: t('pdfDocument.totals.synergy'),
        value: b.synergy.enabled
          ? t('pdfDocument.totals.synergyValue', {
              values: { amount: m.estimate(b.synergy.amountWan), rate: f.pct(b.synergy.rate) }
            })
          : t('pdfDocument.totals.synergyOff')
      },
      {
        label: figureName(t, 'bundleValue'),
        value: m.estimate(b.bundleValueWan)
      },
      {
        label: figureName(t, 'pledgeableValue'),
        value: m.estimate(b.pledgeableValueWan)
      },
      // What the rights are worth to the owner, on its own tax rate, when that differs from the pledge's basis.
      ...(r.assets.some((a) => a.valuation.ownerValue !== null)
        ? [{ label: t('pdfDocument.totals.ownerValue'), value: f.moneyRange(b.ownerTotal) }]
        : [])
    ]
  };
  if (r.assets.some((a) => a.valuation.ownerValue !== null)) totals.note = t('valuation.marketBasis');

  return totals;
}

/** How many rights each valuation method was applied to. */
export function methodsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t } = k;
  const methodCount = (m: string) =>
    r.assets.filter((a) => a.valuation.methods.some((x) => x.method === m && x.status === 'applied')).length;
  return {
    kind: 'facts',
    title: t('pdfDocument.methods.title'),
    note: t('pdfDocument.methods.note', { values: { version: r.defaultsVersion } }),
    facts: (['income', 'cost', 'market'] as const).map((m) => ({
      label: t(`valuation.method.${m}`),
      value: t('pdfDocument.methods.count', { values: { n: methodCount(m), total: r.assets.length } })
    }))
  };
}

/** Every assumption the valuation used: name, value, origin and source. */
export function assumptionsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t, f, num, sourceText } = k;
  const assumptionValue = (a: Assumption): string => {
    const v = a.value;
    if (typeof v === 'number') {
      if (a.key === 'economicLife') return t('valuationScreen.fmt.years', { values: { n: f.years(v) } });
      if (a.key === 'baseYear') return String(v);
      if (a.key === 'royaltyTypeFactor')
        return t('valuationScreen.fmt.factor', { values: { n: num(v, { maximumFractionDigits: 2 }) } });
      return f.pct(v);
    }
    if (isRange(v)) return f.pctRange(v);
    if (a.key === 'qualityWeights' && 'legal' in v) return f.weights(v);
    return Object.entries(v)
      .map(([m, w]) => `${t(`valuationScreen.methodShort.${m}`)} ${f.pct(Number(w))}`)
      .join(' / ');
  };
  const assumptionName = (a: Assumption): string => {
    const name = t(`valuation.assumption.${a.key}`);
    if (a.variant === null) return name;
    const typeOf = new Map(r.assets.map((x) => [x.assetId, x.type]));
    const variant =
      a.key === 'taxRate' || a.key === 'ownTaxRate'
        ? t(`valuationScreen.taxVariant.${a.variant}`)
        : a.key === 'royaltyShare'
          ? t(`valuation.products.rule.${a.variant}`)
          : a.key !== 'royaltyRate' || a.assetIds.every((id) => typeOf.get(id) === a.variant)
            ? t(`asset.type.${a.variant}`)
            : t(`enterprise.industry.${a.variant}`);
    return `${name} · ${variant}`;
  };
  return {
    kind: 'table',
    title: t('pdfDocument.assumptions.title'),
    columns: [
      { title: t('pdfDocument.assumptions.name'), width: '*' },
      { title: t('pdfDocument.assumptions.value'), width: 96 },
      { title: t('pdfDocument.assumptions.origin'), width: 44 },
      { title: t('pdfDocument.assumptions.source'), width: 176 }
    ],
    rows: r.assumptions.map((a) => [
      assumptionName(a),
      assumptionValue(a),
      t(`valuation.origin.${a.origin}`) + (a.overridden ? ` · ${t('valuationScreen.overridden')}` : ''),
      a.source ? sourceText(a.source, a.effectiveFrom) : t('pdfDocument.userFigure')
    ]),
    empty: t('pdfDocument.none')
  };
}

/** Every figure the summary names, with its one name and meaning (the screens' glossary). */
export function glossarySection(t: SummaryKit['t']): SummarySection {
  return {
    kind: 'list',
    title: t('pdfDocument.glossary.title'),
    items: FIGURE_IDS.map((id) =>
      t('pdfDocument.glossary.item', {
        values: {
          name: figureName(t, id),
          meaning: t(`glossary.${id}.meaning`),
          unit: t(`glossary.${id}.unit`)
        }
      })
    )
  };
}
