/**
 * i18n through svelte-i18n (ICU messages). Chinese first, English complete.
 * Messages live in one JSON file per namespace and language: locales/<lang>/<namespace>.json, and a key is
 * `<namespace>.<path>` (e.g. `errors.date`, `pwa.updateAvailable`). A unit test checks both languages have the same keys.
 */
import { addMessages, init, locale, register, waitLocale } from 'svelte-i18n';
import { derived } from 'svelte/store';
import { chooseLanguage } from './first-language';
import zhCore from './messages/zh-CN-core';
import { moneyFormat, moneyLang } from './money';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'zr.locale';

// Each language is its own pair of chunks (core and rest, see ./namespaces.ts), loaded when it becomes active: a phone
// downloads the messages it shows, not both languages (first-route JavaScript). The root layout awaits `messagesReady()` before the
// first render; switching language loads the other language first (svelte-i18n keeps the old one on screen until then).
// Offline, the service worker has every chunk.
// Chinese core messages come with the app itself (no second round trip before the first screen of the default language);
// English users download them too (about 4 KB gzip) and their own core chunk on top.
addMessages('zh-CN', zhCore);
register('en', () => import('./messages/en-core').then((m) => m.default));

let restRegistered = false;

/**
 * Makes every namespace part of each language's messages (a no-op after the first call); the next `waitLocale()`
 * loads them for the active language, and a language switch loads them with the rest of that language.
 */
export function useAllMessages(): void {
  if (restRegistered) return;
  restRegistered = true;
  register('zh-CN', () => import('./messages/zh-CN-rest').then((m) => m.default));
  register('en', () => import('./messages/en-rest').then((m) => m.default));
}

/** The choice stored on this device, else the browser's languages (chooseLanguage); Chinese when prerendering. */
function startingLocale(): Locale {
  // Not `navigator`: Node 21+ has one too, with the build machine's language.
  if (typeof document === 'undefined') return DEFAULT_LOCALE;
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  return chooseLanguage(stored, navigator.languages ?? [navigator.language]);
}

const initial = startingLocale();
// The fallback is the language shown first, not always Chinese: svelte-i18n loads the fallback's messages too, and
// both languages are complete (tests/unit/i18n.test.ts), so a fallback is never needed to fill a gap.
// init() resolves once the first language is set, that is once its core messages are in (English loads them first).
// The first language is given as the fallback only: with `initialLocale`, init() checks it with `Intl`, and a page's
// first `Intl` call loads the browser's locale data, 20-30 ms of main thread here and a few times that on a phone,
// inside the script's first task. Both languages are valid, so the check has nothing to catch; without it the home
// screen's first visit never needs that data (docs/performance.md, "Speed VIII"): it loads when a screen formats a
// number, a date or a plural.
const firstLanguage = init({
  fallbackLocale: initial,
  // A key with no message shows as the key itself: said as an error, so the e2e suite (which fails a test on any
  // console error) catches a key built at run time that no language has. A lookup with a default is not missing.
  handleMissingMessage: ({ locale, id, defaultValue }) => {
    if (defaultValue === undefined || defaultValue === null)
      console.error(`i18n: no message "${id}" in ${locale}`);
    return undefined;
  }
});

/**
 * Resolves when the active language can be shown: the first language is set, and whatever has been registered since
 * (the rest, see useAllMessages) is loaded. `waitLocale()` alone is not enough on a first load in English: it waits for
 * the newest loaders only, and could resolve before the core ones had set the language (nothing would render).
 */
export async function messagesReady(): Promise<void> {
  await firstLanguage;
  await waitLocale();
}

/** Switches the language, remembers it on this device and sets <html lang>. */
export function setLocale(lang: Locale): void {
  void locale.set(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export { _, locale, number, date } from 'svelte-i18n';

/** Money in the active language (./money.ts): `$money.wan(76.61)` is '76.61 万元' or 'RMB 766,100'. */
export const money = derived(locale, (l) => moneyFormat(moneyLang(l)));
export type { Money } from './money';
