/**
 * The asset form's hints show an example identifier for each IP type ("如 ZL 2015 1 0012345.3"). An owner copies the
 * pattern, so every example must pass the same check the form runs on what they type: the engine's
 * validateAssetIdentifier (check digit, format, type digit). The examples are read from the hints as shown, in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import { ASSET_TYPES, validateAssetIdentifier } from '$lib/engine';
import { loadMessages } from './locales';

/** The example(s) a hint gives: after "如 " up to Chinese punctuation; after "e.g. " up to "; ", " (", ", " or the end. */
const EXAMPLE: Record<'zh-CN' | 'en', RegExp> = {
  'zh-CN': /如 ([^，。（；、]+)/g,
  en: /e\.g\. (.+?)(?=; | \(|, |\.$|$)/g
};

function examples(lang: 'zh-CN' | 'en', hint: string): string[] {
  return [...hint.matchAll(EXAMPLE[lang])].map((m) => m[1]!.trim());
}

describe('identifier examples in the asset form', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const messages = loadMessages(lang);
    for (const type of ASSET_TYPES) {
      const hint = messages[`asset.identifierHint.${type}`];
      it(`${lang} ${type}: every example passes the form's own check`, () => {
        expect(hint, `asset.identifierHint.${type}`).toBeTypeOf('string');
        const found = examples(lang, hint!);
        // A GI is free text (several registries): its hint names the sources and gives no number to copy.
        if (type === 'gi') {
          expect(found).toEqual([]);
          return;
        }
        expect(found.length, `an example in "${hint}"`).toBeGreaterThan(0);
        for (const ex of found)
          expect(validateAssetIdentifier(type, ex), `${type} "${ex}"`).toMatchObject({ ok: true });
      });
    }
  }

  it('the check can fail: the old invention example had a wrong check digit', () => {
    // 201510012345 × weights 2,3,4,5,6,7,8,9,2,3,4,5 = 4+0+4+25+6+0+0+9+4+9+16+25 = 102; 102 mod 11 = 3, not 6.
    expect(examples('zh-CN', '如 ZL 2015 1 0012345.6，可带 ZL。')).toEqual(['ZL 2015 1 0012345.6']);
    expect(validateAssetIdentifier('invention', 'ZL 2015 1 0012345.6')).toEqual({
      ok: false,
      code: 'checksum'
    });
  });
});
