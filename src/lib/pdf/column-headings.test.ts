/**
 * The PDF's table headings fit their columns in both languages: pdfmake breaks a word wider than its column inside
 * the word ("Pledgeabl / e", "compound / ed"), so every word of every heading must come back whole from the rendered
 * file (poppler's pdftotext), and the English file's money is in RMB, not 万元.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnterpriseSchema } from '$lib/engine';
import { summaryModel } from './summary-model';
import { AS_OF, assessed, summaryPdf, translator } from './test-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'zr-pdf-headings-'));

async function textOf(lang: 'zh-CN' | 'en'): Promise<string> {
  const { bytes } = await summaryPdf(5, lang);
  const file = join(dir, `summary-${lang}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

function headings(lang: 'zh-CN' | 'en'): string[] {
  const data = assessed(5);
  const { t, num } = translator(lang);
  const model = summaryModel({
    enterprise: EnterpriseSchema.parse(data.enterprise),
    assets: data.assets as never,
    result: data.result,
    asOf: AS_OF,
    lang,
    t,
    num
  });
  return model.sections.flatMap((s) => (s.kind === 'table' ? s.columns.map((c) => c.title) : []));
}

/** Words of a text: whitespace-separated, addresses and abbreviations (anything with . / : @) left out, edges trimmed. */
function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((t) => !/[./:@]/.test(t))
    .map((t) => t.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
    .filter(Boolean);
}

/** Every word of the English messages: a piece of a heading word that is none of these was cut by pdfmake. */
function englishWords(): Set<string> {
  const root = join(import.meta.dirname, '../i18n/locales/en');
  const words = new Set(readdirSync(root).flatMap((f) => tokens(readFileSync(join(root, f), 'utf8'))));
  // The money formatter's own words ($lib/i18n/money): "RMB 4.31 m".
  for (const w of ['RMB', 'm']) words.add(w);
  return words;
}

/** Words of the file that are the start or the end of a heading word and no word of ours: "Pledgeabl", "ed". */
function cutWords(text: string, headingWords: string[], known: Set<string>): string[] {
  return [...new Set(tokens(text))].filter(
    (t) => !known.has(t) && headingWords.some((w) => w !== t && (w.startsWith(t) || w.endsWith(t)))
  );
}

describe('PDF column headings', () => {
  it('English: no heading word is cut inside (pdfmake splits a word wider than its column)', async () => {
    const text = await textOf('en');
    const words = [...new Set(headings('en').flatMap((h) => h.split(/[^A-Za-z'-]+/)))].filter(
      (w) => w.length > 3
    );
    expect(words.length).toBeGreaterThan(10);
    expect(cutWords(text, words, englishWords())).toEqual([]);
    expect(text).toContain("RMB '000");
    expect(text).not.toMatch(/万/);
  });

  it('the check can fail', () => {
    const known = new Set(['Amount', 'Pledgeable', 'All-in', 'compounded']);
    expect(
      cutWords('Amount Pledgeabl e All-in compound ed www.x.com', ['Pledgeable', 'compounded'], known)
    ).toEqual(['Pledgeabl', 'e', 'compound', 'ed']);
  });
});
