/**
 * A source as an owner or a bank officer reads it: the document itself (kind, issuer, title, number, where in it,
 * date and a public address), in the user's language, from policy/documents.ts. The team's working notes (a
 * Source's `ref` and `note`) are never shown. Pure: the translate function comes in as an argument; the screens
 * (SourceCite.svelte) and the PDF both use it.
 */
import { SOURCE_DOCUMENTS, type DocumentKind, type Source } from '$lib/engine';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;

export interface Citation {
  /** What kind of source this is (i18n `source.kind.<kind>`), or 'user' for the user's own figure. */
  kind: DocumentKind | 'user';
  /** The kind in words, once: 政策原文, 二手资料，未经原文核实… */
  kindText: string;
  /** Issuer and title (and number, part, date), empty for an estimate without a document. */
  document: string;
  url: string | null;
}

/** What a source is when it names no document: an estimate, a secondary figure, or a seed or sourced page. */
function kindOf(source: Source): DocumentKind {
  if (source.label === 'estimate') return 'estimate';
  if (source.label === 'secondary') return 'secondary';
  return source.label === 'seed' ? 'report' : 'copy';
}

export function citeSource(t: Translate, source: Source | null): Citation {
  if (source === null) return { kind: 'user', kindText: t('source.kind.user'), document: '', url: null };
  const doc = source.doc ? SOURCE_DOCUMENTS[source.doc] : null;
  const kind: DocumentKind = doc ? doc.kind : kindOf(source);
  const kindText = t(`source.kind.${kind}`);
  if (!doc || !source.doc) return { kind, kindText, document: '', url: null };
  const id = source.doc;
  const bits = [
    t('source.cite', {
      values: { kind: kindText, issuer: t(`source.doc.${id}.issuer`), title: t(`source.doc.${id}.title`) }
    })
  ];
  if ('number' in doc && doc.number) bits.push(t('source.number', { values: { number: doc.number } }));
  if (source.part) bits.push(` ${t(`source.part.${source.part.kind}`, { values: { n: source.part.n } })}`);
  if (doc.date) bits.push(` · ${doc.date}`);
  return { kind, kindText, document: bits.join(''), url: 'url' in doc && doc.url ? doc.url : null };
}
