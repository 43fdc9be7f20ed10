import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { assess, type AssessmentResult } from '../index';
import type { AssetInput } from '../schema/asset';
import { asset, input } from './fixtures';

/** Every number anywhere in the result is finite. */
function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}

function only(result: AssessmentResult) {
  const a = result.assets[0];
  if (!a) throw new Error('no asset');
  return a;
}

describe('assess(): valuation of one asset with defaults', () => {
  it('values a high-tech invention with the default royalty, decay, discount and life', () => {
    // Invention filed 2020-01-01, asOf 2024-01-01: legal term to 2039-12-31 (16 yrs) > economic life 8 → n = 8.
    // Defaults: royalty 5.5 % (high-tech row), tax 25 %, decay 15 %, discount 15 %, growth 0, quality neutral (±0).
    // V = Σ_{t=1..8} 1000 × 5.5 % × 75 % × 0.85^(t−1) / 1.15^t = 41.25 / 1.15 × (1 − q^8) / (1 − q), q = 0.85 / 1.15
    //   = 35.8696 × 3.49187 = 125.2518
    const r = assess(input([asset({ use: { inUse: true, products: '', revenueWan: 1000 } })]));
    const a = only(r);
    expect(a.valuation.life).toMatchObject({ years: 8, boundBy: 'economic' });
    expect(a.valuation.value?.base).toBeCloseTo(125.2518, 3);
    expect(a.valuation.value!.low).toBeLessThan(a.valuation.value!.base);
    expect(a.valuation.value!.high).toBeGreaterThan(a.valuation.value!.base);
    expect(a.valuation.weights).toEqual({ income: 1 });
    expect(
      a.valuation.methods.map((m) => (m.status === 'applied' ? m.method : `${m.method}:${m.reason}`))
    ).toEqual(['income', 'cost:no_cost', 'market:no_comparables']);
    // Pledge: eligible invention at the default 25 %: 125.2518 × 0.25 = 31.313
    expect(a.eligibility.eligible).toBe(true);
    expect(r.bundle.pledgeableValueWan).toBeCloseTo(31.313, 3);
    // Assumptions list the defaults with their source.
    const royalty = r.assumptions.find((x) => x.key === 'royaltyRate');
    expect(royalty).toMatchObject({
      variant: 'high_tech',
      origin: 'default',
      overridden: false,
      assetIds: ['a1']
    });
    expect(royalty?.source?.label).toBe('secondary');
    expect(r.assumptions.find((x) => x.key === 'taxRate')).toMatchObject({
      value: 0.25,
      variant: 'standard'
    });
  });

  it('uses 15 % tax for a 高新技术企业 and records an enterprise override as overridden', () => {
    const r = assess(
      input([asset({ use: { inUse: true, products: '', revenueWan: 1000 } })], {
        enterprise: {
          qualifications: {
            highTech: true,
            specialized: false,
            littleGiant: false,
            techSme: false,
            innovativeSme: false
          },
          valuationSettings: { discountRate: 0.12 }
        }
      })
    );
    // The pledge's basis is the statutory 25 % (policy PLEDGE_TAX_BASIS: the relief does not pass to a buyer); the
    // owner's 15 % is stated beside it and gives what the patent is worth to the owner.
    expect(r.assumptions.find((x) => x.key === 'taxRate')).toMatchObject({
      value: 0.25,
      variant: 'standard'
    });
    expect(r.assumptions.find((x) => x.key === 'ownTaxRate')).toMatchObject({
      value: 0.15,
      variant: 'high_tech'
    });
    expect(r.assumptions.find((x) => x.key === 'discountRate')).toMatchObject({
      origin: 'enterprise',
      overridden: true,
      source: null
    });
    expect(only(r).valuation.discount.after.base).toBe(0.12);
  });

  it('binds the life by the legal term and warns when the owner gives a longer one', () => {
    // Utility model filed 2014-03-01: expires 2024-02-29; at 2024-01-01, 60 days ≈ 0.164 yrs remain.
    const r = assess(
      input([
        asset({
          type: 'utility',
          filingDate: '2014-03-01',
          grantDate: '2014-09-01',
          use: { inUse: true, products: '', revenueWan: 500 },
          valuation: { economicLifeYears: 5 }
        })
      ])
    );
    const v = only(r).valuation;
    expect(v.life.boundBy).toBe('legal');
    expect(v.life.years).toBeCloseTo(60 / 365.25, 9);
    expect(v.warnings).toContain('life_exceeds_legal');
    expect(only(r).eligibility.reasons).toContainEqual({
      code: 'term_shorter_than_loan',
      severity: 'blocking'
    });
  });

  it('shows the quality adjustment on the discount rate', () => {
    // All answers 5 → Q = 100 → −3 pp: 15 % → 12 %.
    const quality = { stability: 5, advancement: 5, market_application: 5 } as const;
    const v = only(
      assess(input([asset({ use: { inUse: true, products: '', revenueWan: 100 }, valuation: { quality } })]))
    ).valuation;
    expect(v.quality.index).toBe(100);
    expect(v.discount.adjustment).toBeCloseTo(-0.03, 12);
    expect(v.discount.after.base).toBeCloseTo(0.12, 12);
  });

  it('reconciles all three approaches with the type weights', () => {
    // Royalty 5 %, tax 25 %, decay 0, discount 10 %, life 2, revenue 1000, growth 0:
    //   income = 37.5 / 1.1 + 37.5 / 1.21 = 34.0909 + 30.9917 = 65.0826
    // Cost 100, incurred 2020-01-01 (4 yrs), remaining 2, profit 20 %: 120 × (1 − 4/6) = 40
    // Market: one comparable at 50.
    // Invention weights 0.6 / 0.2 / 0.2: 0.6 × 65.0826 + 0.2 × 40 + 0.2 × 50 = 39.0496 + 8 + 10 = 57.0496
    const a = asset({
      use: { inUse: true, products: '', revenueWan: 1000 },
      valuation: {
        royaltyRate: 0.05,
        decay: 0,
        discountRate: 0.1,
        economicLifeYears: 2,
        cost: { amountWan: 100, incurredOn: '2020-01-01', reasonableProfit: 0.2 },
        comparables: [{ label: '同类专利转让', priceWan: 50 }]
      }
    });
    const v = only(assess(input([a]))).valuation;
    expect(v.value?.base).toBeCloseTo(57.0496, 3);
    expect(v.weights).toEqual({ income: 0.6, cost: 0.2, market: 0.2 });
  });
});

describe('published worked examples (收益法)', () => {
  // jikaoti.com/ti/dAafFFFM (资产评估 exam, mirrored at gaojiufeng.cn/?id=997594): an 8-year exclusive licence at 2 %
  // of sales; sales profit 460 万元 at a 10 % margin (so sales 4,600 万元); tax 25 %; discount 15 %.
  // Published: split on profit 2 % ÷ 10 % = 20 %; yearly 460 × 20 % × (1 − 25 %) = 69; V = 69 ÷ 15 % × [1 − 1 ÷ 1.15^8]
  // = 310 万元 (rounded to the 万元).
  const licence = (valuation: AssetInput['valuation']) =>
    asset({
      use: { inUse: true, products: '', revenueWan: 4600 },
      valuation: { decay: 0, discountRate: 0.15, economicLifeYears: 8, ...valuation }
    });

  it('reproduces jikaoti dAafFFFM with a 2 % royalty on sales: 310 万元', () => {
    const v = only(assess(input([licence({ royaltyRate: 0.02 })]))).valuation;
    expect(Math.round(v.value!.base)).toBe(310);
    expect(v.value!.base).toBeCloseTo(309.625, 2);
    expect(v.value!.low).toBe(v.value!.base); // every input given: no spread
  });

  it('reproduces it through the profit split: 20 % × 10 % margin', () => {
    const v = only(assess(input([licence({ profitSplit: { share: 0.2, operatingMargin: 0.1 } })]))).valuation;
    expect(Math.round(v.value!.base)).toBe(310);
  });

  // dfrtw.com/zhuanlichaxun/70401.html (专利技术评估 textbook case): profit split 600 / (600 + 3300) = 15.39 %, profits
  // 400, 420, 430, 450, 440 over 5 years, discount 6 % + 4 % = 10 %; the profits are taken as they are (no tax step).
  // Published: [400 × 0.9091 + 420 × 0.8264 + 430 × 0.7513 + 450 × 0.6830 + 440 × 0.6209] × 15.39 % = 248.45 万元.
  it('reproduces dfrtw 70401: 248.45 万元', () => {
    const a = asset({
      valuation: {
        revenueForecastWan: [400, 420, 430, 450, 440],
        royaltyRate: 0.1539,
        taxRate: 0,
        decay: 0,
        discountRate: 0.1,
        economicLifeYears: 5
      }
    });
    const v = only(assess(input([a]))).valuation;
    expect(v.value!.base).toBeCloseTo(248.45, 2);
  });
});

describe('missing and bad inputs', () => {
  it('says "no revenue" instead of valuing at 0', () => {
    const r = assess(input([asset()]));
    const a = only(r);
    expect(a.valuation.methods[0]).toMatchObject({
      method: 'income',
      status: 'not_applicable',
      reason: 'no_revenue'
    });
    expect(a.valuation.value).toBeNull();
    expect(a.valuation.reason).toBe('no_method_data');
    expect(r.bundle.lines[0]).toMatchObject({
      zeroBecause: 'no_value',
      pledgeableValueWan: 0,
      valueWan: null
    });
  });

  it.each([
    [{ royaltyRate: 0.5 }, ['valuation', 'royaltyRate'], 'valuation.err.royalty_range'],
    [{ royaltyRate: 0 }, ['valuation', 'royaltyRate'], 'valuation.err.royalty_range'],
    [{ discountRate: 0.8 }, ['valuation', 'discountRate'], 'valuation.err.discount_range'],
    [{ economicLifeYears: 120 }, ['valuation', 'economicLifeYears'], 'valuation.err.life_range'],
    [{ growth: 3 }, ['valuation', 'growth'], 'valuation.err.growth_range'],
    [{ pledgeRate: 1.2 }, ['valuation', 'pledgeRate'], 'valuation.err.pledge_rate_range'],
    [
      { royaltyRate: 0.05, profitSplit: { share: 0.25, operatingMargin: 0.2 } },
      ['valuation', 'profitSplit'],
      'valuation.err.royalty_or_split'
    ],
    [
      { qualityWeights: { legal: 0.5, technical: 0.5, economic: 0.5 } },
      ['valuation', 'qualityWeights'],
      'valuation.err.weights_sum'
    ],
    [{ quality: { stability: 6 } }, ['valuation', 'quality', 'stability'], 'valuation.err.answer_range'],
    [{ cost: { amountWan: 0 } }, ['valuation', 'cost', 'amountWan'], 'valuation.err.positive'],
    [
      {
        revenueHistory: [
          { year: 2022, revenueWan: 1 },
          { year: 2022, revenueWan: 2 }
        ]
      },
      ['valuation', 'revenueHistory'],
      'valuation.err.duplicate_year'
    ],
    [
      { comparables: [{ label: 'x', priceWan: 10, factors: { time: 3 } }] },
      ['valuation', 'comparables', 0, 'factors', 'time'],
      'valuation.err.factor_range'
    ],
    [{ royaltyRate: Number.NaN }, ['valuation', 'royaltyRate'], 'errors.number']
  ])('refuses %j with a key', (valuation, path, message) => {
    try {
      assess(input([asset({ valuation: valuation as AssetInput['valuation'] })]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues).toContainEqual(
        expect.objectContaining({ path: ['assets', 0, ...path], message })
      );
    }
  });

  it('refuses bad enterprise settings with a key', () => {
    expect(() =>
      assess(
        input([asset()], { enterprise: { valuationSettings: { synergy: { enabled: true, rate: 0.5 } } } })
      )
    ).toThrow('valuation.err.synergy_range');
  });
});

describe('properties over a grid of inputs', () => {
  const revenues = [undefined, 0, 1, 850, 1e6];
  const types = [
    'invention',
    'utility',
    'design',
    'trademark',
    'software',
    'copyright',
    'gi',
    'ic_layout'
  ] as const;

  it('never returns NaN or Infinity', () => {
    for (const type of types) {
      for (const revenueWan of revenues) {
        const assets = [
          asset({ type, use: { inUse: true, products: '', revenueWan } }),
          asset({
            id: 'a2',
            type,
            filingDate: '2000-01-01',
            valuation: {
              revenueHistory: [
                { year: 2021, revenueWan: 0 },
                { year: 2023, revenueWan: revenueWan ?? 5 }
              ],
              cost: { amountWan: 10 }
            }
          }),
          asset({
            id: 'a3',
            type,
            status: 'pending',
            valuation: { revenueForecastWan: [0, 0], comparables: [{ label: 'c', priceWan: 1 }] }
          })
        ];
        const r = assess(
          input(assets, { enterprise: { valuationSettings: { synergy: { enabled: true } } } })
        );
        assertFinite(r);
      }
    }
  });

  it('a higher discount rate never raises the value; a shorter life never raises it', () => {
    const value = (discountRate: number, economicLifeYears: number, growth: number) =>
      only(
        assess(
          input([
            asset({
              use: { inUse: true, products: '', revenueWan: 800 },
              valuation: {
                discountRate,
                economicLifeYears,
                growth,
                cost: { amountWan: 200 },
                comparables: [{ label: 'c', priceWan: 90 }]
              }
            })
          ])
        )
      ).valuation.value!;
    for (const growth of [-0.2, 0, 0.3]) {
      for (const life of [0.5, 3, 8, 19]) {
        let prev = Infinity;
        for (const d of [0.03, 0.1, 0.15, 0.25, 0.4]) {
          const v = value(d, life, growth).base;
          expect(v).toBeLessThanOrEqual(prev + 1e-9);
          prev = v;
        }
      }
      for (const d of [0.05, 0.15]) {
        let prev = -Infinity;
        for (const life of [0.5, 1, 3, 8, 15, 40]) {
          const v = value(d, life, growth).base;
          expect(v).toBeGreaterThanOrEqual(prev - 1e-9);
          prev = v;
        }
      }
    }
  });

  it('an expired asset is worth zero for pledge; pledgeable never exceeds value', () => {
    for (const type of types) {
      const expired = asset({
        type,
        filingDate: '1990-01-01',
        grantDate: '1991-01-01',
        firstPublicationDate: type === 'software' || type === 'copyright' ? '1960-01-01' : undefined,
        use: { inUse: true, products: '', revenueWan: 1000 }
      });
      const r = assess(input([expired]));
      if (type !== 'gi') {
        // A trademark past its renewal grace is cancelled and cannot be restored: its own code says so.
        expect(only(r).eligibility.reasons.map((x) => x.code)).toContain(
          type === 'trademark' ? 'trademark_lapsed' : 'expired'
        );
        expect(r.bundle.pledgeableValueWan).toBe(0);
      }
    }
    for (const pledgeRate of [0, 0.3, 0.9]) {
      for (const rate of [0, 0.05, 0.1]) {
        const r = assess(
          input(
            types.map((type, i) =>
              asset({
                id: `a${i}`,
                type,
                use: { inUse: true, products: '', revenueWan: 100 * (i + 1) },
                valuation: { pledgeRate }
              })
            ),
            { enterprise: { valuationSettings: { synergy: { enabled: true, rate } } } }
          )
        );
        expect(r.bundle.pledgeableValueWan).toBeLessThanOrEqual(r.bundle.bundleValueWan + 1e-9);
        for (const line of r.bundle.lines)
          expect(line.pledgeableValueWan).toBeLessThanOrEqual(line.valueWan ?? 0);
      }
    }
  });
});

describe('sensitivity', () => {
  it('moves the base value the expected way and sums into the bundle', () => {
    const r = assess(
      input([
        asset({ use: { inUse: true, products: '', revenueWan: 1000 } }),
        asset({ id: 'a2', use: { inUse: true, products: '', revenueWan: 500 } })
      ])
    );
    const rows = only(r).valuation.sensitivity;
    const change = (param: string, delta: number) =>
      rows.find((x) => x.param === param && x.delta === delta)!.changeWan;
    expect(change('discountRate', 0.02)).toBeLessThan(0);
    expect(change('discountRate', -0.02)).toBeGreaterThan(0);
    expect(change('royaltyRate', 1.2)).toBeCloseTo(0.2 * only(r).valuation.value!.base, 6); // linear in the royalty
    expect(change('life', -1)).toBeLessThan(0);
    expect(change('growth', 0.05)).toBeGreaterThan(0);
    // The second asset has half the revenue, so the bundle moves 1.5 × as much.
    expect(r.bundle.sensitivity[0]!.changeWan).toBeCloseTo(1.5 * rows[0]!.changeWan, 6);
  });
});
