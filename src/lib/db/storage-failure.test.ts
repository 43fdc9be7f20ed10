/**
 * Storage full or refused (a phone out of space, a private mode, WeChat): the write fails with a DOMException from
 * IndexedDB. Every such failure must leave nothing half-written and map to a clear message key.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup, importBackup } from './backup';
import type { ZhirongDB } from './database';
import { storageErrorMessage } from './errors';
import { deleteEnterprise, saveAsset, saveEnterprise } from './repo';
import { assetDraft, enterpriseDraft, freshDb, NOW, softwareDraft, TODAY } from './test-fixtures';

const opts = { today: TODAY, now: NOW };
const LATER = { today: TODAY, now: '2026-11-21T09:00:00.000Z' };

let db: ZhirongDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function dump(d: ZhirongDB) {
  return {
    enterprises: await d.enterprises.orderBy('id').toArray(),
    assets: await d.assets.orderBy('id').toArray(),
    meta: await d.meta.orderBy('key').toArray()
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the write to fail');
}

describe('a write the storage refuses leaves nothing half-written', () => {
  it('saving an asset: the enterprise is touched first, then the asset put fails → neither is written', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), opts);
    const before = await dump(db);
    db.assets.hook('creating', () => {
      throw quota();
    });
    const err = await caught(saveAsset(db, assetDraft(e.id), LATER));
    expect(storageErrorMessage(err)).toEqual({ key: 'app.error.quota' });
    // The enterprise's updatedAt (touched in the same transaction) is still NOW, not LATER.
    expect(await dump(db)).toEqual(before);
  });

  it('a backup import that fails on its second asset writes none of the file', async () => {
    const source = freshDb();
    try {
      const e = await saveEnterprise(source, enterpriseDraft(), opts);
      await saveAsset(source, assetDraft(e.id), opts);
      await saveAsset(source, softwareDraft(e.id), opts);
      const data = await buildBackup(source, {}, NOW);
      await saveEnterprise(db, enterpriseDraft({ name: '本机企业' }), opts);
      const before = await dump(db);
      let n = 0;
      db.assets.hook('creating', () => {
        if (++n === 2) throw quota();
      });
      const err = await caught(importBackup(db, data));
      expect(n).toBe(2);
      expect(storageErrorMessage(err)).toEqual({ key: 'app.error.quota' });
      expect(await dump(db)).toEqual(before);
    } finally {
      source.close();
    }
  });

  it('a delete refused by the disk (UnknownError) keeps the enterprise and its assets', async () => {
    const e = await saveEnterprise(db, enterpriseDraft(), opts);
    await saveAsset(db, assetDraft(e.id), opts);
    const before = await dump(db);
    db.enterprises.hook('deleting', () => {
      throw new DOMException('disk error', 'UnknownError');
    });
    const err = await caught(deleteEnterprise(db, e.id));
    expect(storageErrorMessage(err)).toEqual({
      key: 'errors.storage_refused',
      values: { name: 'UnknownError' }
    });
    expect(await dump(db)).toEqual(before);
  });

  it('a stubbed bulkPut that throws after part of the work keeps the transaction atomic', async () => {
    const source = freshDb();
    try {
      const e = await saveEnterprise(source, enterpriseDraft(), opts);
      await saveAsset(source, assetDraft(e.id), opts);
      const data = await buildBackup(source, {}, NOW);
      const before = await dump(db);
      const real = db.assets.bulkPut.bind(db.assets);
      // Writes the assets, then fails as a full disk would when the transaction commits.
      db.assets.bulkPut = (async (items: never) => {
        await real(items);
        throw quota();
      }) as unknown as typeof db.assets.bulkPut;
      const err = await caught(importBackup(db, data));
      expect(storageErrorMessage(err)).toEqual({ key: 'app.error.quota' });
      expect(await dump(db)).toEqual(before);
    } finally {
      source.close();
    }
  });
});

describe('storageErrorMessage', () => {
  it('finds a quota error wherever Dexie wrapped it', () => {
    expect(storageErrorMessage(quota())).toEqual({ key: 'app.error.quota' });
    expect(storageErrorMessage(new Dexie.QuotaExceededError('full'))).toEqual({ key: 'app.error.quota' });
    // A transaction aborted because a request hit the quota: Dexie's AbortError keeps it as `inner`.
    expect(storageErrorMessage(new Dexie.AbortError('aborted', quota()))).toEqual({ key: 'app.error.quota' });
    expect(storageErrorMessage(new Error('x', { cause: quota() }))).toEqual({ key: 'app.error.quota' });
  });

  it('tells storage refused as a whole from one refused write, and leaves other errors alone', () => {
    expect(storageErrorMessage(new Dexie.MissingAPIError('no indexedDB'))).toEqual({
      key: 'app.error.storageUnavailable'
    });
    expect(storageErrorMessage(new Dexie.OpenFailedError('denied'))).toEqual({
      key: 'app.error.storageUnavailable'
    });
    expect(storageErrorMessage(new DOMException('private mode', 'InvalidStateError'))).toEqual({
      key: 'app.error.storageUnavailable'
    });
    expect(storageErrorMessage(new Dexie.AbortError('aborted'))).toEqual({
      key: 'errors.storage_refused',
      values: { name: 'AbortError' }
    });
    expect(storageErrorMessage(new Error('bug'))).toBeUndefined();
    expect(storageErrorMessage('text')).toBeUndefined();
    const loop: { name: string; inner?: unknown } = { name: 'Error' };
    loop.inner = loop;
    expect(storageErrorMessage(loop)).toBeUndefined();
  });
});
