/**
 * The few things the cross-engine run does to the app, the same way in every engine: open a screen, click a control
 * by role and name (or test id), fill a field by its label, read text, wait until something shows, and a screenshot
 * when a step fails. Each engine supplies a `Driver` (webkit.ts: W3C WebDriver over fetch; firefox.ts: puppeteer over
 * WebDriver BiDi) with the primitive operations; `AppPage` adds the waiting, identical for all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clearField,
  controlKind,
  describeTarget,
  isEnabled,
  setControlValue,
  textOfElement,
  type Target
} from './in-page';

export type Engine = 'webkit' | 'firefox';

/** An element reference of the engine's own kind (a WebDriver element id, a puppeteer handle). */
export type ElementRef = { readonly __element: unique symbol };

/** What an engine must provide. `run` executes a self-contained function in the page (see in-page.ts). */
export interface Driver {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** `run` for a function of one element (the element is passed first). */
  runOn<A extends unknown[], R>(
    el: ElementRef,
    fn: (el: Element, ...args: A) => R,
    ...args: A
  ): Promise<Awaited<R>>;
  find(target: Target): Promise<ElementRef | null>;
  click(el: ElementRef): Promise<void>;
  type(el: ElementRef, text: string): Promise<void>;
  upload(el: ElementRef, path: string): Promise<void>;
  screenshot(): Promise<Uint8Array>;
  close(): Promise<void>;
}

const POLL_MS = 100;
/** ENGINES_TRACE=1 prints each operation with the time since the page was made: where a slow or stuck step waits. */
const TRACE = process.env.ENGINES_TRACE === '1';

export class AppPage {
  readonly #started = Date.now();

  constructor(
    readonly driver: Driver,
    readonly origin: string,
    /** How long a wait lasts before it fails (ms). */
    readonly timeout = 15_000
  ) {}

  #trace(what: string): void {
    if (TRACE) console.log(`${this.engine} +${Date.now() - this.#started} ms: ${what}`);
  }

  get engine(): Engine {
    return this.driver.engine;
  }

  /**
   * Opens a screen of the app and waits until its first heading shows and nothing says "reading the data" (app.loading):
   * the app has started and read IndexedDB (the prerendered home shows its heading before).
   */
  async open(path: string): Promise<void> {
    this.#trace(`open ${path}`);
    await this.driver.goto(this.origin + path);
    await this.waitUntil(`${path} rendered`, () =>
      this.driver.run(
        () =>
          Boolean(document.querySelector('main h1')) &&
          !Array.from(document.querySelectorAll('[role=status]')).some((s) =>
            /^(正在读取本机数据|Reading the data on this device)/.test((s.textContent ?? '').trim())
          )
      )
    );
  }

  /** The path and query of the current address: `/assets?e=…`. */
  async path(): Promise<string> {
    const u = new URL(await this.driver.url());
    return u.pathname + u.search;
  }

  async waitForPath(re: RegExp): Promise<string> {
    let last = '';
    await this.waitUntil(`address matching ${re}`, async () => re.test((last = await this.path())));
    return last;
  }

  /** Waits until `target` is on screen and returns it. */
  async find(target: Target): Promise<ElementRef> {
    let found: ElementRef | null = null;
    await this.waitUntil(
      describeTarget(target),
      async () => (found = await this.driver.find(target)) !== null
    );
    return found!;
  }

  async has(target: Target): Promise<boolean> {
    return (await this.driver.find(target)) !== null;
  }

  /** Clicks `target` once it shows and is enabled (a real click: the engine's pointer, not el.click()). */
  async click(target: Target): Promise<void> {
    let el: ElementRef | null = null;
    await this.waitUntil(`${describeTarget(target)} enabled`, async () => {
      el = await this.driver.find(target);
      return el !== null && (await this.driver.runOn(el, isEnabled));
    });
    this.#trace(`click ${describeTarget(target)}`);
    await this.driver.click(el!);
  }

  /**
   * Fills a field: types into text fields (after emptying them); sets date fields and selects as their pickers do
   * (typing a date differs in every engine, a phone user picks one).
   */
  async fill(target: Target, value: string): Promise<void> {
    const el = await this.find(target);
    this.#trace(`fill ${describeTarget(target)}`);
    const kind = await this.driver.runOn(el, controlKind);
    if (kind === 'date' || kind === 'select') {
      const now = await this.driver.runOn(el, setControlValue, value);
      if (now !== value) throw new Error(`${describeTarget(target)} took "${now}", not "${value}"`);
      return;
    }
    await this.driver.runOn(el, clearField);
    await this.driver.type(el, value);
  }

  async upload(target: Target, path: string): Promise<void> {
    await this.driver.upload(await this.find(target), path);
  }

  /** The visible text of `target` (once it shows), or of the whole page. */
  async text(target?: Target): Promise<string> {
    if (!target) return this.driver.run(() => document.body.innerText.replace(/[\u2066-\u2069]/g, ''));
    return this.driver.runOn(await this.find(target), textOfElement);
  }

  /** Waits until the page (or `target`) shows `text` (a string or a pattern). */
  async waitForText(text: string | RegExp, target?: Target): Promise<string> {
    let last = '';
    const want = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    try {
      await this.waitUntil(`text ${text}`, async () => {
        const el = target ? await this.driver.find(target) : null;
        if (target && !el) return false;
        last = el
          ? await this.driver.runOn(el, textOfElement)
          : await this.driver.run(() => document.body.innerText.replace(/[\u2066-\u2069]/g, ''));
        return want(last);
      });
    } catch (err) {
      const where = target ? describeTarget(target) : 'the page';
      throw new Error(`${(err as Error).message}; ${where} shows:\n${last.slice(0, 1500)}`);
    }
    return last;
  }

  /** Polls `condition` until it is true; fails after the timeout naming what it waited for. */
  async waitUntil(what: string, condition: () => Promise<boolean>, timeout = this.timeout): Promise<void> {
    this.#trace(`wait for ${what}`);
    const end = Date.now() + timeout;
    let lastError: unknown;
    for (let polls = 1; ; polls++) {
      try {
        if (await condition()) {
          if (polls > 1)
            this.#trace(
              `  … after ${polls} polls ${lastError ? (lastError as Error).message.slice(0, 200) : ''}`
            );
          return;
        }
        lastError = undefined;
      } catch (err) {
        // A navigation in progress (the page went away mid-call): try again.
        lastError = err;
      }
      if (Date.now() > end) {
        const why = lastError ? ` (last error: ${(lastError as Error).message})` : '';
        throw new Error(`${this.engine}: waited ${timeout} ms for ${what}${why}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Saves a screenshot to test-results/engines/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    const dir = join('test-results', 'engines');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    writeFileSync(file, await this.driver.screenshot());
    return file;
  }
}
