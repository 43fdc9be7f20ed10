/**
 * Property tests of the backup import (fast-check, fixed seed: a failure prints its seed and path and reproduces).
 * Over 10,000 generated files in all: valid backups, truncated JSON, mistyped fields, oversized strings and lists,
 * duplicated ids, future dates, hostile strings (markup, U+202E, 10,000 characters, emoji, 𠀀, lone surrogates,
 * NUL) and raw bytes. Parse never throws; it answers either ok (and the import then writes exactly the file's
 * records, undo restoring the device) or a non-empty list of errors whose keys exist in both languages; a refused
 * file or a failed import leaves the database as it was.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_IDS } from '$lib/engine';
import { assetInput, enterpriseInput, REAL_IDS } from '$lib/engine/test-fixtures';
import { importBackup, undoImport } from './backup';
import { decodeBackupBytes } from './backup-decode';
import { MAX_BACKUP_ERRORS, type ParseBackupResult } from './backup-format';
import { parseBackup } from './backup-parse';
import type { ZhirongDB } from './database';
import { freshDb, TODAY } from './test-fixtures';

const SEED = Number(process.env.FC_SEED ?? 20261122);
const run = (numRuns: number) => ({ seed: SEED, numRuns });
/** Generous: a shared 2-core machine; a property that outlives its test would race the next one. */
const TIMEOUT = 120_000;

// ---- messages: every key an error carries must exist in both languages and format with its params ----
type Dict = { [k: string]: string | Dict };
const localeDir = join(import.meta.dirname, '../i18n/locales');
function flatten(d: Dict, prefix: string, out: Record<string, string>) {
  for (const [k, v] of Object.entries(d)) {
    if (typeof v === 'string') out[`${prefix}.${k}`] = v;
    else flatten(v, `${prefix}.${k}`, out);
  }
  return out;
}
function messages(lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(localeDir, lang)))
    flatten(
      JSON.parse(readFileSync(join(localeDir, lang, f), 'utf8')) as Dict,
      f.replace(/\.json$/, ''),
      out
    );
  return out;
}
const LOCALES = { 'zh-CN': messages('zh-CN'), en: messages('en') };

/** The answer is well formed: ok with data, or errors (1..50) whose messages exist and format in both languages. */
function checkAnswer(r: ParseBackupResult): void {
  if (r.ok) {
    expect(Array.isArray(r.data.enterprises) && Array.isArray(r.data.assets)).toBe(true);
    expect(r.summary).toEqual({ enterprises: r.data.enterprises.length, assets: r.data.assets.length });
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  expect(r.errors.length).toBeLessThanOrEqual(MAX_BACKUP_ERRORS);
  expect(r.errorCount).toBeGreaterThanOrEqual(r.errors.length);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    for (const [lang, dict] of Object.entries(LOCALES)) {
      const msg = dict[e.key];
      expect(msg, `${lang} lacks ${e.key}`).toBeTypeOf('string');
      expect(() => new IntlMessageFormat(msg!, lang).format(e.params)).not.toThrow();
    }
  }
}

// ---- generators ----
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '‮evil‬ txt.exe',
  '𠀀𠀁𪚥',
  '😀👨‍👩‍👧🇨🇳',
  '\u0000NUL\u0000',
  '\ud800',
  'lone \udc00 low',
  '"}]}{"app":"x"',
  '{{ name }} ${x} %s',
  "'; DROP TABLE enterprises; --",
  '\u2028\u2029\r\n\t',
  '\\u0000 \\"',
  '__proto__',
  'constructor'
];
const LONG = '长'.repeat(10_000);

/** Any string, hostile ones often. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant(LONG) }
);

/** A string the schema keeps as it is: within `max`, nothing for trim() to remove, non-empty when required. */
const keptText = (max: number, required: boolean) =>
  fc
    .oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 40 }))
    .map((s) => {
      const t = s.slice(0, max - 1).trim();
      // Dropping a half of a surrogate pair at the cut is what slice can do; trim() keeps it, so it stays.
      return required ? `X${t}` : t;
    })
    .filter((s) => s.length <= max && s === s.trim());

const day = (n: number) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
// 1990-01-01 … 2026-11-21 (TODAY): 13,473 days in between.
const pastDate = fc.integer({ min: 0, max: 13_473 }).map(day);

// 'dev-e' and 'dev-a' are on the device before each import: a file holding them replaces them.
const idArb = fc.oneof(
  fc.constantFrom('dev-e', 'dev-a'),
  fc.uuid(),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom(...HOSTILE)
);

const enterpriseArb = (id: string) =>
  fc
    .record({
      name: keptText(100, true),
      city: keptText(30, false),
      notes: keptText(2000, false),
      foundedOn: pastDate,
      employees: fc.integer({ min: 0, max: 1_000_000 }),
      // Version 3's stored scenario: tenor 0.25-10 years, an optional amount, a purpose.
      scenario: fc.record(
        {
          loanTenorYears: fc.integer({ min: 1, max: 40 }).map((q) => q / 4),
          amountWantedWan: fc.integer({ min: 0, max: 100_000 }),
          purpose: fc.constantFrom('working_capital', 'rnd', 'equipment', 'other')
        },
        { requiredKeys: ['loanTenorYears', 'purpose'] }
      ),
      // Version 4: the readiness checklist's ticks and the financing figures the user set.
      documentsReady: fc.subarray([...DOCUMENT_IDS]),
      financingSettings: fc.record(
        {
          bank: fc.record({
            spread: fc.integer({ min: 0, max: 200 }).map((bp) => bp / 10_000),
            guarantee: fc.boolean()
          }),
          factoring: fc.record({ receivablesWan: fc.integer({ min: 0, max: 100_000 }) })
        },
        { requiredKeys: [] }
      )
    })
    .map((over) => ({
      ...enterpriseInput({ ...over, id }),
      valuationSettings: {},
      products: [],
      controller: {},
      court: {}
    }));

const ASSET_TYPES = Object.keys(REAL_IDS) as (keyof typeof REAL_IDS)[];
const assetArb = (id: string, enterpriseIds: string[]) =>
  fc
    .record({
      type: fc.constantFrom(...ASSET_TYPES),
      enterpriseId: fc.constantFrom(...enterpriseIds),
      title: keptText(200, true),
      notes: keptText(2000, false),
      products: keptText(300, false)
    })
    .map(({ products, ...over }) => ({
      ...assetInput({
        ...over,
        id,
        filingDate: '2018-06-01',
        grantDate: '2021-04-13',
        firstPublicationDate: '2019-01-01',
        use: { inUse: true, products, productIds: [] }
      }),
      valuation: {}
    }));

type Rec = Record<string, unknown> & { id: string };
type File = {
  app: string;
  kind: string;
  formatVersion: number;
  exportedAt: string;
  scope: string;
  enterprises: Rec[];
  assets: Rec[];
};

/** A valid backup: 0-3 enterprises with unique ids, 0-3 assets each belonging to one of them (small: fast). */
const validFile: fc.Arbitrary<File> = fc
  .uniqueArray(idArb, { minLength: 0, maxLength: 6 })
  .chain((ids) => {
    const eIds = ids.slice(0, Math.min(3, ids.length));
    const aIds = eIds.length ? ids.slice(eIds.length) : [];
    return fc.record({
      enterprises: fc.tuple(...eIds.map(enterpriseArb)),
      assets: fc.tuple(...aIds.map((id) => assetArb(id, eIds)))
    });
  })
  .map(({ enterprises, assets }) => ({
    app: 'zhirong-zice',
    kind: 'backup',
    formatVersion: 2,
    exportedAt: '2026-11-21T08:00:00.000Z',
    scope: 'all',
    enterprises: enterprises as Rec[],
    assets: assets as Rec[]
  }));

/** Every path to a value inside a JSON value, to mistype or overwrite one of them. */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
  const [head, ...rest] = path;
  (copy as Record<string | number, unknown>)[head!] = setAt(
    (root as Record<string | number, unknown>)[head!],
    rest,
    value
  );
  return copy;
}

const strangeValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  anyText,
  fc.constantFrom(
    null,
    -1,
    Number.MAX_VALUE,
    1e20,
    0.1,
    true,
    [],
    {},
    '2027-01-01',
    '2026-02-30',
    'not a date'
  )
);

/** A valid file damaged in one of the ways files get damaged; the text to parse. */
const DAMAGES: fc.Arbitrary<string>[] = [
  // truncated
  fc.tuple(validFile, fc.double({ min: 0, max: 1, noNaN: true })).map(([f, at]) => {
    const t = JSON.stringify(f, null, 2);
    return t.slice(0, Math.floor(t.length * at));
  }),
  // one value mistyped or replaced, anywhere (header, record, nested field)
  validFile.chain((f) => {
    const all = paths(f);
    return fc.tuple(fc.constantFrom(...all), strangeValue).map(([p, v]) => JSON.stringify(setAt(f, p, v)));
  }),
  // a field removed
  validFile.chain((f) => {
    const all = paths(f).filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string');
    return fc.constantFrom(...all).map((p) => JSON.stringify(setAt(f, p, undefined)));
  }),
  // duplicated ids
  validFile
    .filter((f) => f.enterprises.length > 0)
    .map((f) =>
      JSON.stringify({ ...f, enterprises: [...f.enterprises, { ...f.enterprises[0]!, name: '重复' }] })
    ),
  // oversized strings and lists
  validFile
    .filter((f) => f.enterprises.length > 0)
    .chain((f) =>
      fc.constantFrom('name', 'notes', 'city', 'province').map((k) =>
        JSON.stringify({
          ...f,
          enterprises: [{ ...f.enterprises[0]!, [k]: LONG }, ...f.enterprises.slice(1)]
        })
      )
    ),
  validFile
    .filter((f) => f.enterprises.length > 0)
    .map((f) =>
      JSON.stringify({
        ...f,
        enterprises: [
          {
            ...f.enterprises[0]!,
            loans: Array.from({ length: 60 }, (_, i) => ({
              id: `l${i}`,
              lender: 'x',
              kind: 'credit',
              amountWan: 1
            }))
          }
        ]
      })
    ),
  // a future date, as the forms refuse it
  validFile
    .filter((f) => f.assets.length > 0)
    .chain((f) =>
      fc.integer({ min: 1, max: 4000 }).map((n) =>
        JSON.stringify({
          ...f,
          assets: [{ ...f.assets[0]!, grantDate: day(13_473 + n) }, ...f.assets.slice(1)]
        })
      )
    ),
  // hostile strings in every string field of one record
  validFile.chain((f) =>
    fc
      .constantFrom(...HOSTILE, LONG)
      .map((h) =>
        JSON.stringify(f).replace(/"(name|title|notes|city)":"[^"]*"/g, `"$1":${JSON.stringify(h)}`)
      )
  ),
  // not a backup at all
  anyText,
  fc.jsonValue().map((v) => JSON.stringify(v))
];
const damagedText: fc.Arbitrary<string> = fc.oneof(...DAMAGES);

// ---- database helpers ----
async function dump(db: ZhirongDB) {
  return {
    enterprises: await db.enterprises.orderBy('id').toArray(),
    assets: await db.assets.orderBy('id').toArray(),
    meta: await db.meta.orderBy('key').toArray()
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the device holds after an import of `file` over `before`: the file's records win by id, others stay. */
function merged<T extends { id: string }>(before: T[], incoming: T[]): T[] {
  const m = new Map(before.map((r) => [r.id, r]));
  for (const r of incoming) m.set(r.id, r);
  return [...m.values()].sort(byId);
}

describe('backup import, property-based', () => {
  let db: ZhirongDB;
  /** Records on the device before each import: some ids collide with generated ones ('a', uuids never). */
  let seed: Awaited<ReturnType<typeof dump>>;
  beforeAll(async () => {
    db = freshDb();
    await db.enterprises.put({
      ...enterpriseInput({ id: 'dev-e', name: '本机企业' }),
      valuationSettings: {},
      scenario: { loanTenorYears: 1, purpose: 'working_capital' },
      documentsReady: [],
      financingSettings: {}
    } as never);
    await db.assets.put({ ...assetInput({ id: 'dev-a', enterpriseId: 'dev-e' }), valuation: {} } as never);
    await db.meta.put({ key: 'lastBackupAt', value: '2026-11-01T00:00:00.000Z' });
    seed = await dump(db);
  });
  afterAll(() => db.close());

  it(
    'valid files parse to exactly their records (1,000 files)',
    () => {
      fc.assert(
        fc.property(validFile, (f) => {
          const r = parseBackup(JSON.stringify(f, null, 2), TODAY);
          if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
          expect(r.data.enterprises).toEqual(f.enterprises);
          expect(r.data.assets).toEqual(f.assets);
        }),
        run(1000)
      );
    },
    TIMEOUT
  );

  it(
    'damaged and hostile text never throws and answers ok or keyed errors (5,500 files)',
    () => {
      fc.assert(
        fc.property(damagedText, (text) => {
          checkAnswer(parseBackup(text, TODAY));
        }),
        run(5500)
      );
    },
    TIMEOUT
  );

  it(
    'raw bytes: undecodable ones are refused with a message, the rest parse (2,500 files)',
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        // a valid file with a few bytes overwritten (a GBK re-save changes every non-ASCII byte)
        fc
          .tuple(
            validFile,
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 })
          )
          .map(([f, edits]) => {
            const b = new TextEncoder().encode(JSON.stringify(f));
            for (const [i, v] of edits) if (b.length) b[i % b.length] = v;
            return b;
          })
      );
      fc.assert(
        fc.property(bytes, (b) => {
          const d = decodeBackupBytes(b);
          if (!d.ok) {
            expect(['backupFile.not_utf8', 'backupFile.not_utf16']).toContain(d.key);
            for (const dict of Object.values(LOCALES)) expect(dict[d.key]).toBeTypeOf('string');
            return;
          }
          checkAnswer(parseBackup(d.text, TODAY));
        }),
        run(2500)
      );
    },
    TIMEOUT
  );

  it(
    'parse then import: a valid file writes exactly its records and undo restores the device; a refused one writes nothing (700 files)',
    async () => {
      const text = fc.oneof(
        validFile.map((f) => JSON.stringify(f)),
        damagedText
      );
      const seen = { refused: 0, imported: 0, replaced: 0 };
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          const before = await dump(db);
          expect(before).toEqual(seed);
          const r = parseBackup(t, TODAY);
          if (!r.ok) {
            seen.refused++;
            expect(await dump(db)).toEqual(before);
            return;
          }
          const result = await importBackup(db, r.data);
          seen.imported++;
          if (result.enterprises.replaced + result.assets.replaced > 0) seen.replaced++;
          const after = await dump(db);
          expect(after.enterprises).toEqual(merged(before.enterprises, r.data.enterprises));
          expect(after.assets).toEqual(merged(before.assets, r.data.assets));
          expect(after.meta).toEqual(before.meta);
          await undoImport(db, result.undo);
          expect(await dump(db)).toEqual(before);
        }),
        run(700)
      );
      // The generators reach every branch: refusals, clean imports, imports that replace what is on the device.
      expect(seen.refused).toBeGreaterThan(100);
      expect(seen.imported).toBeGreaterThan(100);
      expect(seen.replaced).toBeGreaterThan(10);
    },
    TIMEOUT
  );

  it(
    'an import that fails at any write leaves nothing written (300 files)',
    async () => {
      const cases = fc.tuple(
        validFile.filter((f) => f.enterprises.length + f.assets.length > 0),
        fc.nat({ max: 10 })
      );
      await fc.assert(
        fc.asyncProperty(cases, async ([f, k]) => {
          const r = parseBackup(JSON.stringify(f), TODAY);
          if (!r.ok) throw new Error('a valid file was refused');
          const before = await dump(db);
          const total = r.data.enterprises.length + r.data.assets.length;
          let writes = 0;
          const fail = () => {
            if (writes++ === k % total) throw new DOMException('full', 'QuotaExceededError');
          };
          const hooks = [
            [db.enterprises, 'creating', fail],
            [db.enterprises, 'updating', fail],
            [db.assets, 'creating', fail],
            [db.assets, 'updating', fail]
          ] as const;
          for (const [t, ev, fn] of hooks) t.hook(ev as 'creating', fn);
          try {
            await expect(importBackup(db, r.data)).rejects.toMatchObject({ name: 'QuotaExceededError' });
          } finally {
            for (const [t, ev, fn] of hooks) t.hook(ev as 'creating').unsubscribe(fn);
          }
          expect(await dump(db)).toEqual(before);
        }),
        run(300)
      );
    },
    TIMEOUT
  );
});
