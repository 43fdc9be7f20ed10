import { describe, expect, it } from 'vitest';
import { assetInput } from '$lib/engine/test-fixtures';
import type { AssetInput } from '$lib/engine';
import { assetToDraft, draftToAsset } from './asset-draft';
import { assetErrors } from './validate';

describe('assetToDraft', () => {
  it('round-trips a valid record', () => {
    const a = assetInput({ filingDate: '2018-06-01', niceClasses: [9, 42] });
    const d = assetToDraft(a);
    expect(d.niceClasses).toBe('9, 42');
    expect(draftToAsset(d)).toMatchObject({ ...a, niceClasses: [9, 42] });
  });

  it('opens a stored record that lost parts of its shape, so it can be fixed', () => {
    const broken = { id: 'x', enterpriseId: 'e1', type: 'hologram', title: 42 } as unknown as AssetInput;
    const d = assetToDraft(broken);
    expect(d).toMatchObject({
      id: 'x',
      enterpriseId: 'e1',
      type: 'invention',
      title: '',
      licenceKind: 'none'
    });
  });
});

describe('who holds it, when it was acquired, which products it serves', () => {
  it('round-trips the holder, the service-invention answer, the acquisition date and the product links', () => {
    const a = assetInput({
      filingDate: '2018-06-01',
      ownedByEnterprise: false,
      holder: 'controller',
      serviceInvention: false,
      acquiredOn: '2025-03-01',
      use: { inUse: true, products: '', productIds: ['p1', 'p2'], shareWeight: 2 }
    });
    const d = assetToDraft(a);
    expect(d).toMatchObject({
      holder: 'controller',
      serviceInvention: 'no',
      acquiredOn: '2025-03-01',
      productIds: ['p1', 'p2'],
      shareWeight: '2'
    });
    expect(draftToAsset(d)).toMatchObject({
      holder: 'controller',
      serviceInvention: false,
      acquiredOn: '2025-03-01',
      use: { productIds: ['p1', 'p2'], shareWeight: 2 }
    });
  });

  it('drops the holder and the service-invention answer once the enterprise holds the right itself', () => {
    const d = {
      ...assetToDraft(assetInput({ filingDate: '2018-06-01' })),
      holder: 'shareholder',
      serviceInvention: 'yes' as const
    };
    const r = draftToAsset(d);
    expect(r.holder).toBeUndefined();
    expect(r.serviceInvention).toBeUndefined();
  });

  it('the form refuses a weight outside 0.1-100 and an acquisition date after today, with their messages', () => {
    const d = {
      ...assetToDraft(assetInput({ filingDate: '2018-06-01' })),
      shareWeight: '0',
      acquiredOn: '2099-01-01'
    };
    expect(assetErrors(draftToAsset(d), '2026-11-24')).toMatchObject({
      'use.shareWeight': { key: 'valuation.err.share_weight_range' },
      acquiredOn: { key: 'errors.future_date' }
    });
  });
});
