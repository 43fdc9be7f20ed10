import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, clearAssessCache, type AssessmentResult } from '../index';
import { QUALITY_QUESTION_IDS } from './questions';
import type { AssetInput } from '../schema/asset';
import type { AssetType } from '../schema/asset-type';
import type { EnterpriseInput } from '../schema/enterprise';
import { assetInput, enterpriseInput } from '../test-fixtures';

const AS_OF = '2026-11-22';

/** A granted right of `type` filed or registered on dates that leave it in force for years, serving `use`. */
function right(id: string, type: AssetType, over: Partial<AssetInput> = {}): AssetInput {
  const dates: Partial<AssetInput> =
    type === 'trademark' || type === 'gi'
      ? { grantDate: '2020-01-01' }
      : type === 'software' || type === 'copyright'
        ? { grantDate: '2021-01-01', firstPublicationDate: '2020-06-01' }
        : { filingDate: type === 'invention' ? '2018-06-01' : '2021-06-01', grantDate: '2022-01-01' };
  return assetInput({ id, type, ...dates, ...over });
}

/** One listed product, 'p1', and the enterprise (high-tech industry, revenue 1,800 万元) that sells it. */
function run(assets: AssetInput[], ent: Partial<EnterpriseInput> = {}): AssessmentResult {
  return assess({
    asOf: AS_OF,
    enterprise: enterpriseInput({
      financials: { revenueWan: 1800 },
      products: [{ id: 'p1', name: '压缩网关', revenueWan: 1000 }],
      ...ent
    }),
    assets
  });
}

const onP1 = { use: { inUse: true, products: '', productIds: ['p1'] } };

function incomeBase(r: AssessmentResult, id: string): number {
  const a = r.assets.find((x) => x.assetId === id);
  const m = a?.valuation.methods.find((x) => x.method === 'income');
  return m?.status === 'applied' ? m.value.base : 0;
}

function royaltyBase(r: AssessmentResult, id: string): number {
  const m = r.assets.find((x) => x.assetId === id)?.valuation.methods.find((x) => x.method === 'income');
  return m?.status === 'applied' && m.method === 'income' ? m.detail.royalty.base : Number.NaN;
}

describe('rights serving one product share its royalty', () => {
  it('five inventions on one 1,000 万元 product are worth what one is worth', () => {
    // One invention alone: royalty 5.5 % (high-tech row), tax 25 % (the pledge's statutory basis), decay 15 %,
    // discount 15 %, life 8 years (economic life; 11.5 legal years left):
    //   V = Σ_{t=1..8} 1000 × 5.5 % × 75 % × 0.85^(t−1) / 1.15^t = 41.25 × 3.036408 = 125.2518 万元.
    const one = run([right('a0', 'invention', onP1)]);
    expect(incomeBase(one, 'a0')).toBeCloseTo(125.2518, 3);
    expect(one.assets[0]?.valuation.value?.base).toBeCloseTo(125.2518, 3);
    // Five of them: each takes 1/5 of the royalty (5.5 % × 1/5 = 1.1 %), so each is worth 125.2518 / 5 = 25.0504
    // and the five together 125.2518, not five times as much.
    const five = run([0, 1, 2, 3, 4].map((i) => right(`a${i}`, 'invention', onP1)));
    for (let i = 0; i < 5; i++) {
      expect(royaltyBase(five, `a${i}`)).toBeCloseTo(0.011, 12);
      expect(incomeBase(five, `a${i}`)).toBeCloseTo(25.0504, 3);
    }
    expect(five.bundle.total.base).toBeCloseTo(125.2518, 3);
  });

  it('each right keeps its own rate times its share: an invention and a utility model, equal shares', () => {
    // Invention 5.5 %, utility model 5.5 % × 0.7 = 3.85 %; halves: 2.75 % and 1.925 %.
    const r = run([right('inv', 'invention', onP1), right('um', 'utility', onP1)]);
    expect(royaltyBase(r, 'inv')).toBeCloseTo(0.0275, 12);
    expect(royaltyBase(r, 'um')).toBeCloseTo(0.01925, 12);
    const split = r.assets.find((a) => a.assetId === 'inv')?.valuation.methods[0];
    expect(
      split?.status === 'applied' && split.method === 'income' ? split.detail.split : null
    ).toMatchObject({
      factor: 0.5,
      rule: 'equal',
      family: 'technology',
      products: [{ productId: 'p1', name: '压缩网关', revenueWan: 1000, members: 2, share: 0.5 }]
    });
  });

  it('the quality rule weighs each right by its quality index over the neutral 50', () => {
    // All thirteen answers 5 → Q = 100 → weight 2; unanswered → Q = 50 → weight 1: shares 2/3 and 1/3 of 5.5 %.
    const best = Object.fromEntries(QUALITY_QUESTION_IDS.map((q) => [q, 5]));
    const r = run(
      [
        right('good', 'invention', { ...onP1, valuation: { quality: best } }),
        right('plain', 'invention', onP1)
      ],
      { valuationSettings: { shareBy: 'quality' } }
    );
    expect(royaltyBase(r, 'good')).toBeCloseTo((0.055 * 2) / 3, 12);
    expect(royaltyBase(r, 'plain')).toBeCloseTo(0.055 / 3, 12);
  });

  it('the owner’s weights win where given; a right without one weighs 1', () => {
    // Weights 3 and 1: shares 3/4 and 1/4 of 5.5 %.
    const r = run([
      right('core', 'invention', { use: { inUse: true, products: '', productIds: ['p1'], shareWeight: 3 } }),
      right('side', 'invention', onP1)
    ]);
    expect(royaltyBase(r, 'core')).toBeCloseTo(0.04125, 12);
    expect(royaltyBase(r, 'side')).toBeCloseTo(0.01375, 12);
    expect(r.assumptions.find((a) => a.key === 'royaltyShare' && a.assetIds.includes('core'))).toMatchObject({
      variant: 'owner',
      value: 0.75,
      origin: 'asset'
    });
  });

  it('a trademark prices the brand, not the technology: it keeps its own royalty beside the patents', () => {
    const r = run([right('inv', 'invention', onP1), right('tm', 'trademark', onP1)]);
    expect(royaltyBase(r, 'inv')).toBeCloseTo(0.055, 12);
    expect(royaltyBase(r, 'tm')).toBeCloseTo(0.02, 12);
  });

  it('a right with its owner’s own royalty is valued on it and leaves the product’s royalty to the others', () => {
    const r = run([
      right('own', 'invention', { ...onP1, valuation: { royaltyRate: 0.03 } }),
      right('inv', 'invention', onP1)
    ]);
    expect(royaltyBase(r, 'own')).toBe(0.03);
    expect(royaltyBase(r, 'inv')).toBeCloseTo(0.055, 12);
  });

  it('typed product text shared by several rights is one product, matched after folding width and case', () => {
    // 'ＧＷ-1 网关' and ' gw-1  网关' fold to the same text: two rights, halves of 5.5 %, each on its own revenue.
    const r = run([
      right('a', 'invention', { use: { inUse: true, products: 'ＧＷ-1 网关', revenueWan: 1000 } }),
      right('b', 'invention', { use: { inUse: true, products: ' gw-1  网关', revenueWan: 1200 } })
    ]);
    expect(royaltyBase(r, 'a')).toBeCloseTo(0.0275, 12);
    // Counted once, at the larger figure typed.
    const typed = r.products.products.find((p) => p.productId === null);
    expect(typed).toMatchObject({ revenueWan: 1200, assetIds: ['a', 'b'] });
  });

  it('a right serving two products takes the revenue-weighted mean of its shares', () => {
    // x serves p1 (1,000, shared with y: share 1/2) and p2 (400, alone: share 1):
    //   factor = (0.5 × 1000 + 1 × 400) / 1400 = 900 / 1400 = 0.642857…; revenue base 1,000 + 400 = 1,400.
    const r = run(
      [
        right('x', 'invention', { use: { inUse: true, products: '', productIds: ['p1', 'p2'] } }),
        right('y', 'invention', onP1)
      ],
      {
        products: [
          { id: 'p1', name: '网关', revenueWan: 1000 },
          { id: 'p2', name: '模块', revenueWan: 400 }
        ]
      }
    );
    expect(royaltyBase(r, 'x')).toBeCloseTo((0.055 * 900) / 1400, 12);
    const m = r.assets.find((a) => a.assetId === 'x')?.valuation.methods[0];
    expect(m?.status === 'applied' && m.method === 'income' ? m.detail : null).toMatchObject({
      baseRevenueWan: 1400,
      revenueFrom: 'products'
    });
  });

  it('lists each product once and says when the products sell more than the enterprise', () => {
    // 3,000 + 1,120 = 4,120 万元 of product revenue against a company revenue of 1,800.
    const r = run([right('x', 'invention', onP1)], {
      products: [
        { id: 'p1', name: '传感器', revenueWan: 3000 },
        { id: 'p2', name: '控制器', revenueWan: 1120 }
      ]
    });
    expect(r.products).toMatchObject({
      totalRevenueWan: 4120,
      companyRevenueWan: 1800,
      exceedsCompany: true
    });
    const fine = run([right('x', 'invention', onP1)]);
    expect(fine.products).toMatchObject({ totalRevenueWan: 1000, exceedsCompany: false });
  });

  it('the memo sees a new right on the product: the first right’s share drops from 1/2 to 1/3', () => {
    clearAssessCache();
    const a = right('a', 'invention', onP1);
    const b = right('b', 'invention', onP1);
    const two = run([a, b]);
    const three = run([a, b, right('c', 'invention', onP1)]);
    expect(royaltyBase(two, 'a')).toBeCloseTo(0.0275, 12);
    expect(royaltyBase(three, 'a')).toBeCloseTo(0.055 / 3, 12);
    // And back: the memo's entry for a is valued again with its old share.
    expect(royaltyBase(run([a, b]), 'a')).toBeCloseTo(0.0275, 12);
  });
});

describe('property: a right added to a product never raises the product’s value by more than its own share', () => {
  // Its own share: what it would earn alone on the product (its stand-alone royalty) times its share of the royalty,
  // w_x ÷ Σ w over the rights of its family that share the product (its own weight, else quality index ÷ 50 under
  // the quality rule, else 1). A right with its owner's own royalty does not share: its share is 1. Computed here from
  // the rule as the docs state it, apart from the engine's code; the naive sum (each right taking the whole royalty)
  // fails it as soon as two rights share a product.
  const TYPES: AssetType[] = [
    'invention',
    'utility',
    'design',
    'software',
    'ic_layout',
    'trademark',
    'copyright'
  ];
  const FAMILY: Record<string, string> = {
    invention: 't',
    utility: 't',
    design: 't',
    software: 't',
    ic_layout: 't',
    trademark: 'b',
    copyright: 'w'
  };
  const arbRight = fc.record({
    type: fc.constantFrom(...TYPES),
    weight: fc.option(fc.double({ min: 0.1, max: 100, noNaN: true }), { nil: undefined }),
    answer: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    ownRoyalty: fc.option(fc.double({ min: 0.001, max: 0.2, noNaN: true }), { nil: undefined })
  });
  type Spec = typeof arbRight extends fc.Arbitrary<infer T> ? T : never;

  /** Quality index with stability and market size answered a, the other eleven not: 0.4 s + 0.3 × 50 + 0.3 s. */
  const quality = (a: number | undefined) => (a === undefined ? 50 : 0.7 * (((a - 1) / 4) * 100) + 15);
  const weightOf = (r: Spec, shareBy: 'equal' | 'quality') =>
    r.weight ?? (shareBy === 'quality' ? Math.max(10, quality(r.answer)) / 50 : 1);

  it('holds for any mix of types, weights, quality answers and owner royalties', () => {
    fc.assert(
      fc.property(
        fc.array(arbRight, { minLength: 1, maxLength: 5 }),
        arbRight,
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('equal' as const, 'quality' as const),
        (others, added, revenueWan, shareBy) => {
          const toAsset = (r: Spec, id: string) =>
            right(id, r.type, {
              use: {
                inUse: true,
                products: '',
                productIds: ['p1'],
                ...(r.weight !== undefined ? { shareWeight: r.weight } : {})
              },
              valuation: {
                ...(r.answer !== undefined
                  ? { quality: { stability: r.answer, market_size: r.answer } }
                  : {}),
                ...(r.ownRoyalty !== undefined ? { royaltyRate: r.ownRoyalty } : {})
              }
            });
          const before = others.map((o, i) => toAsset(o, `o${i}`));
          const ent = { products: [{ id: 'p1', name: 'P', revenueWan }], valuationSettings: { shareBy } };
          const sum = (r: AssessmentResult) => r.assets.reduce((t, a) => t + incomeBase(r, a.assetId), 0);
          const r0 = run(before, ent);
          const r1 = run([...before, toAsset(added, 'x')], ent);
          const alone = incomeBase(run([toAsset(added, 'x')], ent), 'x');
          const sharing = (r: Spec) => r.ownRoyalty === undefined && FAMILY[r.type] === FAMILY[added.type];
          const share =
            added.ownRoyalty !== undefined
              ? 1
              : weightOf(added, shareBy) /
                (weightOf(added, shareBy) +
                  others.filter(sharing).reduce((t, o) => t + weightOf(o, shareBy), 0));
          expect(sum(r1) - sum(r0)).toBeLessThanOrEqual(share * alone + 1e-9 * Math.max(1, sum(r1)));
        }
      ),
      { numRuns: 120, seed: 20261124 }
    );
  }, 60_000);
});
