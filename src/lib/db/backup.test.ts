import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupToJson,
  buildBackup,
  importBackup,
  markBackedUp,
  previewImport,
  undoImport
} from './backup';
import { assetInput, enterpriseInput } from '$lib/engine/test-fixtures';
import { migrateBackupFormat, migrateBackupV1toV2, type BackupData, type BackupError } from './backup-format';
import { parseBackup } from './backup-parse';
import type { ZhirongDB } from './database';
import { RecordNotFoundError } from './errors';
import { getLastBackupAt } from './meta';
import { saveAsset, saveEnterprise } from './repo';
import { assetDraft, BAD_USCC, enterpriseDraft, freshDb, NOW, softwareDraft, TODAY } from './test-fixtures';

// The device's time zone decides the date in a backup's file name: fix it so the expected names hold anywhere.
vi.stubEnv('TZ', 'Asia/Shanghai');
afterAll(() => vi.unstubAllEnvs());

const EXPORTED = '2026-11-21T17:30:00.000Z'; // 22 November, 01:30 in Shanghai

let source: ZhirongDB;
let target: ZhirongDB;
beforeEach(() => {
  source = freshDb();
  target = freshDb();
});
afterEach(() => {
  source.close();
  target.close();
});

/** Two enterprises; A has a patent and a software copyright, B one patent. */
async function populate(db: ZhirongDB) {
  const opts = { today: TODAY, now: NOW };
  const a = await saveEnterprise(db, enterpriseDraft({ name: 'A 公司' }), opts);
  const b = await saveEnterprise(db, enterpriseDraft({ name: 'B 公司', creditCode: '' }), opts);
  await saveAsset(db, assetDraft(a.id), opts);
  await saveAsset(db, softwareDraft(a.id), opts);
  await saveAsset(
    db,
    assetDraft(b.id, { identifier: '201910654321.6', title: '另一项发明', filingDate: '2019-03-01' }),
    opts
  );
  return { a, b };
}

async function contents(db: ZhirongDB) {
  return {
    enterprises: await db.enterprises.orderBy('id').toArray(),
    assets: await db.assets.orderBy('id').toArray()
  };
}

/** A valid backup object built from a populated source database, as plain JSON. */
async function validFile(): Promise<
  Record<string, unknown> & { enterprises: Record<string, unknown>[]; assets: Record<string, unknown>[] }
> {
  await populate(source);
  return JSON.parse(backupToJson(await buildBackup(source, {}, EXPORTED)));
}

function errorsOf(text: string): BackupError[] {
  const r = parseBackup(text, TODAY);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

describe('buildBackup and backupFileName', () => {
  it('exports everything with the versioned header', async () => {
    const { a } = await populate(source);
    const all = await buildBackup(source, {}, EXPORTED);
    expect(all).toMatchObject({
      app: 'zhirong-zice',
      kind: 'backup',
      formatVersion: 2,
      exportedAt: EXPORTED,
      scope: 'all'
    });
    expect(all.enterprises).toHaveLength(2);
    expect(all.assets).toHaveLength(3);

    const one = await buildBackup(source, { enterpriseId: a.id }, EXPORTED);
    expect(one.scope).toBe('enterprise');
    expect(one.enterprises.map((e) => e.name)).toEqual(['A 公司']);
    expect(one.assets.map((x) => x.type).sort()).toEqual(['invention', 'software']);
  });

  it('refuses to export an enterprise that does not exist', async () => {
    await expect(buildBackup(source, { enterpriseId: 'ghost' }, EXPORTED)).rejects.toBeInstanceOf(
      RecordNotFoundError
    );
  });

  it('names files by the local date and a file-safe enterprise name', () => {
    expect(backupFileName('all', undefined, EXPORTED)).toBe('zhirong-backup-2026-11-22.json');
    expect(backupFileName('all', 'ignored', '2026-11-21T08:00:00.000Z')).toBe(
      'zhirong-backup-2026-11-21.json'
    );
    expect(backupFileName('enterprise', '深圳/知融: 科技 有限公司?', EXPORTED)).toBe(
      'zhirong-backup-深圳知融-科技-有限公司-2026-11-22.json'
    );
    expect(backupFileName('enterprise', '  ', EXPORTED)).toBe('zhirong-backup-2026-11-22.json');
  });

  it('markBackedUp records the time of the last export', async () => {
    expect(await getLastBackupAt(source)).toBeUndefined();
    await markBackedUp(source, EXPORTED);
    expect(await getLastBackupAt(source)).toBe(EXPORTED);
  });
});

describe('round trip', () => {
  it('export → parse → import into an empty database gives the same records', async () => {
    await populate(source);
    const text = backupToJson(await buildBackup(source, {}, EXPORTED));
    const parsed = parseBackup(text, TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.summary).toEqual({ enterprises: 2, assets: 3 });

    expect(await importBackup(target, parsed.data)).toMatchObject({
      enterprises: { added: 2, replaced: 0 },
      assets: { added: 3, replaced: 0 }
    });
    expect(await contents(target)).toEqual(await contents(source));

    // Importing the same file again replaces every record and adds none.
    expect(await importBackup(target, parsed.data)).toMatchObject({
      enterprises: { added: 0, replaced: 2 },
      assets: { added: 0, replaced: 3 }
    });
    expect(await target.assets.count()).toBe(3);
  });

  it('accepts a file with a byte-order mark and a file written before the valuation fields existed', async () => {
    const file = await validFile();
    for (const e of file.enterprises) delete e.valuationSettings;
    for (const x of file.assets) delete x.valuation;
    const parsed = parseBackup('\uFEFF' + JSON.stringify(file), TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.data.assets.map((x) => (x as { valuation?: unknown }).valuation)).toEqual([{}, {}, {}]);
    expect(
      parsed.data.enterprises.map((e) => (e as { valuationSettings?: unknown }).valuationSettings)
    ).toEqual([{}, {}]);
  });
});

describe('parseBackup refuses broken files with exact paths', () => {
  it('not JSON, with line and column of the first bad character', () => {
    expect(errorsOf('{"app": "zhirong-zice",\n  "kind": }')).toEqual([
      { path: '', key: 'backupFile.not_json_at', params: { line: 2, column: 11 } }
    ]);
    expect(errorsOf('PK\u0003\u0004 a zip file')).toEqual([
      { path: '', key: 'backupFile.not_json_at', params: { line: 1, column: 1 } }
    ]);
  });

  it('an empty file, and JSON that is not an object', () => {
    expect(errorsOf(' \n')).toEqual([{ path: '', key: 'backupFile.empty_file' }]);
    expect(errorsOf('[1, 2]')).toEqual([{ path: '', key: 'backupFile.not_object' }]);
  });

  it('another app, another kind, a newer or a nonsensical format version', async () => {
    const file = await validFile();
    expect(errorsOf(JSON.stringify({ ...file, app: 'other-app' }))).toEqual([
      { path: 'app', key: 'backupFile.wrong_app' }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, kind: 'report' }))).toEqual([
      { path: 'kind', key: 'backupFile.wrong_kind' }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, formatVersion: 3 }))).toEqual([
      { path: 'formatVersion', key: 'backupFile.newer_format', params: { found: 3, supported: 2 } }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, formatVersion: '1' }))).toEqual([
      { path: 'formatVersion', key: 'backupFile.bad_format_version' }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, formatVersion: 0 }))).toEqual([
      { path: 'formatVersion', key: 'backupFile.bad_format_version' }
    ]);
  });

  it('a bad credit code in enterprises[1]', async () => {
    const file = await validFile();
    file.enterprises[1]!.creditCode = BAD_USCC;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'enterprises[1].creditCode', key: 'identifier.checksum' }
    ]);
  });

  it('dates after today, by the same rule and message as the forms', async () => {
    const file = await validFile();
    // TODAY is 2026-11-21: the next day and next year are in the future, today itself is allowed.
    file.assets[0]!.grantDate = '2027-04-13';
    file.assets[1]!.grantDate = TODAY;
    file.enterprises[1]!.foundedOn = '2026-11-22';
    const text = JSON.stringify(file);
    expect(errorsOf(text)).toEqual([
      { path: 'enterprises[1].foundedOn', key: 'errors.future_date' },
      { path: 'assets[0].grantDate', key: 'errors.future_date' }
    ]);
    // The same file is valid a year later: the caller's today decides, not the clock.
    expect(parseBackup(text, '2027-11-21').ok).toBe(true);
  });

  it('an orphan asset', async () => {
    const file = await validFile();
    file.assets[2]!.enterpriseId = 'ghost';
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'assets[2].enterpriseId', key: 'backupFile.orphan_asset', params: { enterpriseId: 'ghost' } }
    ]);
  });

  it('duplicate ids among enterprises and among assets', async () => {
    const file = await validFile();
    const firstEnterpriseId = file.enterprises[0]!.id as string;
    file.enterprises.push({ ...file.enterprises[0]!, name: '重复' });
    file.assets[1]!.id = file.assets[0]!.id;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: 'enterprises[2].id',
        key: 'backupFile.duplicate_id',
        params: { id: firstEnterpriseId, first: 'enterprises[0]' }
      },
      {
        path: 'assets[1].id',
        key: 'backupFile.duplicate_id',
        params: { id: file.assets[0]!.id as string, first: 'assets[0]' }
      }
    ]);
  });

  it('numbers out of range and missing or mistyped fields, with zod codes for zod’s own issues', async () => {
    const file = await validFile();
    file.enterprises[0]!.financials = { revenueWan: 1e20 };
    delete file.enterprises[1]!.credit;
    file.assets[0]!.niceClasses = [46];
    file.assets = [...file.assets, 'not a record'] as never;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'enterprises[0].financials.revenueWan', key: 'errors.max', params: { max: 1e8 } },
      { path: 'enterprises[1].credit', key: 'errors.zod.invalid_type' },
      { path: 'assets[0].niceClasses[0]', key: 'errors.nice', params: { max: 45 } },
      { path: 'assets[3]', key: 'errors.zod.invalid_type' }
    ]);
  });

  it('lists, scope and header fields of the wrong shape', async () => {
    const file = await validFile();
    expect(errorsOf(JSON.stringify({ ...file, enterprises: {}, scope: 'some', exportedAt: 5 }))).toEqual([
      { path: 'scope', key: 'backupFile.bad_scope' },
      { path: 'exportedAt', key: 'backupFile.bad_exported_at' }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, assets: null }))).toEqual([
      { path: 'assets', key: 'backupFile.not_list' }
    ]);
    expect(errorsOf(JSON.stringify({ ...file, scope: 'enterprise' }))).toEqual([
      { path: 'enterprises', key: 'backupFile.scope_mismatch', params: { count: 2 } }
    ]);
  });

  it('lists at most 50 errors and counts them all', async () => {
    const file = await validFile();
    file.assets = Array.from({ length: 60 }, (_, i) => ({
      ...file.assets[0]!,
      id: `x${i}`,
      enterpriseId: 'ghost'
    }));
    const r = parseBackup(JSON.stringify(file), TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(50);
    expect(r.errorCount).toBe(60);
    expect(r.errors[49]?.path).toBe('assets[49].enterpriseId');
  });
});

describe('format migrations', () => {
  it('runs each step from an older version in order and stamps the new version', () => {
    const steps = {
      1: (raw: Record<string, unknown>) => ({ ...raw, trail: [...(raw.trail as string[]), 'v1→v2'] }),
      2: (raw: Record<string, unknown>) => ({ ...raw, trail: [...(raw.trail as string[]), 'v2→v3'] })
    };
    expect(migrateBackupFormat({ trail: [], formatVersion: 1 }, 1, steps, 3)).toEqual({
      trail: ['v1→v2', 'v2→v3'],
      formatVersion: 3
    });
    expect(() => migrateBackupFormat({}, 1, {}, 2)).toThrow(/no backup migration from format 1/);
  });

  it('a file written before database version 5 (format 1) imports with no products and no answers yet', async () => {
    // Exactly what format 1 held: no products, controller, court or product links.
    const old = {
      app: 'zhirong-zice',
      kind: 'backup',
      formatVersion: 1,
      exportedAt: '2026-11-01T00:00:00.000Z',
      scope: 'all',
      enterprises: [
        {
          ...enterpriseInput({ id: 'e-old', name: '旧文件企业' }),
          valuationSettings: {},
          scenario: { loanTenorYears: 1, purpose: 'working_capital' },
          documentsReady: [],
          financingSettings: {}
        }
      ],
      assets: [
        {
          ...assetInput({ id: 'a-old', enterpriseId: 'e-old', filingDate: '2018-06-01' }),
          valuation: {}
        }
      ]
    };
    const parsed = parseBackup(JSON.stringify(old), TODAY);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.data.formatVersion).toBe(2);
    expect(parsed.data.enterprises[0]).toMatchObject({ products: [], controller: {}, court: {} });
    expect(parsed.data.enterprises[0]?.taxCreditGrade).toBeUndefined();
    expect(parsed.data.assets[0]?.use).toEqual({
      inUse: true,
      products: '压缩网关',
      revenueWan: 900,
      productIds: []
    });
    await importBackup(target, parsed.data);
    expect((await target.enterprises.get('e-old'))?.products).toEqual([]);
    expect((await target.assets.get('a-old'))?.use.productIds).toEqual([]);
  });

  it('migrateBackupV1toV2 adds the version-5 defaults and leaves what is not a record to the validation', () => {
    expect(
      migrateBackupV1toV2({
        enterprises: [{ id: 'e' }, 'junk'],
        assets: [
          { id: 'a', use: { inUse: true, products: '' } },
          { id: 'b', use: 'junk' }
        ]
      })
    ).toEqual({
      enterprises: [
        {
          id: 'e',
          valuationSettings: {},
          scenario: { loanTenorYears: 1, purpose: 'working_capital' },
          documentsReady: [],
          financingSettings: {},
          products: [],
          controller: {},
          court: {}
        },
        'junk'
      ],
      assets: [
        { id: 'a', valuation: {}, use: { inUse: true, products: '', productIds: [] } },
        { id: 'b', valuation: {}, use: 'junk' }
      ]
    });
  });
});

describe('importBackup is all or nothing', () => {
  async function prepare(): Promise<{ data: BackupData; before: Awaited<ReturnType<typeof contents>> }> {
    await populate(source);
    const data = await buildBackup(source, {}, EXPORTED);
    // The target already holds the first enterprise under an older name: the import would replace it.
    await target.enterprises.put({ ...data.enterprises[0]!, name: '旧名字' });
    return { data, before: await contents(target) };
  }

  it('a write that fails on the last asset leaves the database unchanged', async () => {
    const { data, before } = await prepare();
    const lastId = data.assets[data.assets.length - 1]!.id;
    target.assets.hook('creating', (_key, obj) => {
      if (obj.id === lastId) throw new Error('disk full');
    });
    await expect(importBackup(target, data)).rejects.toThrow('disk full');
    expect(await contents(target)).toEqual(before);
    expect(before.enterprises.map((e) => e.name)).toEqual(['旧名字']);
    expect(before.assets).toEqual([]);
  });

  it('a record IndexedDB refuses (an invalid key) aborts the whole import', async () => {
    const { data, before } = await prepare();
    const broken = {
      ...data,
      assets: [...data.assets, { ...data.assets[0]!, id: { not: 'a key' } as never }]
    };
    await expect(importBackup(target, broken)).rejects.toThrow();
    expect(await contents(target)).toEqual(before);
  });
});

describe('previewImport and undoImport', () => {
  /**
   * The target holds A under an older name with one of its assets under an older title, plus C (not in the file)
   * with its own asset. The file (from the source) holds A and B with 3 assets.
   */
  async function setUp() {
    const { a, b } = await populate(source);
    const data = await buildBackup(source, {}, EXPORTED);
    const opts = { today: TODAY, now: NOW };
    const aAssets = data.assets.filter((x) => x.enterpriseId === a.id);
    await target.enterprises.put({ ...data.enterprises.find((e) => e.id === a.id)!, name: '旧名字 ‮evil' });
    await target.assets.put({ ...aAssets[0]!, title: '旧标题' });
    const c = await saveEnterprise(target, enterpriseDraft({ name: 'C 公司' }), opts);
    await saveAsset(target, assetDraft(c.id), opts);
    return { a, b, c, data, before: await contents(target) };
  }

  it('names the enterprises an import replaces and adds, and counts assets, without writing', async () => {
    const { a, b, data, before } = await setUp();
    const preview = await previewImport(target, data);
    expect(preview).toEqual({
      // The name as stored now, as typed (a right-to-left override included: the screen isolates it).
      replace: [{ id: a.id, name: '旧名字 ‮evil', newName: 'A 公司' }],
      add: [{ id: b.id, name: 'B 公司' }],
      // 3 assets in the file, 1 of them (A's first) already on the device.
      assets: { added: 2, replaced: 1 }
    });
    expect(await contents(target)).toEqual(before);
  });

  it('undo restores exactly the state before the import, in one transaction', async () => {
    const { b, c, data, before } = await setUp();
    const result = await importBackup(target, data);
    expect(result.enterprises).toEqual({ added: 1, replaced: 1 });
    expect(result.assets).toEqual({ added: 2, replaced: 1 });
    expect(result.undo.enterprises.addedIds).toEqual([b.id]);
    expect(result.undo.enterprises.before.map((e) => e.name)).toEqual(['旧名字 ‮evil']);
    expect(result.undo.assets.before.map((x) => x.title)).toEqual(['旧标题']);
    // After the import: A renamed, B added, C untouched; 3 + 1 assets.
    expect((await target.enterprises.toArray()).map((e) => e.name).sort()).toEqual(
      ['A 公司', 'B 公司', 'C 公司'].sort()
    );
    expect(await target.assets.count()).toBe(4);
    expect(await target.enterprises.get(c.id)).toEqual(before.enterprises.find((e) => e.id === c.id));

    await undoImport(target, JSON.parse(JSON.stringify(result.undo)));
    expect(await contents(target)).toEqual(before);
  });

  it('an undo that fails half-way writes nothing', async () => {
    const { data } = await setUp();
    const result = await importBackup(target, data);
    const afterImport = await contents(target);
    // The last step of the undo puts back the replaced asset (an update): it fails after the deletes ran.
    target.assets.hook('updating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(undoImport(target, result.undo)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await contents(target)).toEqual(afterImport);
  });
});
