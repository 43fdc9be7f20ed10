/**
 * i18n through svelte-i18n (ICU messages). Chinese first, English complete.
 * Messages live in one JSON file per namespace and language: locales/<lang>/<namespace>.json, and a key is
 * `<namespace>.<path>` (e.g. `err.date`, `pwa.updateAvailable`). A unit test checks both languages have the same keys.
 */
import { addMessages, init, locale } from 'svelte-i18n';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'zr.locale';

type Dict = { [key: string]: string | Dict };
// pdfdoc (the PDF summary's own text) is left out of the first load: src/lib/pdf/messages.ts adds it on export.
const files = import.meta.glob<Dict>(['./locales/*/*.json', '!./locales/*/pdfdoc.json'], {
  eager: true,
  import: 'default'
});

/** All messages of one language, keyed by namespace. */
export function messagesFor(lang: Locale): Dict {
  const out: Dict = {};
  for (const [path, dict] of Object.entries(files)) {
    const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m && m[1] === lang && m[2]) out[m[2]] = dict;
  }
  return out;
}

for (const lang of LOCALES) addMessages(lang, messagesFor(lang));

function savedLocale(): Locale {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

init({ fallbackLocale: DEFAULT_LOCALE, initialLocale: savedLocale() });

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
