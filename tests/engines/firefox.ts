/**
 * Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, which Firefox speaks natively (no
 * geckodriver, no browser download). Downloads go to a temporary directory so a test can read what was saved.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { findTarget, tapPoint, type Target } from './in-page';
import type { Driver, ElementRef } from './page';

const FIREFOX = process.env.ENGINES_FIREFOX ?? '/usr/bin/firefox-esr';

export async function launchFirefox(): Promise<Driver & { downloads(): string[] }> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'zr-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: null,
    extraPrefsFirefox: {
      // A Chinese phone's language list.
      'intl.accept_languages': 'zh-CN, zh',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false
    }
  });
  const page = await browser.newPage();
  // Firefox ESR has no BiDi screen-orientation override, which puppeteer sends with the viewport; the size is set.
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2 }).catch(() => undefined);
  // Firefox opens a downloaded PDF in a tab of its own, which would leave the app's tab in the background, where its
  // timers run at most once a second: close such tabs and keep the app's in front.
  browser.on('targetcreated', async (target) => {
    const opened = await target.page().catch(() => null);
    if (!opened || opened === page) return;
    await opened.close().catch(() => undefined);
    await page.bringToFront().catch(() => undefined);
  });
  const handle = (el: ElementRef) => el as unknown as ElementHandle<Element>;

  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    // location.href, not page.url(): the app moves between screens with pushState.
    url: () => page.evaluate(() => location.href),
    run: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
    runOn: (el, fn, ...args) =>
      handle(el).evaluate(fn as (el: Element, ...a: unknown[]) => unknown, ...args) as never,
    find: async (target: Target) => {
      const h = await page.evaluateHandle(findTarget, target);
      const el = h.asElement();
      if (!el) await h.dispose();
      return el as unknown as ElementRef | null;
    },
    // A tap at the element's centre, after checking nothing covers it (as WebDriver's Element Click does): puppeteer's
    // own click waits for an IntersectionObserver, which took seconds in headless Firefox.
    click: async (el) => {
      const point = await handle(el).evaluate(tapPoint);
      if ('covered' in point) throw new Error(`the tap would land on ${point.covered}`);
      await page.mouse.click(point.x, point.y);
    },
    type: (el, text) => handle(el).type(text),
    upload: (el, path) => (handle(el) as ElementHandle<HTMLInputElement>).uploadFile(path),
    screenshot: () => page.screenshot(),
    downloads: () => readdirSync(downloadDir).filter((f) => !f.endsWith('.part')),
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(downloadDir, { recursive: true, force: true });
    }
  };
}
