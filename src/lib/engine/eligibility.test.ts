import { describe, expect, it } from 'vitest';
import { pledgeEligibility, type EligibilityCode } from './eligibility';
import { legalTerm } from './legal-term';
import { AssetSchema, type AssetInput } from './schema/asset';
import { asset } from './valuation/fixtures';

const AS_OF = '2024-01-01';

function check(over: Partial<AssetInput>, tenor = 1) {
  const a = AssetSchema.parse(asset(over));
  return pledgeEligibility(a, legalTerm(a, AS_OF), AS_OF, tenor);
}

const codes = (over: Partial<AssetInput>, tenor = 1): EligibilityCode[] =>
  check(over, tenor).reasons.map((r) => r.code);
const noDisputes = { ownership: false, invalidationPending: false, frozen: false, infringement: false };

describe('pledge eligibility (facts.md §2.1)', () => {
  it('passes a granted, owned, undisputed invention', () => {
    expect(check({})).toEqual({ eligible: true, reasons: [] });
  });

  it.each<[Partial<AssetInput>, EligibilityCode]>([
    [{ status: 'pending', grantDate: undefined }, 'not_granted'],
    [{ filingDate: '2000-01-01', grantDate: '2002-01-01' }, 'expired'],
    [{ status: 'lapsed' }, 'lapsed_fees'],
    // Fees paid through 2023-03-01: grace ends 2023-09-01, before asOf → lapsed.
    [{ feesPaidThrough: '2023-03-01' }, 'lapsed_fees'],
    // Fees paid through 2023-10-01: grace until 2024-04-01 → in grace, CNIPA will not register.
    [{ feesPaidThrough: '2023-10-01' }, 'fee_grace'],
    [{ status: 'invalidated' }, 'invalidated'],
    [{ status: 'abandoned' }, 'abandoned'],
    [{ ownedByEnterprise: false }, 'not_owner'],
    [{ coOwners: [{ name: '乙公司', consentToPledge: false }] }, 'co_owner_consent'],
    [{ pledged: true, pledgee: '某银行' }, 'already_pledged'],
    [{ disputes: { ...noDisputes, ownership: true } }, 'dispute_ownership'],
    [{ disputes: { ...noDisputes, frozen: true } }, 'frozen'],
    [{ disputes: { ...noDisputes, invalidationPending: true } }, 'invalidation_pending']
  ])('blocks %j with %s', (over, code) => {
    const e = check(over);
    expect(e.eligible).toBe(false);
    expect(e.reasons).toContainEqual({ code, severity: 'blocking' });
  });

  it('blocks a term that ends before the loan does', () => {
    // Utility model filed 2014-06-01 ends 2024-05-31; a 1-year loan from 2024-01-01 ends 2025-01-01.
    expect(codes({ type: 'utility', filingDate: '2014-06-01', grantDate: '2015-01-01' })).toEqual([
      'term_shorter_than_loan'
    ]);
    // A 3-month loan ends 2024-04-01, inside the term.
    expect(codes({ type: 'utility', filingDate: '2014-06-01', grantDate: '2015-01-01' }, 0.25)).toEqual([]);
  });

  it('says a GI belongs to its collective, not to a member firm', () => {
    expect(codes({ type: 'gi', ownedByEnterprise: false })).toEqual(['gi_collective']);
    expect(check({ type: 'gi', ownedByEnterprise: true }).eligible).toBe(true);
  });

  it('lists every reason, and cautions do not block', () => {
    expect(
      codes({ pledged: true, coOwners: [{ name: '乙', consentToPledge: false }], status: 'lapsed' })
    ).toEqual(['lapsed_fees', 'co_owner_consent', 'already_pledged']);
    const e = check({ disputes: { ...noDisputes, infringement: true }, licence: { kind: 'exclusive' } });
    expect(e.eligible).toBe(true);
    expect(e.reasons).toEqual([
      { code: 'infringement_dispute', severity: 'caution' },
      { code: 'exclusive_licence', severity: 'caution' }
    ]);
  });

  it('cautions a trademark in its renewal window and blocks one in its renewal grace', () => {
    // Registered 2014-03-01: ends 2024-02-29; window open from 2023-02-28.
    expect(
      check({ type: 'trademark', filingDate: '2013-01-01', grantDate: '2014-03-01' }).reasons
    ).toContainEqual({ code: 'renewal_window', severity: 'caution' });
    expect(codes({ type: 'trademark', filingDate: '2013-01-01', grantDate: '2013-10-01' })).toEqual([
      'renewal_grace'
    ]);
  });
});
