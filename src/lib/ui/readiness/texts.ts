/**
 * How a blocker and a step read on screen (the overview and the readiness screen say them the same way). Pure: the
 * translator and the number formats come in as arguments; user text inside a message is isolated (user-text.ts).
 */
import type { Blocker, ReadinessAction } from '$lib/engine';
import { isolate, isolateValues } from '$lib/ui/user-text';
import type { Formats } from '$lib/ui/valuation/format';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

export function readinessTexts(t: Translate, f: Formats, titles: Map<string, string>) {
  return {
    blocker(b: Blocker): string {
      if (b.scope === 'enterprise') return t(`ready.blocker.${b.code}`);
      return t('ready.assetBlocker', {
        values: { title: isolate(titles.get(b.assetId) ?? ''), reason: t(`val.eligibility.${b.code}`) }
      });
    },
    action(a: ReadinessAction): string {
      const values: Record<string, string | number> = { ...isolateValues(a.params) };
      if (a.code === 'prepare_document') values.doc = t(`ready.document.${a.params.doc}`);
      if (a.code === 'raise_rd') values.amount = f.m.wan(Number(a.params.amountWan));
      return t(`ready.action.${a.code}`, { values });
    }
  };
}

/** A source that is a web page, as a link labelled by its site; null for a reference that is not a URL. */
export function sourceLink(ref: string): { href: string; host: string } | null {
  if (!/^https?:\/\//.test(ref)) return null;
  try {
    return { href: ref, host: new URL(ref).hostname.replace(/^www\./, '') };
  } catch {
    return null;
  }
}
