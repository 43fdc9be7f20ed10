import { describe, expect, it } from 'vitest';
import { legalTerm } from './legal-term';
import type { Asset } from './schema/asset';
import { asset } from './test-fixtures';

describe('legal term by type', () => {
  it('invention: 20 years from filing, last day the day before the anniversary (专利审查指南 example)', () => {
    // The examination guidelines' own example: filed 1999-09-06, the term ends 2019-09-05.
    const a = asset({ type: 'invention', filingDate: '1999-09-06' });
    expect(legalTerm(a, '2019-09-05')).toMatchObject({
      rule: 'invention_20y',
      endsOn: '2019-09-05',
      status: 'in_force'
    });
    expect(legalTerm(a, '2019-09-06')).toMatchObject({
      status: 'expired',
      inForce: false,
      yearsRemaining: 0
    });
  });

  it('years remaining are counted to the last day inclusive on 365.25-day years', () => {
    // filed 2018-06-01 → ends 2038-05-31; from 2026-11-21 to 2038-05-31 is 4209 days, +1 for the last day = 4210.
    const t = legalTerm(asset({ filingDate: '2018-06-01' }), '2026-11-21');
    expect(t.endsOn).toBe('2038-05-31');
    expect(t.yearsRemaining).toBeCloseTo(4210 / 365.25, 10);
  });

  it('utility model: 10 years; a 29 February filing ends on 28 February', () => {
    expect(legalTerm(asset({ type: 'utility', filingDate: '2009-11-30' }), '2012-01-01').endsOn).toBe(
      '2019-11-29'
    );
    // 2016-02-29 + 10 years has no 29 February: the anniversary is 2026-03-01, the term ends 2026-02-28.
    expect(legalTerm(asset({ type: 'utility', filingDate: '2016-02-29' }), '2020-01-01').endsOn).toBe(
      '2026-02-28'
    );
  });

  it('design: 10 years if filed before 2021-06-01, 15 years from that day on', () => {
    const before = legalTerm(asset({ type: 'design', filingDate: '2021-05-31' }), '2022-01-01');
    const from = legalTerm(asset({ type: 'design', filingDate: '2021-06-01' }), '2022-01-01');
    expect(before).toMatchObject({ rule: 'design_10y', endsOn: '2031-05-30' });
    expect(from).toMatchObject({ rule: 'design_15y', endsOn: '2036-05-31' });
  });

  it('trademark: 10 years from registration, renewal window and 6-month grace', () => {
    // Certificates read "2010年03月14日至2020年03月13日".
    const tm = asset({ type: 'trademark', title: '知融', grantDate: '2010-03-14' });
    expect(legalTerm(tm, '2019-01-01')).toMatchObject({
      endsOn: '2020-03-13',
      status: 'in_force',
      renewalWindowOpen: false,
      renewable: true
    });
    expect(legalTerm(tm, '2019-06-01')).toMatchObject({ status: 'in_force', renewalWindowOpen: true });
    expect(legalTerm(tm, '2020-09-13')).toMatchObject({ status: 'renewal_grace', inForce: true });
    expect(legalTerm(tm, '2020-09-14')).toMatchObject({ status: 'expired', inForce: false });
    const renewed = asset({ type: 'trademark', grantDate: '2010-03-14', renewedUntil: '2030-03-13' });
    expect(legalTerm(renewed, '2026-11-21')).toMatchObject({
      rule: 'trademark_renewed',
      endsOn: '2030-03-13',
      status: 'in_force'
    });
  });

  it('software and copyright of a legal person: to 31 December of the 50th year after publication', () => {
    const sw = asset({ type: 'software', firstPublicationDate: '2015-07-01', creationDate: '2015-03-01' });
    expect(legalTerm(sw, '2026-11-21')).toMatchObject({
      rule: 'copyright_50y_publication',
      endsOn: '2065-12-31'
    });
    const unpublished = asset({ type: 'copyright', creationDate: '2020-01-10' });
    expect(legalTerm(unpublished, '2026-11-21')).toMatchObject({
      rule: 'copyright_50y_creation',
      endsOn: '2070-12-31'
    });
    const personal = asset({ type: 'copyright', authorKind: 'natural_person', creationDate: '2020-01-10' });
    expect(legalTerm(personal, '2026-11-21')).toMatchObject({
      rule: 'copyright_life_plus_50',
      endsOn: null,
      status: 'in_force',
      yearsRemaining: null
    });
  });

  it('IC layout: 10 years from the earlier of filing and first commercial use, capped at creation + 15 years', () => {
    const ic = asset({ type: 'ic_layout', filingDate: '2019-03-01', firstPublicationDate: '2018-10-01' });
    expect(legalTerm(ic, '2020-01-01')).toMatchObject({ startsOn: '2018-10-01', endsOn: '2028-09-30' });
    // Created 2010-01-01: 15 years end 2024-12-31, before the 10-year term.
    const old = asset({
      type: 'ic_layout',
      filingDate: '2019-03-01',
      firstPublicationDate: '2018-10-01',
      creationDate: '2010-01-01'
    });
    expect(legalTerm(old, '2024-12-31')).toMatchObject({ endsOn: '2024-12-31', status: 'in_force' });
    expect(legalTerm(old, '2025-01-01')).toMatchObject({ status: 'expired' });
  });

  it('geographical indication: no term', () => {
    expect(legalTerm(asset({ type: 'gi', title: '赣南脐橙' }), '2026-11-21')).toMatchObject({
      rule: 'gi_no_term',
      endsOn: null,
      yearsRemaining: null,
      status: 'in_force',
      inForce: true
    });
  });
});

describe('status', () => {
  it('unpaid annual fees: 6-month grace, then lapsed', () => {
    const a = asset({ filingDate: '2015-01-10', feesPaidThrough: '2026-01-09' });
    expect(legalTerm(a, '2026-01-09').status).toBe('in_force');
    expect(legalTerm(a, '2026-03-01')).toMatchObject({
      status: 'fee_grace',
      inForce: true,
      feeGraceEndsOn: '2026-07-09'
    });
    expect(legalTerm(a, '2026-07-10')).toMatchObject({ status: 'lapsed', inForce: false });
  });

  it('the register wins: pending, lapsed, invalidated, abandoned', () => {
    const at = '2026-11-21';
    expect(legalTerm(asset({ filingDate: '2024-01-01', status: 'pending' }), at).status).toBe('not_granted');
    expect(legalTerm(asset({ filingDate: '2020-01-01', status: 'lapsed' }), at).status).toBe('lapsed');
    expect(legalTerm(asset({ filingDate: '2020-01-01', status: 'invalidated' }), at).status).toBe(
      'invalidated'
    );
    expect(legalTerm(asset({ filingDate: '2020-01-01', status: 'abandoned' }), at).inForce).toBe(false);
  });

  it('missing dates give "unknown", never a made-up end', () => {
    const noDate = { ...asset({ filingDate: '2020-01-01' }), filingDate: undefined } as Asset;
    expect(legalTerm(noDate, '2026-11-21')).toMatchObject({
      status: 'unknown',
      endsOn: null,
      inForce: false
    });
  });
});
