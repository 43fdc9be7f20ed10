import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';

const dir = join(import.meta.dirname, '../../src/lib/i18n/locales');
type Dict = { [k: string]: string | Dict };

function flatten(d: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

function load(lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(dir, lang))) {
    Object.assign(
      out,
      flatten(JSON.parse(readFileSync(join(dir, lang, f), 'utf8')) as Dict, f.replace(/\.json$/, ''))
    );
  }
  return out;
}

const zh = load('zh-CN');
const en = load('en');

function sourceFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('messages', () => {
  it('English has exactly the keys Chinese has', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every message is valid ICU in its language', () => {
    for (const [lang, dict] of [
      ['zh-CN', zh],
      ['en', en]
    ] as const) {
      for (const [key, msg] of Object.entries(dict)) {
        expect(() => new IntlMessageFormat(msg, lang), `${lang} ${key}`).not.toThrow();
      }
    }
  });

  it('every literal key used in the source exists', () => {
    const src = join(import.meta.dirname, '../../src');
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\$_\(|key: |error: |message: )'([a-zA-Z]+\.[A-Za-z0-9_.-]+)'/g)) {
        const key = m[1]!;
        checked++;
        if (!(key in zh)) missing.push(`${file.slice(src.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every identifier error code and zod issue code has a message', () => {
    for (const code of ['empty', 'format', 'checksum', 'type_mismatch', 'year'])
      expect(zh).toHaveProperty([`id.${code}`]);
    for (const code of [
      'invalid_type',
      'invalid_value',
      'too_small',
      'too_big',
      'invalid_format',
      'custom'
    ]) {
      expect(zh).toHaveProperty([`err.zod.${code}`]);
    }
  });
});
