/**
 * Builds the PDF from a fixture with pdfmake's Node build and the committed font, then reads it back with poppler's
 * pdftotext and pdffonts (Debian's poppler-utils; scripts/test-all.sh installs it): the text is really in the file,
 * the font is embedded as a subset, and the page count grows with the portfolio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildDocument, fontFilter } from './document';
import { summaryFixture } from './fixtures';
import { renderPdf, type PdfMakeLike } from './render';
import { fontCovers } from './font-coverage';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMakeLike;
const font = new Uint8Array(readFileSync('static/fonts/NotoSansSC-Subset.ttf'));
const covers = fontCovers(font);
const dir = mkdtempSync(join(tmpdir(), 'zr-pdf-'));

async function pdfOf(n: number): Promise<{ file: string; bytes: Uint8Array }> {
  const { definition } = buildDocument(summaryFixture(n), covers);
  const bytes = await renderPdf(pdfmake, font, definition);
  const file = join(dir, `summary-${n}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('the PDF summary', () => {
  it('holds the enterprise, its code, every asset number, the total and a policy source as text', async () => {
    const { file, bytes } = await pdfOf(5);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const t = text(file);
    expect(t).toContain('深圳市知融科技有限公司');
    expect(t).toContain('914403001922038216');
    for (let i = 0; i < 5; i++) expect(t).toContain(`2018105570${String(i).padStart(2, '0')}.3`);
    expect(t).toContain('250.00 万元');
    expect(t).toContain('https://patent.gbicom.cn/news/6269');
    expect(t).toContain('不是资产评估报告');
    expect(t).toMatch(/第\s*1\s*\/\s*1\s*页/);
  });

  it('embeds the Chinese font as a subset', async () => {
    const { file } = await pdfOf(1);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    // pdffonts marks an embedded font "yes" in the emb column and names a subset with a six-letter prefix.
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it('the page count grows with the portfolio; 50 assets paginate with the header repeated', async () => {
    const small = await pdfOf(5);
    const large = await pdfOf(50);
    expect(pages(large.file)).toBeGreaterThan(pages(small.file));
    const t = text(large.file);
    // The table header appears once per page the table spans.
    const headers = t.split('估值区间（万元）').length - 1;
    expect(headers).toBeGreaterThanOrEqual(pages(large.file) - 1);
    expect(t).toContain('201810557049.3');
    expect(large.bytes.length).toBeLessThan(300 * 1024);
  });
});

describe('characters the font lacks', () => {
  it('are written as their code point and named, never a silent blank', () => {
    const some = new Set(['中', '文', 'a', 'b', 'c']);
    const { forFont, missing } = fontFilter((ch) => some.has(ch));
    expect(forFont('中𠀀文\u202Eabc😀')).toBe('中[U+20000]文abc[U+1F600]');
    expect(missing).toEqual(['𠀀', '😀']);
  });
  it('the committed font covers all of GB2312 and the app’s own messages, read from its own cmap', () => {
    for (const ch of '知识产权融资预申请摘要渲浏览') expect(covers(ch)).toBe(true);
    // GB2312 row 0xB0-0xF7 (6,763 hanzi), decoded through GBK as scripts/make-pdf-font.mjs does.
    const gbk = new TextDecoder('gbk');
    let hanzi = 0;
    for (let hi = 0xb0; hi <= 0xf7; hi++)
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        const ch = gbk.decode(new Uint8Array([hi, lo]));
        if (ch !== '\ufffd' && !(hi === 0xd7 && lo > 0xf9)) {
          hanzi++;
          expect(covers(ch), ch).toBe(true);
        }
      }
    expect(hanzi).toBe(6763);
    // Not in the font: a character from CJK extension B, and an emoji.
    expect(covers('𠀀')).toBe(false);
    expect(covers('😀')).toBe(false);
  });
});
