import { describe, expect, it } from 'vitest';
import { pledgeEligibility } from '../eligibility';
import { legalTerm } from '../legal-term';
import { READINESS_POLICY, type DocumentId } from '../policy/readiness';
import type { Range } from '../policy/valuation-defaults';
import type { AssetInput } from '../schema/asset';
import type { EnterpriseInput } from '../schema/enterprise';
import { asset, enterprise } from '../test-fixtures';
import { assessReadiness, type ReadinessInput } from './index';

const AS_OF = '2026-11-22';
/** The seven documents an invention without co-owners needs (policy/readiness.ts DOCUMENTS, need ≠ co_owned/if asked). */
const ALL_DOCS: DocumentId[] = [
  'business_licence',
  'ip_certificates',
  'fee_receipts',
  'financial_statements',
  'id_and_authorisation',
  'pledge_contract',
  'credit_report'
];

/** A granted invention filed 2018-06-01: term to 2038-05-31, fees paid to 2027-05-31, in use. */
const INVENTION: Partial<AssetInput> = {
  id: 'inv',
  filingDate: '2018-06-01',
  grantDate: '2020-01-01',
  feesPaidThrough: '2027-05-31',
  title: '一种数据压缩方法'
};
const VALUE: Range = { low: 100, base: 200, high: 300 };

interface Case {
  enterprise?: Partial<EnterpriseInput>;
  assets?: { over: Partial<AssetInput>; value?: Range | null; pledgeRate?: number }[];
  tenor?: number;
  amountWantedWan?: number | null;
  docs?: DocumentId[];
}

/** A clean enterprise (the fixture plus R&D spending of 200 万元) with one clean invention, unless told otherwise. */
function input(c: Case = {}): ReadinessInput {
  const e = enterprise({
    financials: {
      revenueWan: 3200,
      netProfitWan: 260,
      totalAssetsWan: 5000,
      totalLiabilitiesWan: 2100,
      rdSpendingWan: 200
    },
    ...c.enterprise
  });
  const tenor = c.tenor ?? 1;
  const specs = c.assets ?? [{ over: {} }];
  return {
    asOf: AS_OF,
    enterprise: e,
    assets: specs.map((spec) => {
      const a = asset({ ...INVENTION, ...spec.over });
      const term = legalTerm(a, AS_OF);
      return {
        assetId: a.id,
        type: a.type,
        title: a.title,
        identifier: a.identifier,
        term,
        eligibility: pledgeEligibility(a, term, AS_OF, tenor),
        value: spec.value === undefined ? VALUE : spec.value,
        pledgeRate: spec.pledgeRate ?? 0.25,
        inUse: a.use.inUse,
        pledgee: a.pledgee,
        coOwners: a.coOwners
      };
    }),
    loanTenorYears: tenor,
    amountWantedWan: c.amountWantedWan ?? null,
    synergyFactor: 1,
    documentsReady: c.docs ?? ALL_DOCS
  };
}

const codes = (r: ReturnType<typeof assessReadiness>) => r.blockers.map((b) => b.code);

describe('a clean enterprise', () => {
  it('has no blockers, scores 100 and lands in the top band', () => {
    // ip 30 (the invention is pledgeable) + term 10 (11.5 yrs left ≥ 1 + 1) + credit 15 + operating 15
    // (founded 2015, revenue 3,200) + qualifications 10 (高新) + R&D and use 10 (in use; 200 / 3,200 = 6.25 % ≥ 5 %,
    // the 高新 test for revenue ≤ 5,000 万元) + documents 10 (7 of 7) = 100.
    const r = assessReadiness(input());
    expect(r.blockers).toEqual([]);
    expect(r.blocked).toBe(false);
    expect(r.score).toBe(100);
    expect(r.grade).toBe('A');
    expect(r.actions).toEqual([]);
  });
});

describe('blockers', () => {
  const assetCases: [string, Partial<AssetInput>, string][] = [
    ['annual fee unpaid, in grace', { feesPaidThrough: '2026-09-30' }, 'fee_grace'],
    ['not the registered owner', { ownedByEnterprise: false }, 'not_owner'],
    ['lapsed', { status: 'lapsed' }, 'lapsed_fees'],
    ['invalidated', { status: 'invalidated' }, 'invalidated'],
    ['only an application', { status: 'pending', grantDate: undefined }, 'not_granted'],
    [
      'frozen by a court',
      { disputes: { ownership: false, invalidationPending: false, frozen: true, infringement: false } },
      'frozen'
    ],
    [
      'ownership dispute',
      { disputes: { ownership: true, invalidationPending: false, frozen: false, infringement: false } },
      'dispute_ownership'
    ],
    [
      'invalidation pending',
      { disputes: { ownership: false, invalidationPending: true, frozen: false, infringement: false } },
      'invalidation_pending'
    ],
    [
      'co-owner without consent',
      { coOwners: [{ name: '张三', consentToPledge: false }] },
      'co_owner_consent'
    ],
    ['already pledged', { pledged: true, pledgee: '某银行' }, 'already_pledged'],
    // A utility model filed 2016-12-01 ends 2026-11-30: a 1-year loan from 2026-11-22 runs past it.
    [
      'term ends before the loan',
      { type: 'utility', filingDate: '2016-12-01', grantDate: '2017-06-01' },
      'term_shorter_than_loan'
    ]
  ];

  it.each(assetCases)('%s: the asset blocker fires, and nothing else does', (_name, over, code) => {
    const r = assessReadiness(input({ assets: [{ over }] }));
    // The only asset is out, so nothing is pledgeable either; the asset's own reason (which a step closes) first.
    expect(codes(r)).toEqual([code, 'nothing_pledgeable']);
    expect(r.blockers[0]).toMatchObject({ scope: 'asset', assetId: 'inv' });
    expect(r.blocked).toBe(true);
  });

  it('an asset blocker with another good asset leaves the loan open', () => {
    const r = assessReadiness(
      input({ assets: [{ over: {} }, { over: { id: 'inv2', pledged: true, pledgee: '某银行' } }] })
    );
    expect(codes(r)).toEqual(['already_pledged']);
    expect(r.blocked).toBe(false);
  });

  it('a debt overdue now blocks the loan by itself', () => {
    const r = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: true } } })
    );
    expect(codes(r)).toEqual(['current_overdue']);
    expect(r.blocked).toBe(true);
  });

  it('an overdue record in the last two years costs points but does not block', () => {
    const r = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: false } } })
    );
    expect(r.blockers).toEqual([]);
    expect(r.score).toBe(85); // 100 − credit 15
  });

  it('each blocker names the action that closes it, or none when no step of the enterprise does', () => {
    // Fees paid through 2026-09-30 (in grace): the asset action's id is `<asset id>:<eligibility code>`.
    const fee = assessReadiness(input({ assets: [{ over: { feesPaidThrough: '2026-09-30' } }] }));
    expect(fee.blockers).toEqual([
      { scope: 'asset', code: 'fee_grace', assetId: 'inv', actionId: 'inv:fee_grace' },
      { scope: 'enterprise', code: 'nothing_pledgeable', actionId: null }
    ]);
    const pay = fee.actions.find((a) => a.id === fee.blockers[0]?.actionId);
    // Paid through 2026-09-30 + 6 months' grace = 2027-03-30.
    expect(pay).toMatchObject({ code: 'pay_fee', params: { date: '2027-03-30' } });
    // A debt overdue now: repaying it is the closing step.
    const overdue = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: true } } })
    );
    expect(overdue.blockers).toEqual([
      { scope: 'enterprise', code: 'current_overdue', actionId: 'repay_overdue' }
    ]);
    // Invalidated: no step of the enterprise's own brings the right back.
    const gone = assessReadiness(input({ assets: [{ over: { status: 'invalidated' } }] }));
    expect(gone.blockers[0]).toMatchObject({ code: 'invalidated', actionId: null });
  });

  it('no IP at all is a blocker', () => {
    expect(codes(assessReadiness(input({ assets: [] })))).toEqual(['nothing_pledgeable']);
  });

  it('an asset without a value does not count as pledgeable', () => {
    expect(codes(assessReadiness(input({ assets: [{ over: {}, value: null }] })))).toEqual([
      'nothing_pledgeable'
    ]);
  });
});

describe('actions', () => {
  it('an unpaid fee: pay it before the grace period ends; that alone unblocks the loan', () => {
    const r = assessReadiness(input({ assets: [{ over: { feesPaidThrough: '2026-09-30' } }] }));
    const top = r.actions[0];
    // Paid through 2026-09-30: the 6-month grace period (专利法实施细则) ends 2027-03-30.
    expect(top).toMatchObject({ code: 'pay_fee', assetId: 'inv', params: { date: '2027-03-30' } });
    expect(top?.gain.unblocks).toBe(true);
    // Without the invention: ip 0 and term 0 → 100 − 30 − 10 = 60; paying restores both: +40.
    expect(r.score).toBe(60);
    expect(top?.gain.points).toBe(40);
    // 200 万元 × 25 % = 50 万元 becomes pledgeable.
    expect(top?.gain.pledgeableWan).toBe(50);
  });

  it('closing the top-ranked gap raises the score by exactly what the ranking promised', () => {
    const before = input({ enterprise: { qualifications: noQualifications }, docs: [] });
    const r = assessReadiness(before);
    // No qualification (−10) and no documents (−10): 80.
    expect(r.score).toBe(80);
    // 高新技术企业 restores 10 points; 科技型中小企业 half of them (5); one document 10 / 7 = 1.43 → 1 after rounding.
    expect(r.actions.map((a) => [a.code, a.gain.points]).slice(0, 3)).toEqual([
      ['apply_high_tech', 10],
      ['apply_tech_sme', 5],
      ['prepare_document', 1]
    ]);
    const after = assessReadiness(
      input({ enterprise: { qualifications: { ...noQualifications, highTech: true } }, docs: [] })
    );
    expect(after.score - r.score).toBe(r.actions[0]?.gain.points);
    expect(after.score).toBe(90);
  });

  it('a co-owner without consent: ask the named co-owners for written consent', () => {
    const r = assessReadiness(
      input({
        assets: [
          {
            over: {
              coOwners: [
                { name: '张三', consentToPledge: false },
                { name: '李四', consentToPledge: true },
                { name: '王五', consentToPledge: false }
              ]
            }
          }
        ],
        docs: [...ALL_DOCS, 'co_owner_consent']
      })
    );
    expect(r.actions[0]).toMatchObject({ code: 'get_consent', params: { names: '张三、王五' } });
  });

  it('an expired right offers no step (nothing the owner can do), only its blocker', () => {
    // Utility model filed 2010-01-01 ended 2019-12-31.
    const r = assessReadiness(
      input({ assets: [{ over: { type: 'utility', filingDate: '2010-01-01', grantDate: '2010-06-01' } }] })
    );
    expect(codes(r)).toContain('expired');
    expect(r.actions.some((a) => a.assetId === 'inv')).toBe(false);
  });

  it('a term just too short for tenor + 1 year suggests the longest tenor that fits', () => {
    // Invention filed 2007-06-01 ends 2027-05-31: 0.52 yrs left on 2026-11-22 (190 days / 365.25).
    // Loan of 0.25 yr passes eligibility, but 0.52 < 0.25 + 1: no quarter tenor fits (0.52 − 1 < 0.25), so no action.
    const r = assessReadiness(
      input({ tenor: 0.25, assets: [{ over: { filingDate: '2007-06-01', grantDate: '2010-01-01' } }] })
    );
    expect(r.dimensions.find((d) => d.id === 'term')?.fraction).toBe(0);
    expect(r.actions.some((a) => a.code === 'choose_shorter_tenor')).toBe(false);
    // Filed 2008-06-01 ends 2028-05-31: 1.52 yrs left; a 3-year loan is refused (term_shorter_than_loan) and the
    // step is the tenor that still leaves a year: floor((1.52 − 1) × 4) / 4 = 0.5.
    const r2 = assessReadiness(
      input({ tenor: 3, assets: [{ over: { filingDate: '2008-06-01', grantDate: '2010-01-01' } }] })
    );
    expect(r2.actions[0]).toMatchObject({ code: 'shorten_tenor', params: { date: '2028-05-31' } });
  });
});

const noQualifications = {
  highTech: false,
  specialized: false,
  littleGiant: false,
  techSme: false,
  innovativeSme: false
};

describe('the weights are data', () => {
  it('changing a weight changes the score', () => {
    const c = input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: false } } });
    expect(assessReadiness(c).score).toBe(85);
    const policy = {
      ...READINESS_POLICY,
      weights: {
        ...READINESS_POLICY.weights,
        value: { ...READINESS_POLICY.weights.value, credit: 25, ip: 20 }
      }
    };
    // Credit now weighs 25: 100 − 25 = 75.
    expect(assessReadiness(c, policy).score).toBe(75);
  });

  it('gives the grade bands and the weights’ source with the result, so the screen states no rule of its own', () => {
    const policy = {
      ...READINESS_POLICY,
      weights: { ...READINESS_POLICY.weights, source: { label: 'sourced' as const, ref: 'test §1' } },
      gradeBands: {
        ...READINESS_POLICY.gradeBands,
        value: [
          { grade: 'A' as const, min: 90 },
          { grade: 'B' as const, min: 60 },
          { grade: 'C' as const, min: 30 },
          { grade: 'D' as const, min: 0 }
        ]
      }
    };
    // An overdue record in the last two years: 100 − credit 15 = 85, under the test's A band of 90: B.
    const r = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: false } } }),
      policy
    );
    expect(r.score).toBe(85);
    expect(r.grade).toBe('B');
    expect(r.gradeBands.map((b) => `${b.grade}${b.min}`)).toEqual(['A90', 'B60', 'C30', 'D0']);
    expect(r.scoreSource).toEqual({ label: 'sourced', ref: 'test §1' });
  });

  it('the weights add up to 100', () => {
    const w = READINESS_POLICY.weights.value;
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('indicative loan range', () => {
  it('is the pledgeable value at low / base / high, capped by half the revenue less existing loans', () => {
    // 100 / 200 / 300 × 25 % = 25 / 50 / 75; revenue 3,200 × 50 % = 1,600 does not bind.
    const r = assessReadiness(input({ amountWantedWan: 60 }));
    expect(r.loanRange).toMatchObject({
      lowWan: 25,
      baseWan: 50,
      highWan: 75,
      capWan: 1600,
      wantedFits: false
    });
  });

  it('existing loans lower the cap', () => {
    // Revenue 100: cap 100 × 50 % − 10 = 40 binds the base (50) and the high (75), not the low (25).
    const r = assessReadiness(
      input({
        enterprise: {
          financials: { revenueWan: 100, rdSpendingWan: 10 },
          loans: [{ id: 'l1', lender: '某银行', kind: 'credit', amountWan: 10 }]
        }
      })
    );
    expect(r.loanRange).toMatchObject({
      lowWan: 25,
      baseWan: 40,
      highWan: 40,
      capWan: 40,
      existingLoansWan: 10
    });
  });
});

describe('first loan', () => {
  it('a firm that never borrowed sees the national channels; Jiangsu adds the no-appraisal line', () => {
    const national = assessReadiness(input());
    expect(national.firstLoan.applies).toBe(true);
    expect(national.firstLoan.channels.map((c) => c.id)).toEqual([
      'notice_first_loan',
      'innovation_evaluation',
      'internal_valuation'
    ]);
    const jiangsu = assessReadiness(input({ enterprise: { province: '320000', city: '南京市' } }));
    expect(jiangsu.firstLoan.channels.map((c) => c.id)).toContain('no_appraisal_line');
  });

  it('a firm that has had a bank loan is not a first-loan case', () => {
    expect(assessReadiness(input({ enterprise: { hasHadBankLoan: true } })).firstLoan.applies).toBe(false);
  });
});

describe('documents', () => {
  it('fee receipts only with patents; co-owner consent only with co-owned IP; the appraisal report never counts', () => {
    const trademark = assessReadiness(
      input({
        assets: [
          {
            over: {
              type: 'trademark',
              grantDate: '2020-01-01',
              filingDate: undefined,
              feesPaidThrough: undefined
            }
          }
        ]
      })
    );
    const req = (r: ReturnType<typeof assessReadiness>) =>
      r.documents.filter((d) => d.required).map((d) => d.id);
    expect(req(trademark)).not.toContain('fee_receipts');
    expect(req(trademark)).not.toContain('co_owner_consent');
    expect(req(assessReadiness(input()))).toContain('fee_receipts');
    expect(req(assessReadiness(input()))).not.toContain('appraisal_report');
  });
});
