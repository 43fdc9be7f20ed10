// Renders static/icons/icon.svg to the PNG icons the manifest and app.html list. Run once after changing the SVG
// and commit the PNGs: the build itself never needs Chromium.
//   PW_CHROMIUM_PATH=/usr/bin/chromium node scripts/make-icons.mjs   (default path: scripts/find-chromium.sh)
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const iconsDir = `${root}static/icons/`;
const BRAND = '#0f5c4d';

/** The SVG's contents without its outer <svg> element, so it can be nested in another drawing. */
function innerOf(svg) {
  return svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
}

/**
 * Full-bleed square for launchers that crop (maskable) and for iOS (which rounds corners itself and paints
 * transparency black): a solid background, and the icon shrunk to 80 % so the mark stays inside the central
 * safe-zone circle (radius 40 % of the size, per the W3C manifest spec).
 */
function fullBleed(svg) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${BRAND}"/><g transform="translate(51.2 51.2) scale(0.8)">${innerOf(svg)}</g></svg>`;
}

function chromiumPath() {
  if (process.env.PW_CHROMIUM_PATH) return process.env.PW_CHROMIUM_PATH;
  return execFileSync('bash', [`${root}scripts/find-chromium.sh`], { encoding: 'utf8' }).trim();
}

/**
 * The icons are flat shapes in a few colours: a 64-colour palette without dithering looks the same and is a third
 * of the size, which the offline copy's budget needs (every install downloads all four). Uses ImageMagick's
 * convert when installed (Debian's imagemagick); without it the PNGs stay full colour.
 */
function quantize(file) {
  try {
    execFileSync('/usr/bin/convert', [file, '-strip', '+dither', '-colors', '64', `PNG8:${file}`]);
  } catch {
    console.warn(`make-icons: ImageMagick not found, ${file} left in full colour`);
  }
}

const svg = await readFile(`${iconsDir}icon.svg`, 'utf8');
const outputs = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(svg) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(svg) }
];

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg: source } of outputs) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<!doctype html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: true
    });
    await writeFile(`${iconsDir}${file}`, png);
    quantize(`${iconsDir}${file}`);
    console.log(`${file}: ${size}x${size}, ${statSync(`${iconsDir}${file}`).size} bytes`);
  }
} finally {
  await browser.close();
}
