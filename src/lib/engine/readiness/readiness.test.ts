import { describe, expect, it } from 'vitest';
import { pledgeEligibility } from '../eligibility';
import { legalTerm } from '../legal-term';
import { READINESS_POLICY, type DocumentId } from '../policy/readiness';
import type { Range } from '../policy/types';
import type { AssetInput } from '../schema/asset';
import type { EnterpriseInput } from '../schema/enterprise';
import { asset, enterprise } from '../test-fixtures';
import { assessReadiness, type ReadinessInput, type RevenueInput } from './index';

const AS_OF = '2026-11-22';
/** The seven documents an invention held by the enterprise needs (policy/readiness.ts DOCUMENTS, need always/patents). */
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
  assets?: {
    over: Partial<AssetInput>;
    value?: Range | null;
    pledgeRate?: number;
    productKeys?: string[];
    revenueInput?: RevenueInput | null;
  }[];
  tenor?: number;
  amountWantedWan?: number | null;
  docs?: DocumentId[];
  /** Last year's revenue per product key; by default the clean invention's product sold 2,000 of 3,200 万元. */
  productRevenue?: Record<string, number>;
}

/** What a credit officer asks first, all answered well: the clean enterprise's. */
const CLEAN_ANSWERS: Partial<EnterpriseInput> = {
  controller: { guarantee: true, personalCreditClean: true },
  taxCreditGrade: 'A',
  court: { enforcement: false, dishonest: false }
};

/**
 * A clean enterprise (the fixture plus R&D spending of 200 万元 and every credit officer's question answered well) with
 * one clean invention serving product 'gw', which sold 2,000 of the firm's 3,200 万元, unless told otherwise.
 */
function input(c: Case = {}): ReadinessInput {
  const e = enterprise({
    financials: {
      revenueWan: 3200,
      netProfitWan: 260,
      totalAssetsWan: 5000,
      totalLiabilitiesWan: 2100,
      rdSpendingWan: 200
    },
    ...CLEAN_ANSWERS,
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
        asset: a,
        term,
        eligibility: pledgeEligibility(a, term, AS_OF, tenor),
        value: spec.value === undefined ? VALUE : spec.value,
        pledgeRate: spec.pledgeRate ?? 0.25,
        productKeys: spec.productKeys ?? ['gw'],
        revenueInput: spec.revenueInput ?? null
      };
    }),
    productRevenue: new Map(Object.entries(c.productRevenue ?? { gw: 2000 })),
    loanTenorYears: tenor,
    amountWantedWan: c.amountWantedWan ?? null,
    synergyFactor: 1,
    documentsReady: c.docs ?? ALL_DOCS
  };
}

const codes = (r: ReturnType<typeof assessReadiness>) => r.blockers.map((b) => b.code);

/*
 * The score's dimensions (policy/readiness.ts READINESS_WEIGHTS): ip 30, term 10, credit 15, controller 10,
 * compliance 10, operating 15 (a third each for ≥ 2 years, revenue > 0, liabilities ≤ 70 % of assets),
 * qualifications 5, rnd_use 5 (half for the pledgeable IP's products earning ≥ 50 % of revenue, or a quarter for IP
 * merely in use; half for R&D at the 高新 ratio). Documents are not scored: grade A needs them.
 */
describe('a clean enterprise', () => {
  it('has no blockers, scores 100 and lands in the top band', () => {
    // ip 30 (the invention is pledgeable) + term 10 (11.5 yrs left ≥ 1 + 1) + credit 15 + controller 10 (guarantee,
    // clean personal credit) + compliance 10 (tax grade A, no court record) + operating 15 (founded 2015, revenue
    // 3,200, liabilities 2,100 / 5,000 = 42 % ≤ 70 %) + qualifications 5 (高新) + rnd_use 5 (product gw sold 2,000
    // ≥ 50 % × 3,200 = 1,600; R&D 200 / 3,200 = 6.25 % ≥ 5 %, the 高新 test for revenue ≤ 5,000 万元) = 100.
    const r = assessReadiness(input());
    expect(r.blockers).toEqual([]);
    expect(r.blocked).toBe(false);
    expect(r.headline).toBe('clear');
    expect(r.score).toBe(100);
    expect(r.grade).toBe('A');
    expect(r.gradeCap).toBeNull();
    expect(r.actions).toEqual([]);
    expect(r.documentsReady).toEqual({ ready: 7, required: 7 });
  });
});

describe('blockers: one rule, said once', () => {
  const assetCases: [string, Partial<AssetInput>, string][] = [
    ['annual fee unpaid, in grace', { feesPaidThrough: '2026-09-30' }, 'fee_grace'],
    ['not the registered owner, holder not said', { ownedByEnterprise: false }, 'not_owner'],
    ['only a licence', { ownedByEnterprise: false, holder: 'licence_only' }, 'licence_only'],
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
    ],
    // Registered 2015-01-01, ended 2024-12-31, grace to 2025-06-30: cancelled, and a trademark is not restorable.
    [
      'a trademark past its renewal grace',
      { type: 'trademark', grantDate: '2015-01-01', filingDate: undefined, feesPaidThrough: undefined },
      'trademark_lapsed'
    ],
    [
      'a trademark cancelled on the register',
      {
        type: 'trademark',
        status: 'lapsed',
        grantDate: '2020-01-01',
        filingDate: undefined,
        feesPaidThrough: undefined
      },
      'trademark_lapsed'
    ]
  ];

  it.each(assetCases)(
    '%s: the asset is left out, and with nothing else the loan stops',
    (_name, over, code) => {
      const r = assessReadiness(input({ assets: [{ over }] }));
      // The loan stops because nothing is left; the asset's own reason only leaves the asset out.
      expect(codes(r)).toEqual(['nothing_pledgeable', code]);
      expect(r.blockers.map((b) => b.effect)).toEqual(['stops_loan', 'excludes_asset']);
      expect(r.blockers[1]).toMatchObject({ scope: 'asset', assetId: 'inv' });
      expect(r.blocked).toBe(true);
      expect(r.headline).toBe('blocked');
    }
  );

  it('an asset that cannot be pledged beside a good one leaves the loan open, and says so in one sentence', () => {
    // The contradiction "没有阻止贷款的硬性障碍" above a blocker card: the result now says the loan is open and one
    // asset is left out, so no screen has to pick which reasons to show.
    const r = assessReadiness(
      input({ assets: [{ over: {} }, { over: { id: 'inv2', pledged: true, pledgee: '某银行' } }] })
    );
    expect(r.blockers).toEqual([
      {
        scope: 'asset',
        code: 'already_pledged',
        assetId: 'inv2',
        effect: 'excludes_asset',
        actionId: 'inv2:already_pledged'
      }
    ]);
    expect(r.blocked).toBe(false);
    expect(r.headline).toBe('assets_excluded');
  });

  it('a debt overdue now stops the loan by itself', () => {
    const r = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: true } } })
    );
    expect(codes(r)).toEqual(['current_overdue']);
    expect(r.blocked).toBe(true);
  });

  it('a 失信 listing stops the loan; its step is clearing the listing', () => {
    const r = assessReadiness(input({ enterprise: { court: { enforcement: true, dishonest: true } } }));
    expect(r.blockers).toEqual([
      { scope: 'enterprise', code: 'dishonest_debtor', effect: 'stops_loan', actionId: 'clear_dishonest' }
    ]);
    expect(r.blocked).toBe(true);
    // The court half of compliance is lost (−5), and a blocked loan is graded C at best: 95 is band A, capped to C.
    expect(r.score).toBe(95);
    expect([r.band, r.grade, r.gradeCap]).toEqual(['A', 'C', 'blocked']);
  });

  it('splits the blockers by effect once: what stops the loan, then which assets are left out, each in rank order', () => {
    // Overdue now and listed 失信 (two grounds of the enterprise's own); asset a is already pledged and asset b is
    // frozen, so nothing is left to pledge either.
    const r = assessReadiness(
      input({
        enterprise: {
          credit: { overdueLast2Years: true, currentOverdue: true },
          court: { enforcement: true, dishonest: true }
        },
        assets: [
          { over: { id: 'a', pledged: true, pledgee: '某银行' } },
          {
            over: {
              id: 'b',
              disputes: { ownership: false, invalidationPending: false, frozen: true, infringement: false }
            }
          }
        ]
      })
    );
    const { stopsLoan, excludesAsset } = r.blockersByEffect;
    expect(stopsLoan.map((b) => b.code)).toEqual([
      'current_overdue',
      'dishonest_debtor',
      'nothing_pledgeable'
    ]);
    expect(excludesAsset.map((b) => [b.assetId, b.code])).toEqual([
      ['a', 'already_pledged'],
      ['b', 'frozen']
    ]);
    // Every blocker is in exactly one part.
    expect(stopsLoan.length + excludesAsset.length).toBe(r.blockers.length);
    // A clean enterprise with one clean asset: both parts empty.
    expect(assessReadiness(input()).blockersByEffect).toEqual({ stopsLoan: [], excludesAsset: [] });
  });

  it('an overdue record in the last two years costs points but does not block', () => {
    const r = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: false } } })
    );
    expect(r.blockers).toEqual([]);
    expect(r.score).toBe(85); // 100 − credit 15
  });

  it('each blocker names the action that closes it, or none when no step of the enterprise does', () => {
    // Fees paid through 2026-09-30 (in grace): the asset action's id is `<asset id>:<eligibility code>`; with nothing
    // else pledgeable, the same step closes nothing_pledgeable.
    const fee = assessReadiness(input({ assets: [{ over: { feesPaidThrough: '2026-09-30' } }] }));
    expect(fee.blockers).toEqual([
      { scope: 'enterprise', code: 'nothing_pledgeable', effect: 'stops_loan', actionId: 'inv:fee_grace' },
      {
        scope: 'asset',
        code: 'fee_grace',
        assetId: 'inv',
        effect: 'excludes_asset',
        actionId: 'inv:fee_grace'
      }
    ]);
    const pay = fee.actions.find((a) => a.id === fee.blockers[1]?.actionId);
    // Paid through 2026-09-30 + 6 months' grace = 2027-03-30.
    expect(pay).toMatchObject({ code: 'pay_fee', params: { date: '2027-03-30' } });
    // A debt overdue now: repaying it is the closing step.
    const overdue = assessReadiness(
      input({ enterprise: { credit: { overdueLast2Years: true, currentOverdue: true } } })
    );
    expect(overdue.blockers).toEqual([
      { scope: 'enterprise', code: 'current_overdue', effect: 'stops_loan', actionId: 'repay_overdue' }
    ]);
    // Invalidated: no step of the enterprise's own brings the right back.
    const gone = assessReadiness(input({ assets: [{ over: { status: 'invalidated' } }] }));
    expect(gone.blockers).toMatchObject([
      { code: 'nothing_pledgeable', actionId: null },
      { code: 'invalidated', actionId: null }
    ]);
    // A trademark past its grace: no restoration step (the patent's would be wrong).
    const mark = assessReadiness(
      input({
        assets: [
          {
            over: {
              type: 'trademark',
              grantDate: '2015-01-01',
              filingDate: undefined,
              feesPaidThrough: undefined
            }
          }
        ]
      })
    );
    expect(mark.actions.some((a) => a.code === 'restore_patent')).toBe(false);
    // A lapsed patent can be restored on request.
    const patent = assessReadiness(input({ assets: [{ over: { status: 'lapsed' } }] }));
    expect(patent.actions[0]).toMatchObject({ code: 'restore_patent', tier: 'loan_blocker' });
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

describe('a right held by someone else', () => {
  it('held by the controller: pledgeable by the holder as a third party, with what the bank will ask', () => {
    const r = assessReadiness(
      input({ assets: [{ over: { ownedByEnterprise: false, holder: 'controller' } }] })
    );
    expect(r.blockers).toEqual([]);
    expect(r.cautions).toEqual([
      { assetId: 'inv', code: 'third_party_holder' },
      { assetId: 'inv', code: 'service_invention_unknown' }
    ]);
    const required = r.documents.filter((d) => d.required).map((d) => d.id);
    expect(required).toContain('holder_consent');
    expect(required).toContain('shareholder_resolution');
    // Score 100, but two documents are not ticked: band A, grade B until they are.
    expect([r.score, r.band, r.grade, r.gradeCap]).toEqual([100, 'A', 'B', 'documents']);
  });

  it('a service invention in a person’s name is an ownership risk; a non-service one is not asked about', () => {
    const risk = assessReadiness(
      input({
        assets: [{ over: { ownedByEnterprise: false, holder: 'shareholder', serviceInvention: true } }]
      })
    );
    expect(risk.cautions.map((c) => c.code)).toContain('service_invention');
    const fine = assessReadiness(
      input({
        assets: [{ over: { ownedByEnterprise: false, holder: 'shareholder', serviceInvention: false } }]
      })
    );
    expect(fine.cautions.map((c) => c.code)).toEqual(['third_party_holder']);
  });

  it('a right acquired within 12 months is a caution, an older acquisition is not', () => {
    // asOf 2026-11-22 − 12 months = 2025-11-22: acquired 2026-01-10 is after it, 2025-10-01 before it.
    const recent = assessReadiness(input({ assets: [{ over: { acquiredOn: '2026-01-10' } }] }));
    expect(recent.cautions).toEqual([{ assetId: 'inv', code: 'recently_acquired' }]);
    const old = assessReadiness(input({ assets: [{ over: { acquiredOn: '2025-10-01' } }] }));
    expect(old.cautions).toEqual([]);
  });
});

describe('what a credit officer checks first', () => {
  it('unanswered questions earn nothing, and asking them is a step worth the points', () => {
    // An old record: no controller, tax grade or court answers: 100 − controller 10 − compliance 10 = 80.
    const r = assessReadiness(
      input({ enterprise: { controller: {}, taxCreditGrade: undefined, court: {} } })
    );
    expect(r.score).toBe(80);
    // Each answer, assumed good, restores its part: controller +10, tax grade +5, court +5; all can be done now, so
    // the points per week rank them.
    expect(r.actions.map((a) => [a.code, a.kind, a.gain.points])).toEqual([
      ['enter_controller', 'data', 10],
      ['enter_court', 'data', 5],
      ['enter_tax_grade', 'data', 5]
    ]);
  });

  it('the tax credit grade: A and B count in full, M and not rated half, C and D nothing', () => {
    const score = (taxCreditGrade: EnterpriseInput['taxCreditGrade']) =>
      assessReadiness(input({ enterprise: { taxCreditGrade } })).score;
    expect(score('B')).toBe(100);
    // M: 10 × (0.25 + 0.5) = 7.5 → 97.5, rounded half up to 98.
    expect(score('M')).toBe(98);
    expect(score('unrated')).toBe(98);
    expect(score('D')).toBe(95);
    const d = assessReadiness(input({ enterprise: { taxCreditGrade: 'D' } }));
    expect(d.actions[0]).toMatchObject({ code: 'improve_tax_grade', params: { grade: 'D' } });
  });

  it('court enforcement, a controller who will not guarantee, and leverage above 70 % each cost their part', () => {
    const enforced = assessReadiness(
      input({ enterprise: { court: { enforcement: true, dishonest: false } } })
    );
    expect(enforced.score).toBe(95);
    expect(enforced.actions[0]).toMatchObject({ code: 'settle_enforcement', gain: { points: 5 } });
    const noGuarantee = assessReadiness(
      input({ enterprise: { controller: { guarantee: false, personalCreditClean: true } } })
    );
    expect(noGuarantee.score).toBe(95);
    expect(noGuarantee.actions[0]?.code).toBe('controller_guarantee');
    // Liabilities 4,000 of 5,000 = 80 % > 70 %: operating loses its third, 15 / 3 = 5.
    const levered = assessReadiness(
      input({
        enterprise: {
          financials: {
            revenueWan: 3200,
            totalAssetsWan: 5000,
            totalLiabilitiesWan: 4000,
            rdSpendingWan: 200
          }
        }
      })
    );
    expect(levered.score).toBe(95);
    expect(levered.actions[0]).toMatchObject({ code: 'lower_leverage', params: { ratio: 0.8, max: 0.7 } });
  });

  it('the pledged IP carrying less than half the revenue counts as IP in use only', () => {
    // Product gw sold 1,000 < 50 % × 3,200 = 1,600: the use half of rnd_use is 0.5 instead of 1:
    // rnd_use = 5 × (0.5 × 0.5 + 0.5) = 3.75, score 98.75 → 99.
    const r = assessReadiness(input({ productRevenue: { gw: 1000 } }));
    expect(r.dimensions.find((d) => d.id === 'rnd_use')?.points).toBe(3.75);
    expect(r.score).toBe(99);
  });
});

describe('the grade means what it says', () => {
  it('a score in the A band without the documents is grade B, and the documents step lifts it to A', () => {
    // The "A 准备充分 90/100 with not one document prepared": documents no longer score, and A needs them.
    const r = assessReadiness(input({ docs: [] }));
    expect([r.score, r.band, r.grade, r.gradeCap]).toEqual([100, 'A', 'B', 'documents']);
    expect(r.actions).toHaveLength(1);
    expect(r.actions[0]).toMatchObject({
      code: 'prepare_documents',
      tier: 'grade',
      params: { missing: 7, required: 7 },
      gain: { points: 0, grade: 'A' }
    });
  });
});

describe('actions, ranked by what they unlock', () => {
  it('a newcomer whose patent has no value yet: the first step is the revenue that gives it one', () => {
    // No revenue on the invention: no value, so nothing is pledgeable. Score: ip 0, term 0; rnd_use 5 × (0.25 + 0.5) =
    // 3.75 (in use, no pledged product) → 15 + 10 + 10 + 15 + 5 + 3.75 = 58.75 → 59. With a value: + ip 30 + term 10
    // = 98.75 → 99: +40.
    const r = assessReadiness(
      input({
        assets: [
          { over: {}, value: null, productKeys: [], revenueInput: { productId: null, productName: null } }
        ]
      })
    );
    expect(r.score).toBe(59);
    expect(r.actions[0]).toMatchObject({
      id: 'inv:revenue',
      code: 'enter_ip_revenue',
      kind: 'data',
      tier: 'value',
      assetId: 'inv',
      gain: { unblocks: true, points: 40, pledgeableValueWan: 0 }
    });
    expect(r.blockers).toEqual([
      { scope: 'enterprise', code: 'nothing_pledgeable', effect: 'stops_loan', actionId: 'inv:revenue' }
    ]);
    // Not "准备申请高新技术企业认定", the long qualification the issue found first.
    expect(r.actions.findIndex((a) => a.code === 'apply_high_tech')).toBe(-1);
  });

  it('among assets without a value, the one that can be pledged and lends most per 万元 comes first', () => {
    const none = { productId: null, productName: null };
    const r = assessReadiness(
      input({
        assets: [
          {
            over: { id: 'um', type: 'utility', filingDate: '2020-06-01', grantDate: '2021-01-01' },
            value: null,
            pledgeRate: 0.15,
            revenueInput: none
          },
          { over: {}, value: null, pledgeRate: 0.25, revenueInput: none },
          {
            over: { id: 'pl', pledged: true, pledgee: '某银行' },
            value: null,
            pledgeRate: 0.25,
            revenueInput: none
          }
        ]
      })
    );
    // inv (open, 25 %) before um (open, 15 %) before pl (already pledged).
    expect(r.actions.filter((a) => a.tier === 'value').map((a) => a.assetId)).toEqual(['inv', 'um', 'pl']);
  });

  it('an unpaid fee: pay it before the grace period ends; that alone unblocks the loan', () => {
    const r = assessReadiness(input({ assets: [{ over: { feesPaidThrough: '2026-09-30' } }] }));
    const top = r.actions[0];
    // Paid through 2026-09-30: the 6-month grace period (专利法实施细则 第一百一十五条) ends 2027-03-30.
    expect(top).toMatchObject({ code: 'pay_fee', assetId: 'inv', params: { date: '2027-03-30' } });
    expect(top?.gain.unblocks).toBe(true);
    expect(top?.tier).toBe('loan_blocker');
    // Without the invention: ip 0, term 0, and its product no longer counts (rnd_use 3.75):
    // 15 + 10 + 10 + 15 + 5 + 3.75 = 58.75 → 59; paying restores 100: +41.
    expect(r.score).toBe(59);
    expect(top?.gain.points).toBe(41);
    // 200 万元 × 25 % = 50 万元 becomes pledgeable.
    expect(top?.gain.pledgeableValueWan).toBe(50);
  });

  it('an asset blocker that adds pledgeable value comes before paperwork and points; a trademark is renewed', () => {
    // The case: a 2-year loan; the trademark (registered 2017-09-01) ends 2027-08-31, before the loan ends
    // 2028-11-22. Its renewal window opened 12 months before the end, 2026-08-31, so renewal is open now.
    const r = assessReadiness(
      input({
        tenor: 2,
        docs: [],
        enterprise: { qualifications: noQualifications },
        assets: [
          { over: {} },
          {
            over: {
              id: 'tm',
              type: 'trademark',
              title: '知融',
              grantDate: '2017-09-01',
              filingDate: undefined,
              feesPaidThrough: undefined
            },
            pledgeRate: 0.4,
            productKeys: ['gw']
          }
        ]
      })
    );
    expect(r.headline).toBe('assets_excluded');
    // ip 30 + term 10 + credit 15 + controller 10 + compliance 10 + operating 15 + qualifications 0 + rnd_use 5 = 95.
    expect(r.score).toBe(95);
    // Renewing (or a loan ending before 2027-08-31) adds the trademark: 200 × 40 % = 80 万元 pledgeable. Then the
    // points per week: 科技型中小企业 +2.5 → 97.5 → 98 (+3, weeks: 3 / 4 = 0.75 a week), 高新 +5 (long: 5 / 26 ≈
    // 0.19), and last the documents, which lift the grade from B to A.
    expect(r.actions.map((a) => [a.code, a.tier, a.gain.pledgeableValueWan, a.gain.points])).toEqual([
      ['renew_trademark_early', 'asset_blocker', 80, 0],
      ['shorten_tenor', 'asset_blocker', 80, 0],
      ['apply_tech_sme', 'points', 0, 3],
      ['apply_high_tech', 'points', 0, 5],
      ['prepare_documents', 'grade', 0, 0]
    ]);
    expect(r.actions[0]).toMatchObject({
      id: 'tm:term_shorter_than_loan',
      horizon: 'weeks',
      params: { opensOn: '2026-08-31', endsOn: '2027-08-31', newEnd: '2037-08-31' }
    });
    expect(r.actions[1]).toMatchObject({
      id: 'tm:term_shorter_than_loan:shorten_tenor',
      alternativeTo: 'tm:term_shorter_than_loan',
      params: { date: '2027-08-31' }
    });
    expect(r.blockers[0]?.actionId).toBe('tm:term_shorter_than_loan');
  });

  it('closing the top-ranked gap raises the score by exactly what the ranking promised', () => {
    const before = input({ enterprise: { qualifications: noQualifications } });
    const r = assessReadiness(before);
    // No qualification: 100 − 5 = 95. 科技型中小企业 gives half of 5 (97.5 → 98, +3), 高新 all 5 (+5); per week
    // of effort the first is worth more (3 / 4 against 5 / 26).
    expect(r.score).toBe(95);
    expect(r.actions.map((a) => [a.code, a.gain.points])).toEqual([
      ['apply_tech_sme', 3],
      ['apply_high_tech', 5]
    ]);
    const after = assessReadiness(
      input({ enterprise: { qualifications: { ...noQualifications, techSme: true } } })
    );
    expect(after.score - r.score).toBe(r.actions[0]?.gain.points);
    expect(after.score).toBe(98);
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

  it('a right whose holder is not said: saying who holds it is the step', () => {
    const r = assessReadiness(input({ assets: [{ over: { ownedByEnterprise: false } }] }));
    expect(r.actions[0]).toMatchObject({ code: 'name_holder', kind: 'data', tier: 'loan_blocker' });
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
    // 100 / 200 / 300 × 25 % = 25 / 50 / 75; revenue 3,200 × 50 % = 1,600 does not bind: the IP's value limits it.
    const r = assessReadiness(input({ amountWantedWan: 60 }));
    expect(r.loanRange).toMatchObject({
      lowWan: 25,
      baseWan: 50,
      highWan: 75,
      capWan: 1600,
      wantedFits: false,
      limitedBy: 'ip_value',
      startUp: []
    });
  });

  it('existing loans lower the cap; when it binds, the size cap is what limits the amount', () => {
    // Revenue 100: cap 100 × 50 % − 10 = 40 binds the base (50) and the high (75), not the low (25).
    const r = assessReadiness(
      input({
        enterprise: {
          financials: { revenueWan: 100, rdSpendingWan: 10, totalAssetsWan: 5000, totalLiabilitiesWan: 2100 },
          loans: [{ id: 'l1', lender: '某银行', kind: 'credit', amountWan: 10 }]
        }
      })
    );
    expect(r.loanRange).toMatchObject({
      lowWan: 25,
      baseWan: 40,
      highWan: 40,
      capWan: 40,
      existingLoansWan: 10,
      limitedBy: 'size_cap'
    });
  });

  it('revenue 0: the size cap, not the IP, limits the amount to 0, and a start-up is told where to go', () => {
    // Cap 0 × 50 % − 0 = 0 against 50 万元 of pledgeable value.
    const r = assessReadiness(
      input({ enterprise: { financials: { revenueWan: 0, totalAssetsWan: 500, totalLiabilitiesWan: 100 } } })
    );
    expect(r.loanRange).toMatchObject({
      baseWan: 0,
      uncapped: { base: 50 },
      capWan: 0,
      limitedBy: 'size_cap'
    });
    expect(r.loanRange.startUp.map((s) => s.id)).toEqual([
      'first_loan_channels',
      'policy_guarantee',
      'risk_pool'
    ]);
  });

  it('no pledgeable IP value: the IP limits it, and there is no start-up advice for the size cap', () => {
    const r = assessReadiness(input({ assets: [{ over: {}, value: null }] }));
    expect(r.loanRange).toMatchObject({ baseWan: 0, limitedBy: 'nothing_pledgeable', startUp: [] });
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
  const req = (r: ReturnType<typeof assessReadiness>) =>
    r.documents.filter((d) => d.required).map((d) => d.id);

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
    expect(req(trademark)).not.toContain('fee_receipts');
    expect(req(trademark)).not.toContain('co_owner_consent');
    expect(req(assessReadiness(input()))).toContain('fee_receipts');
    expect(req(assessReadiness(input()))).not.toContain('appraisal_report');
  });

  it('a utility model or design needs its patent evaluation report; an invention does not', () => {
    const utility = assessReadiness(
      input({ assets: [{ over: { type: 'utility', filingDate: '2020-06-01', grantDate: '2021-01-01' } }] })
    );
    expect(req(utility)).toContain('patent_evaluation_report');
    expect(req(assessReadiness(input()))).not.toContain('patent_evaluation_report');
  });
});
