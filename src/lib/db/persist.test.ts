import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZhirongDB } from './database';
import { getMeta } from './meta';
import { requestPersistenceOnce } from './persist';
import { freshDb } from './test-fixtures';

let db: ZhirongDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('requestPersistenceOnce', () => {
  it('asks once, remembers it, and does not ask again', async () => {
    const storage = { persist: vi.fn(async () => true) };
    expect(await requestPersistenceOnce(db, storage)).toBe('granted');
    expect(await getMeta(db, 'persistAsked')).toMatchObject({ granted: true });
    expect(await requestPersistenceOnce(db, storage)).toBe('already-asked');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('asks only once when two saves call it at the same time', async () => {
    const storage = { persist: vi.fn(async () => false) };
    const results = await Promise.all([
      requestPersistenceOnce(db, storage),
      requestPersistenceOnce(db, storage)
    ]);
    expect(results).toEqual(['denied', 'denied']);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await getMeta(db, 'persistAsked')).toMatchObject({ granted: false });
  });

  it('treats a throwing API as denied', async () => {
    const storage = { persist: vi.fn(() => Promise.reject(new Error('SecurityError'))) };
    expect(await requestPersistenceOnce(db, storage)).toBe('denied');
  });

  it('is harmless where the API is missing and records nothing', async () => {
    expect(await requestPersistenceOnce(db, undefined)).toBe('unsupported');
    expect(await requestPersistenceOnce(db, {})).toBe('unsupported');
    expect(await getMeta(db, 'persistAsked')).toBeUndefined();
  });
});
