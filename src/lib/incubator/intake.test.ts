import { describe, expect, it } from 'vitest';
import { REAL_IDS } from '$lib/engine/test-fixtures';
import {
  emptyQuickIntake,
  emptyQuickIp,
  intakeAsset,
  intakeErrors,
  ipDateField,
  type QuickIntake
} from './intake';

const TODAY = '2026-11-21';
const title = (ip: { type: string; identifier: string }) => `${ip.type} ${ip.identifier}`;

function intake(): QuickIntake {
  const d = emptyQuickIntake();
  d.enterprise.name = '杭州云栖科技';
  d.enterprise.city = '杭州市';
  d.enterprise.revenueWan = '800';
  return d;
}

describe('quick intake', () => {
  it('asks the date each term runs from', () => {
    expect(ipDateField('invention')).toBe('filingDate');
    expect(ipDateField('ic_layout')).toBe('filingDate');
    expect(ipDateField('trademark')).toBe('grantDate');
    expect(ipDateField('software')).toBe('creationDate');
    expect(ipDateField('gi')).toBeNull();
  });

  it('a name alone is enough for the enterprise; an empty name is refused like in the full form', () => {
    expect(intakeErrors(intake(), TODAY, title)).toEqual({});
    const d = intake();
    d.enterprise.name = '';
    expect(Object.keys(intakeErrors(d, TODAY, title))).toEqual(['name']);
  });

  it('checks each IP line by the asset rules: number, and the date its term needs', () => {
    const d = intake();
    d.ip = [
      { ...emptyQuickIp('k1', 'invention'), identifier: REAL_IDS.invention, date: '2018-06-08' },
      { ...emptyQuickIp('k2', 'trademark'), identifier: 'not a number' },
      { ...emptyQuickIp('k3', 'software'), identifier: REAL_IDS.software, date: '2030-01-01' },
      {
        ...emptyQuickIp('k4', 'invention'),
        identifier: REAL_IDS.invention,
        date: '2018-06-08',
        revenueWan: '-5'
      }
    ];
    const errors = intakeErrors(d, TODAY, title);
    expect(Object.keys(errors).sort()).toEqual([
      'ip.1.date',
      'ip.1.identifier',
      'ip.2.date',
      'ip.3.revenueWan'
    ]);
    expect(errors['ip.1.date']?.key).toBe('errors.required_for_type');
  });

  it('turns a line into a full asset record with the date in its field', () => {
    const a = intakeAsset(
      { key: 'k', type: 'trademark', identifier: REAL_IDS.trademark, date: '2010-03-14', revenueWan: '900' },
      'e1',
      '注册商标 7199523'
    );
    expect(a).toMatchObject({
      enterpriseId: 'e1',
      type: 'trademark',
      grantDate: '2010-03-14',
      status: 'granted'
    });
    expect(a.filingDate).toBeUndefined();
    // Quick intake links no listed product (the enterprise has none yet).
    expect(a.use).toEqual({ inUse: true, products: '', revenueWan: 900, productIds: [] });
  });
});
