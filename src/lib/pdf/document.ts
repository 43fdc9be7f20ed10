/**
 * The layout of the PDF pre-application summary (pdfmake document definition): A4, the embedded Chinese font, a
 * title block with the estimate statement, then each section; tables repeat their header row on every page and
 * never split a row; page numbers and the versions in the footer. Pure: no DOM, no pdfmake import (types only).
 *
 * A character the embedded font lacks would print as a blank box: every string passes through `forFont`, which
 * writes such a character as its code point ([U+20000]) and collects it, so the screen can name it to the user.
 */
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { SummaryModel, SummarySection } from './model';

export const PDF_FONT = 'NotoSansSC';

const BRAND = '#0b5cad';
const MUTED = '#5f6b7a';

export interface BuiltDocument {
  definition: TDocumentDefinitions;
  /** Characters the font cannot show, each once, in the order met. */
  missing: string[];
}

/** Splits text into user-visible characters (code points); keeps a grapheme's parts apart on purpose. */
function codePoints(text: string): string[] {
  return Array.from(text);
}

export function fontFilter(covers: (ch: string) => boolean) {
  const missing: string[] = [];
  const seen = new Set<string>();
  const forFont = (text: string): string => {
    let out = '';
    for (const ch of codePoints(text)) {
      const cp = ch.codePointAt(0) as number;
      // Line breaks, tabs and the invisible bidi/zero-width controls need no glyph.
      if (
        cp < 0x20 ||
        (cp >= 0x200b && cp <= 0x200f) ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2066 && cp <= 0x2069) ||
        cp === 0xfe0f
      ) {
        out += cp === 0x0a ? ch : cp < 0x20 ? ' ' : '';
        continue;
      }
      if (covers(ch)) {
        out += ch;
        continue;
      }
      if (!seen.has(ch)) {
        seen.add(ch);
        missing.push(ch);
      }
      out += `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
    }
    return out;
  };
  return { forFont, missing };
}

function sectionContent(s: SummarySection, f: (t: string) => string): Content[] {
  const head: Content[] = [{ text: f(s.title), style: 'h2' }];
  if (s.note) head.push({ text: f(s.note), style: 'note' });
  switch (s.kind) {
    case 'facts': {
      const facts: Content[] = [
        ...head,
        {
          table: {
            widths: [130, '*'],
            body: s.facts.map((x) => [{ text: f(x.label), color: MUTED }, { text: f(x.value) }])
          },
          layout: 'noBorders'
        }
      ];
      // A short block keeps its title with it (pdfmake moves the whole stack to the next page); a long one breaks.
      return s.facts.length <= 10 ? [{ unbreakable: true, stack: facts }] : facts;
    }
    case 'list':
      return [
        ...head,
        s.items.length
          ? { ol: s.items.map((i) => f(i)), margin: [0, 2, 0, 0] }
          : { text: f(s.empty ?? ''), style: 'note' }
      ];
    case 'table': {
      if (s.rows.length === 0) return [...head, { text: f(s.empty ?? ''), style: 'note' }];
      const header: TableCell[] = s.columns.map((c) => ({
        text: f(c.title),
        style: 'th',
        alignment: c.align ?? 'left'
      }));
      const body: TableCell[][] = s.rows.map((r) =>
        r.map((cell, i) => ({ text: f(cell), alignment: s.columns[i]?.align ?? 'left' }))
      );
      return [
        ...head,
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: s.columns.map((c) => c.width),
            body: [header, ...body]
          },
          layout: 'lightHorizontalLines',
          fontSize: 8.5
        }
      ];
    }
    case 'bars': {
      // pdfmake cannot lay out a table without rows.
      if (s.bars.length === 0) return [...head, { text: f(s.empty ?? ''), style: 'note' }];
      const max = Math.max(0, ...s.bars.map((b) => b.value));
      const width = 200;
      // A short chart: kept on one page with its title (pdfmake moves the whole stack to the next page).
      return [
        {
          unbreakable: true,
          stack: [
            ...head,
            {
              table: {
                widths: [150, width, '*'],
                body: s.bars.map((b) => [
                  { text: f(b.label) },
                  {
                    canvas: [
                      {
                        type: 'rect',
                        x: 0,
                        y: 2,
                        w: max > 0 ? Math.max(1, (b.value / max) * width) : 1,
                        h: 9,
                        color: BRAND
                      }
                    ]
                  },
                  { text: f(b.text), alignment: 'right' }
                ])
              },
              layout: 'noBorders'
            }
          ]
        }
      ];
    }
  }
}

/** The document for `model`; `covers` says whether the embedded font has a glyph for a character. */
export function buildDocument(model: SummaryModel, covers: (ch: string) => boolean): BuiltDocument {
  const { forFont: f, missing } = fontFilter(covers);
  const content: Content[] = [
    { text: f(model.title), style: 'h1' },
    { text: f(model.generatedOn), style: 'note' },
    {
      table: { widths: ['*'], body: [[{ text: f(model.disclaimer), bold: true, color: '#7a4b00' }]] },
      layout: { hLineColor: () => '#e0b050', vLineColor: () => '#e0b050', fillColor: () => '#fff8e6' },
      margin: [0, 6, 0, 8]
    },
    {
      table: {
        widths: [110, '*'],
        body: model.header.map((h) => [
          { text: f(h.label), color: MUTED },
          { text: f(h.value), bold: true }
        ])
      },
      layout: 'noBorders'
    },
    ...model.sections.flatMap((s) => sectionContent(s, f))
  ];
  const footer = f(model.footer);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 56],
    info: { title: f(model.title), subject: f(model.disclaimer), creator: '知融自测 IP Finance Self-Check' },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 16, bold: true, color: BRAND, margin: [0, 0, 0, 2] },
      h2: { fontSize: 12, bold: true, color: BRAND, margin: [0, 12, 0, 4] },
      th: { bold: true, color: MUTED },
      note: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 4] }
    },
    content,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: footer, fontSize: 7.5, color: MUTED },
        {
          text: model.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages)),
          alignment: 'right',
          fontSize: 7.5,
          color: MUTED,
          width: 90
        }
      ],
      margin: [40, 16, 40, 0]
    })
  };
  return { definition, missing };
}
