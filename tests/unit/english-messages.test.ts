/**
 * English reads as English: no Chinese inside English messages except proper names a reader needs verbatim (a
 * document number beside its English title, a programme's own name beside its English one, the other language's
 * name on the language switch, the registry's own prefix in an identifier example); no 万 units ("10k yuan",
 * 万元): money goes through $lib/i18n/money; and a count says "1 point", "2 points" through ICU plural syntax.
 */
import { describe, expect, it } from 'vitest';
import { loadMessages } from './locales';

const en = loadMessages('en');

/** Chinese that may stay in English text, each for the reason given. */
const ALLOWED_HAN: RegExp[] = [
  // Document numbers and titles: 银保监发〔2019〕34号, 财政部 税务总局公告2023年第12号, 《…》.
  /\p{Script=Han}+〔\d{4}〕\d+号/gu,
  /财政部 税务总局公告\d{4}年第\d+号/gu,
  /《[^》]+》/gu,
  // Programme names, in brackets after their English rendering: “Suzhidai” (苏知贷).
  /\((苏知贷|天府知来贷)\)/gu,
  // The language switch names the other language in that language.
  /切换语言|简体中文/gu,
  // A copyright registration number starts with the registry's prefix (asset.identifierHint.copyright).
  /国作登字/gu
];

function hanLeft(message: string): string[] {
  let rest = message;
  for (const re of ALLOWED_HAN) rest = rest.replace(re, '');
  return rest.match(/\p{Script=Han}+/gu) ?? [];
}

/** "{n} months" outside a plural: the noun must agree with the number (1 month). */
const COUNTED =
  /\{(\w+)\} (enterprise|asset|IP asset|item|code|point|year|month|payment|page|field|record|file|day|character|action|document)s\b/;

describe('English messages', () => {
  it('have no Chinese but the proper names listed', () => {
    const found = Object.entries(en)
      .map(([key, msg]) => [key, hanLeft(msg)] as const)
      .filter(([, han]) => han.length > 0)
      .map(([key, han]) => `${key}: ${han.join(' ')}`);
    expect(found).toEqual([]);
  });

  it('write no 万 unit: amounts are formatted by language ($lib/i18n/money)', () => {
    const found = Object.entries(en)
      .filter(([, msg]) => /10k yuan|×\s*10k|万/.test(msg))
      .map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('count with ICU plurals ("1 point", "2 points")', () => {
    const found = Object.entries(en)
      .filter(([, msg]) =>
        COUNTED.test(msg.replace(/\{\w+, plural,[^{}]*(\{[^{}]*(\{[^{}]*\}[^{}]*)*\}[^{}]*)*\}/g, ''))
      )
      .map(([key, msg]) => `${key}: ${msg}`);
    expect(found).toEqual([]);
  });

  it('the checks can fail', () => {
    expect(hanLeft('Prepare a high-tech enterprise (高新技术企业) application')).toEqual(['高新技术企业']);
    expect(hanLeft('Notice 银保监发〔2019〕34号, provision 7')).toEqual([]);
    expect(COUNTED.test('+{points} points')).toBe(true);
    expect(
      COUNTED.test('+{points, plural, one {# point} other {# points}}'.replace(/\{\w+, plural,.*\}/, ''))
    ).toBe(false);
  });
});
