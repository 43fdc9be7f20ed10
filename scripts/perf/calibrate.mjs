// Lighthouse CPU calibration for scripts/perf/check.mjs (kept apart so a unit test can read it without running the check).
/**
 * The CPU slowdown that makes this host emulate the phone Lighthouse's default means, from its BenchmarkIndex:
 * Lighthouse's CPU throttling calculator (1,300 → 3×, 800 → 2×, 150 → 1×, linear between; above 1,300 one more ×
 * per 233), capped at Lighthouse's default of 4 and floored at 1 (a host slower than the target phone runs as is).
 * @param {number} benchmarkIndex
 * @returns {number}
 */
export function cpuSlowdownFor(benchmarkIndex) {
  let multiplier;
  if (benchmarkIndex >= 1300) multiplier = 3 + (benchmarkIndex - 1300) / 233;
  else if (benchmarkIndex >= 800) multiplier = 2 + (benchmarkIndex - 800) / 500;
  else if (benchmarkIndex >= 150) multiplier = 1 + (benchmarkIndex - 150) / 650;
  else multiplier = 1;
  return Math.min(4, Math.max(1, Math.round(multiplier * 10) / 10));
}
