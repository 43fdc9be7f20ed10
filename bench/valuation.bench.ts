import { bench, describe } from 'vitest';
import { assess } from '../src/lib/engine';
import { ASSET_TYPES } from '../src/lib/engine/schema/asset-type';
import { asset, input } from '../src/lib/engine/valuation/fixtures';

/** 200 assets of every type, with revenue history, cost, comparables and quality answers: the worst realistic case. */
const assets = Array.from({ length: 200 }, (_, i) => {
  const type = ASSET_TYPES[i % ASSET_TYPES.length] ?? 'invention';
  return asset({
    id: `a${i}`,
    type,
    use: { inUse: true, products: '', revenueWan: 100 + i },
    valuation: {
      revenueHistory: [
        { year: 2021, revenueWan: 80 + i },
        { year: 2022, revenueWan: 90 + i },
        { year: 2023, revenueWan: 100 + i }
      ],
      cost: { amountWan: 50 + i },
      comparables: [{ label: 'c', priceWan: 60 + i, factors: { time: 1.05 } }],
      quality: { stability: 4, advancement: 3, market_application: 5 }
    }
  });
});
const enterprise200 = input(assets, { enterprise: { valuationSettings: { synergy: { enabled: true } } } });

describe('valuation', () => {
  bench('assess() an enterprise with 200 assets', () => {
    assess(enterprise200);
  });
});
