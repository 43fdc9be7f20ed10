/**
 * Exports the PDF summary on the phone (browser only). Loaded with `import()` by a screen with the export button, once
 * the browser is idle (`warmPdf`: pdfmake, about 1 MB, and the font, 2.2 MB, from the service worker's precache, so
 * it works offline), or when the user taps, whichever comes first. Steps yield to the event loop in between, so the "generating…" status paints and taps still register.
 * Then the file goes to the system share sheet where the browser can share files (phones), else it downloads.
 */
import { isWeChatBrowser } from '$lib/pwa/pwa.svelte';
import { buildDocument, PDF_FONT } from './document';
import { fontCovers } from './font-coverage';
import { loadPdfMessages } from './messages';
import { renderPdf, type PdfMakeLike } from './render';
import { summaryModel, type SummaryInput } from './summary-model';

export const FONT_URL = '/fonts/NotoSansSC-Subset.ttf';

export type ExportOutcome =
  /** Inside WeChat: nothing exported; the user should open the app in the system browser first. */
  | { kind: 'wechat' }
  | {
      kind: 'shared' | 'downloaded' | 'cancelled';
      fileName: string;
      bytes: number;
      /** Characters the font lacks, written as [U+XXXX] in the PDF. */
      missing: string[];
      /** Milliseconds from the tap to the file, for the log. */
      ms: number;
      /** Of which: loading pdfmake, the font and messages; building the layout; rendering the bytes. */
      steps: { load: number; layout: number; render: number };
    };

/** A macrotask break: lets the browser paint the status and handle input before the next heavy step. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** True in WeChat's built-in browser: the PWA banner's own test. */
export const inWeChat = isWeChatBrowser;

/**
 * A file name every phone accepts: no path separators, reserved or control characters, no bidi controls, no
 * leading dots, at most 120 characters; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = 'summary.pdf'): string {
  const ext = name.toLowerCase().endsWith('.pdf') ? '.pdf' : '';
  const stem = ext ? name.slice(0, -4) : name;
  const clean = Array.from(
    stem
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/[\\/:*?"<>|]+/g, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
  )
    .slice(0, 120)
    .join('');
  return clean === '' ? fallback : `${clean}${ext}`;
}

let pdfmakePromise: Promise<PdfMakeLike> | null = null;

/** pdfmake's browser build, loaded once (a failed load, e.g. offline before the precache, is tried again next time). */
function loadPdfmake(): Promise<PdfMakeLike> {
  pdfmakePromise ??= import('pdfmake/build/pdfmake.js').then(
    (m: unknown) => ((m as { default?: unknown }).default ?? m) as PdfMakeLike,
    (err: unknown) => {
      pdfmakePromise = null;
      throw err;
    }
  );
  return pdfmakePromise;
}

async function fetchOk(url: string): Promise<Response> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

interface LoadedFont {
  bytes: Uint8Array;
  /** Whether the font has a glyph for a character (its cmap, read once). */
  covers: (ch: string) => boolean;
}

let fontPromise: Promise<LoadedFont> | null = null;

/** The embedded font's bytes and coverage, fetched (from the precache) and read once per page. */
function loadFont(): Promise<LoadedFont> {
  fontPromise ??= fetchOk(FONT_URL)
    .then(async (r) => new Uint8Array(await r.arrayBuffer()))
    .then(
      (bytes) => ({ bytes, covers: fontCovers(bytes) }),
      (err: unknown) => {
        fontPromise = null;
        throw err;
      }
    );
  return fontPromise;
}

let warmPromise: Promise<number | null> | null = null;

/**
 * Loads what an export needs (pdfmake, the font, the PDF's messages) ahead of the tap and renders a two-line PDF
 * once: a screen with the export button calls it once the browser is idle, so the first export only lays out and
 * renders, as fast as a second one. Resolves to the warm-up render's milliseconds (for the log), or null when a load
 * failed: failures are silent here, the export itself loads again and says what went wrong.
 */
export function warmPdf(): Promise<number | null> {
  warmPromise ??= (async () => {
    const [pdfmake, font] = await Promise.all([loadPdfmake(), loadFont(), loadPdfMessages()]);
    // A two-line document in the embedded font: pdfmake's and the font reader's first-use work (compiling their
    // code, reading the font's tables) happens here, while the owner reads the screen, instead of on the tap.
    const t0 = performance.now();
    await renderPdf(pdfmake, font.bytes, {
      content: [{ text: '知融自测 IP 0123456789' }, { text: '知识产权', bold: true }],
      defaultStyle: { font: PDF_FONT }
    });
    return Math.round(performance.now() - t0);
  })().catch(() => {
    warmPromise = null;
    return null;
  });
  return warmPromise;
}

export interface ExportOptions {
  /** File name prefix (the app's name in the current language). */
  prefix: string;
  /** Where the outcome is reported as it goes (for a progress label); optional. */
  onStep?: (step: 'loading' | 'layout' | 'rendering' | 'saving') => void;
}

/** Builds, renders and hands over the summary of `input`. Throws when a step fails (the screen says so). */
export async function exportSummary(input: SummaryInput, options: ExportOptions): Promise<ExportOutcome> {
  if (inWeChat(navigator.userAgent)) return { kind: 'wechat' };
  const started = performance.now();
  options.onStep?.('loading');
  await yieldToBrowser();
  const [pdfmake, font] = await Promise.all([loadPdfmake(), loadFont(), loadPdfMessages()]);
  const loaded = performance.now();
  options.onStep?.('layout');
  await yieldToBrowser();
  const model = summaryModel(input);
  const { definition, missing } = buildDocument(model, font.covers);
  const laidOut = performance.now();
  options.onStep?.('rendering');
  await yieldToBrowser();
  const renderStart = performance.now();
  const bytes = await renderPdf(pdfmake, font.bytes, definition);
  const rendered = performance.now();
  options.onStep?.('saving');
  await yieldToBrowser();
  const fileName = safeFileName(`${options.prefix}-${input.enterprise.name}-${input.asOf}.pdf`);
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const done = (kind: 'shared' | 'downloaded' | 'cancelled'): ExportOutcome => ({
    kind,
    fileName,
    bytes: bytes.length,
    missing,
    ms: Math.round(performance.now() - started),
    steps: {
      load: Math.round(loaded - started),
      layout: Math.round(laidOut - loaded),
      render: Math.round(rendered - renderStart)
    }
  });
  const file = new File([blob], fileName, { type: 'application/pdf' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: model.title });
      return done('shared');
    } catch (err) {
      // The user closed the share sheet: nothing is wrong; other errors fall through to the download.
      if ((err as { name?: string }).name === 'AbortError') return done('cancelled');
    }
  }
  download(blob, fileName);
  return done('downloaded');
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns: revoke later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
