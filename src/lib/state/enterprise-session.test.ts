import { describe, expect, it, vi } from 'vitest';
import { writable } from 'svelte/store';
import type { Asset, Enterprise } from '$lib/engine';

const stores = vi.hoisted(() => ({
  enterprise: null as unknown,
  assets: null as unknown,
  ids: [] as string[]
}));
vi.mock('./data', () => ({
  data: {
    watchEnterprise: (id: string) => {
      stores.ids.push(id);
      return stores.enterprise;
    },
    watchAssets: () => stores.assets
  }
}));
vi.mock('./assessment', () => ({
  runAssessment: (enterprise: Enterprise, assets: Asset[], asOf: string) => ({
    ok: true,
    result: { name: enterprise.name, assets: assets.length, asOf },
    invalidAssets: []
  })
}));

const { EnterpriseSession } = await import('./enterprise-session.svelte');

const acme = { id: 'e 1', name: '甲' } as Enterprise;
const patent = { id: 'a1' } as Asset;

function session(edits = {}) {
  const enterprise = writable<Enterprise | null | undefined>(undefined);
  const assets = writable<Asset[] | undefined>(undefined);
  stores.enterprise = enterprise;
  stores.assets = assets;
  const s = new EnterpriseSession(new URL('http://x/overview?e=e%201'), edits);
  return { s, enterprise, assets };
}

describe('EnterpriseSession', () => {
  it('reads the enterprise named by ?e= and gives its id ready for a link', () => {
    const { s } = session();
    expect(s.id).toBe('e 1');
    expect(s.q).toBe('e%201');
    expect(stores.ids.at(-1)).toBe('e 1');
  });

  it('is loading, then missing or there; the assessment waits for both records', () => {
    const { s, enterprise, assets } = session();
    expect(s.enterprise).toBeUndefined();
    expect(s.outcome).toBeNull();
    enterprise.set(null);
    expect(s.enterprise).toBeNull();
    enterprise.set(acme);
    expect(s.outcome).toBeNull();
    assets.set([patent]);
    expect(s.result).toEqual({ name: '甲', assets: 1, asOf: s.today });
  });

  it("assesses the screen's edits over the stored records", () => {
    const { s, enterprise, assets } = session({
      enterprise: (e: Enterprise) => ({ ...e, name: '乙' }),
      assets: (a: readonly Asset[]) => [...a, patent]
    });
    enterprise.set(acme);
    assets.set([patent]);
    expect(s.enterprise?.name).toBe('乙');
    expect(s.storedEnterprise?.name).toBe('甲');
    expect(s.result).toEqual({ name: '乙', assets: 2, asOf: s.today });
  });
});
