/**
 * Turns a document definition into PDF bytes with a pdfmake instance (the browser build on the phone, the Node
 * build in tests): the embedded font is registered in pdfmake's virtual file system, and no URL may be fetched
 * (everything the PDF needs is passed in; no request leaves the app).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDF_FONT } from './document';

const FONT_FILE = 'NotoSansSC-Subset.ttf';

/** The part of pdfmake's API this module uses (the same in its browser and Node builds). */
export interface PdfMakeLike {
  virtualfs: { writeFileSync(name: string, data: Uint8Array): void };
  addFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  /** Node build only: which local files the document may read (none: the font is in the virtual file system). */
  setLocalAccessPolicy?(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

export async function renderPdf(
  pdfmake: PdfMakeLike,
  fontBytes: Uint8Array,
  definition: TDocumentDefinitions
): Promise<Uint8Array> {
  pdfmake.virtualfs.writeFileSync(FONT_FILE, fontBytes);
  // One weight is embedded: bold text uses it too (pdfmake needs all four styles named).
  pdfmake.addFonts({
    [PDF_FONT]: { normal: FONT_FILE, bold: FONT_FILE, italics: FONT_FILE, bolditalics: FONT_FILE }
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer);
}
