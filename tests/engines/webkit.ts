/**
 * WebKit, the engine of Safari and of every browser (and WeChat) on an iPhone: Debian's WebKitGTK MiniBrowser driven
 * by WebKitWebDriver over plain W3C WebDriver (a few fetch calls). It needs a display: a private Xvfb is started.
 * Client libraries that ask for WebDriver BiDi (`webSocketUrl`) are refused by WebKitWebDriver, hence no library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTarget, type Target } from './in-page';
import type { Driver, ElementRef } from './page';
import { freePort, stop, waitForLine } from './processes';

/** Debian's MiniBrowser (package libwebkit2gtk-4.1-0, pulled in by webkit2gtk-driver), whatever the architecture. */
export function findMiniBrowser(): string | undefined {
  if (process.env.ENGINES_MINIBROWSER) return process.env.ENGINES_MINIBROWSER;
  const lib = '/usr/lib';
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => d.endsWith('-linux-gnu')) : [];
  for (const dir of dirs)
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
      const path = join(lib, dir, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  return undefined;
}

/** W3C WebDriver's key for an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

type WebElement = { [ELEMENT]: string };

/** Starts Xvfb on `display` (e.g. ':93') or, without one, on a free display it picks itself (-displayfd). */
async function startXvfb(display?: string): Promise<{ child: ChildProcess; display: string }> {
  const args = ['-screen', '0', '1280x1024x24', '-nolisten', 'tcp'];
  if (display) {
    const child = spawn('Xvfb', [display, ...args], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (child.exitCode !== null) throw new Error(`Xvfb ${display} exited (is the display taken?)`);
    return { child, display };
  }
  // -displayfd 1: Xvfb writes the display number it took on stdout once it is ready.
  const child = spawn('Xvfb', ['-displayfd', '1', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
  const line = await waitForLine(child, /^(\d+)$/, 10_000, 'Xvfb');
  return { child, display: `:${line[1]}` };
}

/** `userAgent`: MiniBrowser's own setting, e.g. an iPhone's Safari, to see what the app shows there. */
export async function launchWebKit(
  options: { userAgent?: string } = {}
): Promise<Driver & { downloads(): string[] }> {
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser)
    throw new Error('MiniBrowser not found: install webkit2gtk-driver (or set ENGINES_MINIBROWSER)');
  const xvfb = await startXvfb(process.env.ENGINES_DISPLAY);
  const port = process.env.ENGINES_PORT ? Number(process.env.ENGINES_PORT) + 1 : await freePort();
  // A home of its own: MiniBrowser saves downloads there (and nothing lands in the user's home).
  const home = mkdtempSync(join(tmpdir(), 'zr-webkit-home-'));
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
    // WebKitGTK takes navigator.languages from the process's locale. A bare Debian has no zh_CN locale (zh_CN.UTF-8
    // gives en-US), so C: the app's default, Chinese, as on a Chinese phone.
    env: {
      ...process.env,
      DISPLAY: xvfb.display,
      LANG: 'C.UTF-8',
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config')
    },
    stdio: 'ignore'
  });
  const base = `http://127.0.0.1:${port}`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  for (let i = 0; ; i++) {
    const ready = await call<{ ready: boolean }>('GET', '/status').then(
      (s) => s.ready,
      () => false
    );
    if (ready) break;
    if (i === 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const session = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          args: ['--automation', ...(options.userAgent ? [`--user-agent=${options.userAgent}`] : [])]
        }
      }
    }
  });
  const s = `/session/${session.sessionId}`;
  // A phone-sized window: MiniBrowser keeps it at least about 450 px wide.
  await call('POST', `${s}/window/rect`, { width: 360, height: 740 });

  const script = (fn: (...args: never[]) => unknown) => `return (${fn.toString()}).apply(null, arguments);`;
  const id = (el: ElementRef) => (el as unknown as WebElement)[ELEMENT];

  const driver: Driver & { downloads(): string[] } = {
    engine: 'webkit',
    goto: (url) => call('POST', `${s}/url`, { url }),
    url: () => call<string>('GET', `${s}/url`),
    run: (fn, ...args) => call('POST', `${s}/execute/sync`, { script: script(fn), args }),
    runOn: (el, fn, ...args) =>
      call('POST', `${s}/execute/sync`, { script: script(fn), args: [el, ...args] }),
    find: async (target: Target) => {
      const el = await call<WebElement | null>('POST', `${s}/execute/sync`, {
        script: script(findTarget),
        args: [target]
      });
      return el as unknown as ElementRef | null;
    },
    click: (el) => call('POST', `${s}/element/${id(el)}/click`, {}),
    type: (el, text) => call('POST', `${s}/element/${id(el)}/value`, { text }),
    // WebDriver's Element Send Keys on a file input takes the path.
    upload: (el, path) => call('POST', `${s}/element/${id(el)}/value`, { text: path }),
    downloads: () =>
      [home, join(home, 'Downloads')].flatMap((dir) =>
        existsSync(dir) ? readdirSync(dir).filter((f) => /\.(pdf|json)$/.test(f)) : []
      ),
    screenshot: async () => Buffer.from(await call<string>('GET', `${s}/screenshot`), 'base64'),
    close: async () => {
      await call('DELETE', s).catch(() => undefined);
      await stop(driverProcess);
      await stop(xvfb.child);
      rmSync(home, { recursive: true, force: true });
    }
  };
  return driver;
}
