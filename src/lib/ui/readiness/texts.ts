/**
 * How a blocker, a caution, a step and the amount's limit read (the overview, the readiness screen and the PDF say
 * them the same way). Pure: the translator and the number formats come in as arguments; user text inside a message
 * is isolated (user-text.ts) on screen, and left as typed in the PDF (`isolateText: false`).
 */
import type { Blocker, Caution, LoanRange, Readiness, ReadinessAction } from '$lib/engine';
import { isolate, isolateValues } from '$lib/ui/user-text';
import type { Formats } from '$lib/ui/valuation/format';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

export function readinessTexts(
  t: Translate,
  f: Formats,
  titles: Map<string, string>,
  { isolateText = true }: { isolateText?: boolean } = {}
) {
  const user = (s: string) => (isolateText ? isolate(s) : s);
  const assetLine = (assetId: string, reason: string) =>
    t('readiness.assetBlocker', { values: { title: user(titles.get(assetId) ?? ''), reason } });
  return {
    blocker(b: Blocker): string {
      if (b.scope === 'enterprise') return t(`readiness.blocker.${b.code}`);
      return assetLine(b.assetId, t(`valuation.eligibility.${b.code}`));
    },
    caution(c: Caution): string {
      return assetLine(c.assetId, t(`valuation.eligibility.${c.code}`));
    },
    /** The one sentence on whether the enterprise can apply (the same on every screen and in the PDF). */
    headline(r: Pick<Readiness, 'headline'>): string {
      return t(`readiness.headline.${r.headline}`);
    },
    action(a: ReadinessAction): string {
      const params = isolateText ? isolateValues(a.params) : { ...a.params };
      const values: Record<string, string | number> = { ...params };
      if (a.assetId && titles.has(a.assetId)) values.title = user(titles.get(a.assetId) ?? '');
      if (a.code === 'raise_rd') values.amount = f.m.wan(Number(a.params.amountWan));
      const key =
        a.code === 'enter_ip_revenue' && a.params.productId !== undefined
          ? 'readiness.action.enter_ip_revenue_product'
          : `readiness.action.${a.code}`;
      return t(key, { values });
    },
    /** The indicative loan amount as an estimate: its range and middle, or that there is none. */
    loanRange(r: LoanRange): string {
      return r.highWan <= 0
        ? t('readiness.loanRangeNone')
        : t('readiness.loanRangeValue', {
            values: { range: f.m.estimateRange(r.lowWan, r.highWan), base: f.m.estimate(r.baseWan) }
          });
    },
    /** What limits the indicative amount, with the figures behind it. */
    limit(r: LoanRange): string {
      if (r.limitedBy === 'size_cap')
        return t('readiness.limitedBy.size_cap', {
          values: { share: r.capShare, cap: f.m.estimate(r.capWan ?? 0), ip: f.m.estimate(r.uncapped.base) }
        });
      if (r.limitedBy === 'ip_value')
        return r.capWan === null
          ? t('readiness.limitedBy.ip_value_nocap')
          : t('readiness.limitedBy.ip_value', { values: { cap: f.m.estimate(r.capWan) } });
      return t('readiness.limitedBy.nothing_pledgeable');
    },
    /** The grade is provisional while answers the score needs are missing: which ones, or null. */
    provisional(r: Pick<Readiness, 'missingInputs'>): string | null {
      if (r.missingInputs.length === 0) return null;
      const list = r.missingInputs.map((c) => t(`readiness.missing.${c}`)).join(t('valuationScreen.listSep'));
      return t('readiness.provisional', { values: { list } });
    },
    /** Why the grade is below the score's band, or null. */
    gradeCap(r: Readiness): string | null {
      if (r.gradeCap === null) return null;
      return t(`readiness.gradeCap.${r.gradeCap}`, {
        values: { band: r.band, missing: r.documentsReady.required - r.documentsReady.ready }
      });
    }
  };
}

/** The readiness sentences for one language and set of asset titles (`readinessTexts`). */
export type ReadinessTexts = ReturnType<typeof readinessTexts>;
