import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CORE_NAMESPACES } from '../../src/lib/i18n/namespaces';
import { LOCALES_DIR, loadMessages } from './locales';

const dir = LOCALES_DIR;

const zh = loadMessages('zh-CN');
const en = loadMessages('en');

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
      expect(zh).toHaveProperty([`identifier.${code}`]);
    for (const code of [
      'invalid_type',
      'invalid_value',
      'too_small',
      'too_big',
      'invalid_format',
      'custom'
    ]) {
      expect(zh).toHaveProperty([`errors.zod.${code}`]);
    }
  });
});

describe('the first route loads the core namespaces only (src/lib/i18n/namespaces.ts)', () => {
  const src = join(import.meta.dirname, '../../src');
  const core = new Set<string>(CORE_NAMESPACES);

  it('the message chunks split the namespaces as CORE_NAMESPACES says, each language alike', () => {
    const namespaces = readdirSync(join(dir, 'zh-CN')).map((f) => f.replace(/\.json$/, ''));
    for (const lang of ['zh-CN', 'en']) {
      const coreFile = readFileSync(join(src, `lib/i18n/messages/${lang}-core.ts`), 'utf8');
      const restFile = readFileSync(join(src, `lib/i18n/messages/${lang}-rest.ts`), 'utf8');
      const listed = (text: string, prefix: string) =>
        (
          new RegExp(`'${prefix}\\.\\./locales/${lang}/\\{([A-Za-z,]+)\\}\\.json'`).exec(text)?.[1] ?? ''
        ).split(',');
      expect(listed(coreFile, '').sort(), `${lang}-core.ts`).toEqual([...core].sort());
      expect(listed(restFile, '!').sort(), `${lang}-rest.ts leaves out`).toEqual(
        [...core, 'pdfDocument'].sort()
      );
    }
    for (const ns of core) expect(namespaces, ns).toContain(ns);
  });

  /** The files the home route imports statically, from its page and the root layout (`import type` left out). */
  function homeRouteFiles(): string[] {
    const queue = [
      join(src, 'routes/+page.svelte'),
      join(src, 'routes/+layout.svelte'),
      join(src, 'routes/+layout.ts')
    ];
    const seen = new Set<string>();
    const resolveImport = (from: string, spec: string): string | undefined => {
      const base = spec.startsWith('$lib/')
        ? join(src, 'lib', spec.slice(5))
        : spec.startsWith('.')
          ? join(from, '..', spec)
          : undefined;
      if (!base) return undefined; // a package
      for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')])
        if (/\.(ts|svelte)$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile())
          return candidate;
      return undefined;
    };
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
        const next = resolveImport(file, m[1]!);
        if (next && !next.endsWith('.test.ts')) queue.push(next);
      }
    }
    return [...seen];
  }

  it('every message key the home screen, its layout and what they import can show is in a core namespace', () => {
    const files = homeRouteFiles();
    expect(files.some((f) => f.endsWith('lib/state/error-message.ts'))).toBe(true);
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /(?:\$_\(|key: |error: |message: )['`]([a-zA-Z]+)\.[A-Za-z0-9_.${}-]+['`]/g
      ))
        if (!core.has(m[1]!)) outside.push(`${file.slice(src.length)}: ${m[0]}`);
    }
    expect(outside).toEqual([]);
  });
});
