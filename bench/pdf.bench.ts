/**
 * The PDF summary in Node: summaryModel + buildDocument + renderPdf with pdfmake's Node build and the
 * committed font, for 5 and 50 assets (the assessment itself is done once, outside the timing). Target: 50 assets
 * under 800 ms and 300 KB. A line per size with the median and the size goes to the log for the notes.
 */
import { afterAll, bench, describe } from 'vitest';
import { assessed, summaryPdf } from '../src/lib/pdf/test-fixtures';

const data = new Map([5, 50].map((n) => [n, assessed(n)]));
const runs = new Map<number, { ms: number[]; bytes: number }>();

describe('PDF summary: model + layout + render (Node, pdfmake)', () => {
  for (const [n, d] of data) {
    bench(
      `${n} assets`,
      async () => {
        const t0 = performance.now();
        const { bytes } = await summaryPdf(n, 'zh-CN', d);
        const r = runs.get(n) ?? { ms: [], bytes: 0 };
        r.ms.push(performance.now() - t0);
        r.bytes = bytes.length;
        runs.set(n, r);
      },
      { iterations: 5, warmupIterations: 1, time: 0 }
    );
  }
});

afterAll(() => {
  for (const [n, r] of runs) {
    const sorted = [...r.ms].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(`pdf bench: ${n} assets: median ${median.toFixed(0)} ms, ${(r.bytes / 1024).toFixed(1)} KiB`);
  }
});
