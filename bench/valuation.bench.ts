import { afterAll, bench, describe } from 'vitest';
import {
  ASSET_TYPES,
  assess,
  assessStored,
  clearAssessCache,
  type AssetInput
} from '../src/lib/engine/index';
// eslint-disable-next-line no-restricted-imports -- the valuation tests' own fixtures, shared with this benchmark only
import { asset, input } from '../src/lib/engine/valuation/fixtures';

/** `n` assets of every type, with revenue history, cost, comparables and quality answers: the worst realistic case. */
function assets(n: number): AssetInput[] {
  return Array.from({ length: n }, (_, i) => {
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
}

const settings = { enterprise: { valuationSettings: { synergy: { enabled: true } } } };
const inputs = new Map([1, 20, 200].map((n) => [n, input(assets(n), settings)]));

// Cold: the memo emptied before each run, so every asset is parsed and valued (first load of the screen).
describe('assess(), cold (every asset parsed and valued)', () => {
  for (const [n, value] of inputs) {
    bench(`${n} assets`, () => {
      clearAssessCache();
      assess(value);
    });
  }
});

// Editing: one asset's input changes per keystroke, the others come from the memo (the valuation screen).
describe('assess(), one asset edited per call (valuation screen while typing)', () => {
  for (const [n, value] of inputs) {
    let k = 0;
    bench(`${n} assets`, () => {
      k++;
      const edited = value.assets.map((a, i) =>
        i === 0 ? { ...a, valuation: { ...a.valuation, royaltyRate: 0.01 + (k % 100) / 1000 } } : a
      );
      assess({ ...value, assets: edited });
    });
  }
});

/** Median of `runs` timed calls, ms (vitest's table shows mean and percentiles, the issue asks for the median). */
function median(run: () => void, runs: number): number {
  for (let i = 0; i < 20; i++) run();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(runs / 2)] ?? Number.NaN;
}

afterAll(() => {
  const rows = [...inputs].map(([n, value]) => {
    let k = 0;
    const cold = median(() => {
      clearAssessCache();
      assess(value);
    }, 60);
    const editing = median(() => {
      k++;
      const edited = value.assets.map((a, i) =>
        i === 0 ? { ...a, valuation: { ...a.valuation, royaltyRate: 0.01 + (k % 100) / 1000 } } : a
      );
      assess({ ...value, assets: edited });
    }, 200);
    // The screens' path: stored records validated one by one (assessStored), then assess() with its memo.
    const stored = median(() => {
      k++;
      const edited = value.assets.map((a, i) =>
        i === 0 ? { ...a, valuation: { ...a.valuation, royaltyRate: 0.01 + (k % 100) / 1000 } } : a
      );
      assessStored({ asOf: value.asOf, enterprise: value.enterprise, assets: edited });
    }, 100);
    return `  ${String(n).padStart(3)} assets   cold ${cold.toFixed(2).padStart(7)} ms   one asset edited ${editing.toFixed(2).padStart(6)} ms   screen path (assessStored) ${stored.toFixed(2).padStart(6)} ms`;
  });
  console.log(['', 'assess() median:', ...rows, ''].join('\n'));
});
