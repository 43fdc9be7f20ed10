/**
 * The PDF summary offline: once the service worker controls the page, the network goes away and the
 * export from the overview still gives a real PDF (pdfmake and the font come from the precache), with the
 * enterprise's name in it as text (poppler's pdftotext, installed by scripts/find-chromium.sh).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addPatent, createEnterprise, exportAll, waitForServiceWorkerControl } from './pages';

test('offline, the overview exports the summary as a PDF with the enterprise in it', async ({
  page,
  context,
  cspViolations
}) => {
  test.setTimeout(120_000);
  const timings: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('pdf-export:') || m.text().startsWith('pdf-warm:')) timings.push(m.text());
  });
  const eid = await createEnterprise(page, '深圳市离线导出科技有限公司');
  await addPatent(page, { title: '一种数据压缩方法' });
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  const response = await page.goto(`/overview?e=${encodeURIComponent(eid)}`);
  expect(response?.fromServiceWorker()).toBe(true);
  const button = page.getByRole('button', { name: '导出 PDF 摘要' });
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

  // The status says it is working while the PDF is made; the export can finish before a poll sees it, so a
  // MutationObserver notes it when it appears.
  await page.evaluate(() => {
    const w = window as unknown as { sawBusy: boolean };
    w.sawBusy = false;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]'))
        if (el.textContent?.includes('正在生成…')) w.sawBusy = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await button.click();
  const file = await download;
  expect(await page.evaluate(() => (window as unknown as { sawBusy: boolean }).sawBusy)).toBe(true);
  expect(file.suggestedFilename()).toMatch(/^知融自测-深圳市离线导出科技有限公司-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await file.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('深圳市离线导出科技有限公司');
  expect(text).toContain('201810557067.3');
  await expect(page.getByTestId('export-message')).toContainText('PDF 已生成');
  console.log(`pdf.spec: ${timings.join(' | ')} (${bytes.length} bytes)`);
  expect(cspViolations).toEqual([]);
});

/** CNIPA's check character: Σ digit × weight (2…9, 2…5) mod 11, 10 written X (201810557067 → 3). */
function patentNumber(serial: number): string {
  const body = `20181${String(5570000 + serial)}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const r = Array.from(body).reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11;
  return `${body}.${r === 10 ? 'X' : r}`;
}

test('50 patents: the export finishes, under 300 KB, also right after a warm-up (timing in the log)', async ({
  page
}, testInfo) => {
  test.setTimeout(180_000);
  const timings: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('pdf-export:') || m.text().startsWith('pdf-warm:')) timings.push(m.text());
  });
  const eid = await createEnterprise(page, '五十项专利企业');
  await addPatent(page, { title: '一种数据压缩方法' });

  // The backup of this enterprise, with its patent copied 49 times (new ids and numbers), imported back.
  const backup = await exportAll(page);
  const first = backup.assets[0]!;
  for (let i = 1; i < 50; i++)
    backup.assets.push({
      ...first,
      id: `bulk-${i}`,
      identifier: patentNumber(i),
      title: `一种数据压缩方法 ${i + 1}`
    });
  const file = testInfo.outputPath('fifty.json');
  writeFileSync(file, JSON.stringify(backup));
  await page.getByLabel('选择备份文件（.json）').setInputFiles(file);
  await page
    .getByRole('region', { name: '导入前请核对' })
    .getByRole('button', { name: '导入', exact: true })
    .click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  await page.goto(`/overview?e=${encodeURIComponent(eid)}`);
  const download = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByRole('button', { name: '导出 PDF 摘要' }).click();
  const pdf = await download;
  const path = (await pdf.path())!;
  const bytes = readFileSync(path);
  expect(bytes.length).toBeLessThan(300 * 1024);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain(patentNumber(49));
  // Again, warm (pdfmake and the font already loaded): the render alone.
  const again = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByRole('button', { name: '导出 PDF 摘要' }).click();
  await again;
  // An owner who opens the screen and reads it before tapping: the screen warms pdfmake and the font when idle
  // (data-warm), then the first export of this page load.
  await page.goto(`/overview?e=${encodeURIComponent(eid)}`);
  await expect(page.getByTestId('export-pdf')).toHaveAttribute('data-warm', 'true', { timeout: 60_000 });
  const warmed = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByRole('button', { name: '导出 PDF 摘要' }).click();
  await warmed;
  console.log(`pdf.spec 50 assets (cold tap | again | first after warm-up): ${timings.join(' | ')}`);
});
