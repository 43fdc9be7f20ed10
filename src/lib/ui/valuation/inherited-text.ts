/**
 * The hint under an overridable field: what applies when the field is left empty (the enterprise setting, the
 * default with its source label, or the value derived from the user's data).
 */
import type { Param, Range } from '$lib/engine';
import type { Formats } from './format';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

/** 'Left empty: default 5.5 % (5 %–6 %), secondary source' and the like. */
export function inheritedText(
  t: Translate,
  f: Formats,
  p: Param<number | Range>,
  kind: 'pct' | 'years'
): string {
  const value =
    kind === 'pct'
      ? f.pctRange(p.value)
      : t('valuationScreen.fmt.years', {
          values: { n: f.years(typeof p.value === 'number' ? p.value : p.value.base) }
        });
  const origin = t(`valuation.origin.${p.origin}`);
  return p.source
    ? t('valuationScreen.inheritsSourced', {
        values: { origin, value, source: t(`valuation.sourceLabel.${p.source.label}`) }
      })
    : t('valuationScreen.inherits', { values: { origin, value } });
}
