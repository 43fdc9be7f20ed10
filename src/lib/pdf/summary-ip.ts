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
    const blockers = (line?.reasons ?? []).map((x) => t(`val.eligibility.${x.code}`));
    const v = a.valuation.value;
    return [
      t(`asset.type.${a.type}`),
      identifiers.get(a.assetId) ?? '',
      titleOf(a.assetId),
      a.term.yearsRemaining === null
        ? t(`term.status.${a.term.status}`)
        : `${t(`term.status.${a.term.status}`)}\n${t('vs.fmt.years', { values: { n: f.years(a.term.yearsRemaining) } })}`,
      v ? `${est(v.base)}\n${est(v.low)}–${est(v.high)}` : t('pdfdoc.noValue'),
      est(line?.pledgeableValueWan ?? 0),
      blockers.join(t('vs.listSep'))
    ];
  });
  return {
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
    rows,
    empty: t('pdfdoc.none')
  };
}

/** The bundle's totals: range, eligible value, synergy, bundle and pledgeable value, the owner's value. */
export function totalsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t, f, m } = k;
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
        value: m.estimate(b.pledgeableValueWan)
      },
      // What the rights are worth to the owner, on its own tax rate, when that differs from the pledge's basis.
      ...(r.assets.some((a) => a.valuation.ownerValue !== null)
        ? [{ label: t('pdfdoc.totals.ownerValue'), value: f.moneyRange(b.ownerTotal) }]
        : [])
    ]
  };
  if (r.assets.some((a) => a.valuation.ownerValue !== null)) totals.note = t('val.marketBasis');

  return totals;
}

/** How many rights each valuation method was applied to. */
export function methodsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t } = k;
  const methodCount = (m: string) =>
    r.assets.filter((a) => a.valuation.methods.some((x) => x.method === m && x.status === 'applied')).length;
  return {
    kind: 'facts',
    title: t('pdfdoc.methods.title'),
    note: t('pdfdoc.methods.note', { values: { version: r.defaultsVersion } }),
    facts: (['income', 'cost', 'market'] as const).map((m) => ({
      label: t(`val.method.${m}`),
      value: t('pdfdoc.methods.count', { values: { n: methodCount(m), total: r.assets.length } })
    }))
  };
}

/** Every assumption the valuation used: name, value, origin and source. */
export function assumptionsSection(r: AssessmentResult, k: SummaryKit): SummarySection {
  const { t, f, num, sourceText } = k;
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
  return {
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
}

/** Every figure the summary names, with its one name and meaning (the screens' glossary). */
export function glossarySection(t: SummaryKit['t']): SummarySection {
  return {
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
}
