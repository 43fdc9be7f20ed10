import { describe, expect, it } from 'vitest';
import { assess, clearAssessCache } from './index';
import { assetInput, enterpriseInput } from './test-fixtures';

const AS_OF = '2026-11-22';
const invention = (over = {}) =>
  assetInput({
    id: 'inv',
    filingDate: '2018-06-01',
    grantDate: '2020-01-01',
    feesPaidThrough: '2027-05-31',
    ...over
  });

describe('assess() gives readiness and financing with the valuation', () => {
  it('an unpaid annual fee shows as the blocker, with paying it as the first action', () => {
    clearAssessCache();
    const r = assess({
      asOf: AS_OF,
      enterprise: enterpriseInput(),
      assets: [invention({ feesPaidThrough: '2026-09-30' })]
    });
    expect(r.readiness.blocked).toBe(true);
    // The loan stops because nothing is pledgeable (first, it is what the headline says); the fee leaves the patent out.
    expect(r.readiness.blockers.map((b) => [b.code, b.effect])).toEqual([
      ['nothing_pledgeable', 'stops_loan'],
      ['fee_grace', 'excludes_asset']
    ]);
    expect(r.readiness.actions[0]).toMatchObject({ code: 'pay_fee', params: { date: '2027-03-30' } });
    // With the loan blocked, no mode that needs the pledge fits.
    expect(r.financing.modes.find((m) => m.id === 'bank_pledge_loan')?.fit).toBe('unavailable');
  });

  it('a clean invention: the four modes in order, amounts within the pledgeable value, the same with the memo', () => {
    const input = { asOf: AS_OF, enterprise: enterpriseInput(), assets: [invention()] };
    clearAssessCache();
    const cold = assess(input);
    const warm = assess(input);
    expect(cold.financing.modes.map((m) => m.id)).toEqual([
      'bank_pledge_loan',
      'loan_abs',
      'sublicense_abs',
      'factoring'
    ]);
    const bank = cold.financing.modes[0]!;
    expect(bank.amount / 1_000_000).toBeCloseTo(cold.readiness.loanRange.baseWan, 6);
    expect(cold.readiness.loanRange.baseWan).toBeCloseTo(cold.bundle.pledgeableValueWan, 9);
    expect(warm.readiness).toEqual(cold.readiness);
    expect(warm.financing.modes.map((m) => m.allInRate)).toEqual(
      cold.financing.modes.map((m) => m.allInRate)
    );
    // Shenzhen 南山: the Nanshan and Shenzhen rules are the place's rules.
    expect(cold.financing.placeRules.map((e) => e.id)).toContain('shenzhen-nanshan-2025-pledge-loan');
  });

  it('the stored checklist ticks and financing settings reach the result', () => {
    clearAssessCache();
    const r = assess({
      asOf: AS_OF,
      enterprise: enterpriseInput({
        documentsReady: ['business_licence'],
        financingSettings: { bank: { spread: 0.02 } }
      }),
      assets: [invention()]
    });
    expect(r.readiness.documents.find((d) => d.id === 'business_licence')?.ticked).toBe(true);
    // LPR 3.0 % + the user's 2 pp.
    expect(r.financing.modes[0]?.headlineRate).toBeCloseTo(0.05, 12);
    expect(r.financing.modes[0]?.figures.spread?.from).toBe('user');
  });
});
