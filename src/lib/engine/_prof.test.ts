import { it } from 'vitest';
import { ASSET_TYPES, assess, clearAssessCache, type AssetInput } from './index';
import { asset, input } from './valuation/fixtures';
function assets(n: number): AssetInput[] {
  return Array.from({ length: n }, (_, i) => {
    const type = ASSET_TYPES[i % ASSET_TYPES.length] ?? 'invention';
    return asset({ id: `a${i}`, type, use: { inUse: true, products: '', revenueWan: 100 + i },
      valuation: { revenueHistory: [{ year: 2021, revenueWan: 80 + i }, { year: 2022, revenueWan: 90 + i }, { year: 2023, revenueWan: 100 + i }],
        cost: { amountWan: 50 + i }, comparables: [{ label: 'c', priceWan: 60 + i, factors: { time: 1.05 } }],
        quality: { stability: 4, advancement: 3, market_application: 5 } } });
  });
}
it('profile', { timeout: 120000 }, () => {
  const v = input(assets(200), { enterprise: { valuationSettings: { synergy: { enabled: true } } } });
  for (let i = 0; i < 30; i++) { clearAssessCache(); assess(v); }
  const t: number[] = [];
  for (let i = 0; i < 100; i++) { clearAssessCache(); const s = performance.now(); assess(v); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log('median', t[50].toFixed(2), 'p10', t[10].toFixed(2));
});
