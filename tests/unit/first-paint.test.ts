import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { chooseLanguage } from '../../src/lib/i18n/first-language';

/** src/first-paint.js, inlined in the prerendered home screen, run against a stored choice and browser languages. */
const script = readFileSync(join(import.meta.dirname, '../../src/first-paint.js'), 'utf8');
function inlineScriptLanguage(stored: string | null | Error, languages: string[]): string {
  const documentElement = { lang: 'zh-CN' };
  runInNewContext(script, {
    localStorage: {
      getItem: () => {
        if (stored instanceof Error) throw stored;
        return stored;
      }
    },
    navigator: { languages, language: languages[0] },
    document: { documentElement, getElementById: () => null }
  });
  return documentElement.lang;
}

const CASES: [stored: string | null, languages: string[], expected: 'zh-CN' | 'en'][] = [
  [null, ['zh-CN', 'zh'], 'zh-CN'],
  [null, ['en-US', 'en'], 'en'],
  [null, ['en-GB', 'zh-CN'], 'en'],
  [null, ['zh-TW', 'en'], 'zh-CN'], // any Chinese: the app's only Chinese is zh-CN
  [null, ['fr-FR', 'en-US'], 'en'], // the first of Chinese or English decides
  [null, ['fr-FR', 'de'], 'zh-CN'], // neither: Chinese first
  [null, [], 'zh-CN'],
  [null, ['EN-us'], 'en'],
  [null, ['eng'], 'zh-CN'], // not an English tag
  ['en', ['zh-CN'], 'en'], // the choice made on this device wins
  ['zh-CN', ['en-US'], 'zh-CN'],
  ['fr', ['en-US'], 'en'] // an unknown stored value is ignored
];

describe('the first paint and the app start in the same language', () => {
  test.each(CASES)('stored %s, browser %j → %s', (stored, languages, expected) => {
    expect(chooseLanguage(stored, languages)).toBe(expected);
    expect(inlineScriptLanguage(stored, languages)).toBe(expected);
  });

  test('storage blocked (some private modes): the browser’s languages decide', () => {
    expect(inlineScriptLanguage(new Error('SecurityError'), ['en-US'])).toBe('en');
  });
});
