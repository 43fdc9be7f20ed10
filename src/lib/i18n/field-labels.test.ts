import { describe, expect, it } from 'vitest';
import { pathLabels } from './field-labels';

describe('pathLabels', () => {
  it('names the record (1-based) and the field', () => {
    expect(pathLabels('enterprises[1].creditCode')).toEqual([
      { key: 'backup.field.enterpriseN', values: { n: 2 } },
      { key: 'enterprise.creditCode' }
    ]);
    expect(pathLabels('assets[0].financials.revenueWan')[0]).toEqual({
      key: 'backup.field.assetN',
      values: { n: 1 }
    });
    expect(pathLabels('enterprises[0].financials.revenueWan')[1]).toEqual({ key: 'enterprise.revenue' });
  });
  it('names the field of an element inside a list by its list', () => {
    expect(pathLabels('enterprises[0].loans[2].amountWan')[1]).toEqual({ key: 'enterprise.loansTitle' });
    expect(pathLabels('assets[3].niceClasses.1')[1]).toEqual({ key: 'asset.niceClasses' });
  });
  it('gives nothing for places without a name (the raw path is shown instead)', () => {
    expect(pathLabels('')).toEqual([]);
    expect(pathLabels('formatVersion')).toEqual([]);
    expect(pathLabels('assets[0].somethingNew')).toEqual([{ key: 'backup.field.assetN', values: { n: 1 } }]);
  });
});
