import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../scripts/perf/calibrate.mjs';

// The figures are the calculator's own comments (patrickhulce/lighthouse-cpu-throttling-calculator, pages/index.js):
// "1533 = 4x, 1300 = 3x, 800 = 2x, 150 = 1x"; and Lighthouse's default 4× is the cap.
describe('Lighthouse CPU calibration', () => {
  it('follows the calculator at its anchor points', () => {
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(1533)).toBe(4);
  });
  it('is linear between them (1,050 is halfway from 800 to 1,300: 2.5×)', () => {
    expect(cpuSlowdownFor(1050)).toBe(2.5);
    expect(cpuSlowdownFor(475)).toBe(1.5);
  });
  it('never throttles a fast host beyond the default, nor a slow one below 1×', () => {
    expect(cpuSlowdownFor(2000)).toBe(4);
    expect(cpuSlowdownFor(100)).toBe(1);
  });
});
