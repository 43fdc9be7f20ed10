import { describe, expect, it } from 'vitest';
import { assetInput } from '$lib/engine/test-fixtures';
import type { AssetInput } from '$lib/engine';
import { assetToDraft, draftToAsset } from './asset-draft';

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
