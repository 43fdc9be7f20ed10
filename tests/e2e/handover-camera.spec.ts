/**
 * The QR hand-over through a camera. One phone shows the codes one at a time; the screen is filmed: the codes are
 * taken from it as the app draws them (screenshots of the code), laid into a video file (YUV4MPEG2) and given to a
 * second Chromium as its camera (--use-fake-device-for-media-stream, --use-file-for-fake-video-capture). That
 * phone scans with the app's own camera loop, says which codes it still needs, and imports the enterprise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { AssetInput } from '../../src/lib/engine/index';
import { assetInput, enterpriseInput, REAL_IDS } from '../../src/lib/engine/test-fixtures';
import { APP_ORIGIN, expect, putRecords, test } from './fixtures';

const SIDE = 480;
const FPS = 5;
/** Luma for black and white in the limited range a YUV 4:2:0 video uses (BT.601: 16-235). */
const luma = (gray: number) => Math.round(16 + (219 * gray) / 255);

/**
 * One SIDE × SIDE frame's luma: the code's picture (a screenshot, any size) scaled into a 400 px square on white,
 * nearest pixel, as a camera held square to the screen would see it.
 */
function frameOf(png: PNG): Uint8Array {
  const y = new Uint8Array(SIDE * SIDE).fill(luma(255));
  const size = 400;
  const off = (SIDE - size) / 2;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const sx = Math.floor((c * png.width) / size);
      const sy = Math.floor((r * png.height) / size);
      const i = (sy * png.width + sx) * 4;
      const gray = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
      y[(off + r) * SIDE + off + c] = luma(gray);
    }
  }
  return y;
}

/** A YUV4MPEG2 video (what Chromium's fake camera plays, looping): each luma frame `seconds` long, grey chroma. */
function y4m(frames: { y: Uint8Array; seconds: number }[]): Buffer {
  const chroma = Buffer.alloc((SIDE / 2) * (SIDE / 2), 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${SIDE} H${SIDE} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  for (const f of frames)
    for (let k = 0; k < f.seconds * FPS; k++)
      parts.push(Buffer.from('FRAME\n'), Buffer.from(f.y), chroma, chroma);
  return Buffer.concat(parts);
}

const ENTERPRISE = enterpriseInput({ id: 'cam-e1', name: '摄像头交接测试有限公司' });
const ASSETS: AssetInput[] = (['invention', 'utility', 'design', 'trademark', 'software'] as const).flatMap(
  (type, i) =>
    [0, 1].map((k) =>
      assetInput({
        id: `cam-a${i}-${k}`,
        enterpriseId: ENTERPRISE.id,
        type,
        identifier: REAL_IDS[type],
        title: `第 ${i * 2 + k + 1} 项：${type} 的较长名称，让交接需要几个二维码`,
        ...(type === 'trademark'
          ? { grantDate: '2020-01-07' }
          : type === 'software'
            ? { creationDate: '2021-03-01' }
            : { filingDate: '2019-05-20' }),
        use: { inUse: true, products: `产品 ${i}-${k}`, revenueWan: 100 + i * 10 + k }
      })
    )
);

test('a second phone scans the codes with its camera, says which it still needs, and imports them', async ({
  page,
  playwright,
  pageErrors
}, testInfo) => {
  test.setTimeout(180_000);
  await putRecords(page, { enterprises: [ENTERPRISE], assets: ASSETS });

  // The sending phone: every code once, paused so each can be filmed in turn.
  await page.goto(`/handover?e=${ENTERPRISE.id}`);
  await page.getByRole('button', { name: '显示二维码' }).click();
  const count = page.getByTestId('qr-count');
  await expect(count).toHaveText(/^1 \/ \d+$/);
  const n = Number((await count.textContent())!.split('/')[1]);
  expect(n, 'ten assets take several codes').toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: '暂停自动换码' }).click();
  while ((await count.textContent()) !== `1 / ${n}`)
    await page.getByRole('button', { name: '下一个', exact: true }).click();
  const frames: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const code = page.getByTestId('qr-code');
    await expect(code).toHaveAttribute('data-index', String(i));
    await expect(code).toHaveAttribute('data-drawn', 'true');
    // Whole, clear of the sticky header.
    await code.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const png = PNG.sync.read(await code.screenshot());
    // What is filmed is the code the caption names (a draw still running from the quick taps above must not have
    // painted another code over it).
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data, `code ${i + 1}`).toMatch(new RegExp(`^ZR1\\|[^|]+\\|${i + 1}/${n}\\|`));
    frames.push(frameOf(png));
    await page.getByRole('button', { name: '下一个', exact: true }).click();
  }

  // The film: the codes in order, two seconds each, then code 2 again after a blank stretch, so the receiver has
  // read some and still needs others for a while. The video loops.
  const blank = new Uint8Array(SIDE * SIDE).fill(luma(255));
  const video = y4m([
    { y: frames[0]!, seconds: 2 },
    ...frames.slice(2).map((y) => ({ y, seconds: 2 })),
    { y: blank, seconds: 4 },
    { y: frames[1]!, seconds: 2 },
    { y: blank, seconds: 1 }
  ]);
  const dir = testInfo.outputPath('camera');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'codes.y4m');
  writeFileSync(file, video);

  // The receiving phone: another Chromium, whose camera plays that film.
  const launch = testInfo.project.use.launchOptions ?? {};
  const browser = await playwright.chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`
    ]
  });
  try {
    const context = await browser.newContext({
      baseURL: APP_ORIGIN,
      viewport: { width: 360, height: 740 },
      locale: 'zh-CN',
      serviceWorkers: 'block',
      permissions: ['camera']
    });
    pageErrors.watch(context);
    const phone = await context.newPage();
    await phone.goto('/handover');
    await phone.getByRole('button', { name: '用摄像头扫描' }).click();
    await expect(phone.getByRole('button', { name: '停止扫描' })).toBeVisible();
    // Part way: it names what it has and what it still needs (by number).
    await expect(phone.getByTestId('scan-message')).toContainText(
      new RegExp(`已读取 [1-${n - 1}] / ${n} 个，还缺第 [\\d、]+ 个`),
      { timeout: 60_000 }
    );
    const preview = phone.getByTestId('handover-preview');
    await expect(preview).toContainText('摄像头交接测试有限公司', { timeout: 90_000 });
    await expect(preview).toContainText('10 项知识产权');
    // Complete: the camera has stopped by itself.
    await expect(phone.getByRole('button', { name: '用摄像头扫描' })).toBeVisible();
    await phone.getByRole('button', { name: '导入', exact: true }).click();
    await expect(phone.getByText(/已导入 \u2068?摄像头交接测试有限公司/).first()).toBeVisible();
    await context.close();
  } finally {
    await browser.close();
  }
});
