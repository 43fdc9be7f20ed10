/**
 * The language the app starts in: the one chosen on this device (stored by setLocale), else the first Chinese or
 * English entry of the browser's languages (navigator.languages), else Chinese. The inline script at the end of
 * src/app.html applies the same rule before the first paint, so a prerendered screen already shows that language;
 * tests/unit/first-paint.test.ts runs both on the same cases.
 */
export function chooseLanguage(
  stored: string | null | undefined,
  browserLanguages: readonly string[]
): 'zh-CN' | 'en' {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const lang of browserLanguages) {
    if (/^zh\b/i.test(lang)) return 'zh-CN';
    if (/^en\b/i.test(lang)) return 'en';
  }
  return 'zh-CN';
}
