/**
 * The sensitivity as a tornado: one bar per parameter (its move down and its move up), the widest spread first.
 * The order is the engine's: a screen, the PDF or another program draws the bars as they come.
 */
import type { SensitivityParam, SensitivityRow } from './valuation';

export interface TornadoBar {
  param: SensitivityParam;
  /** The row of the downward move (the first row of the parameter). */
  down: SensitivityRow;
  /** The row of the upward move (the last row of the parameter). */
  up: SensitivityRow;
  /** |up.changeWan − down.changeWan|, 万元: how far apart the two moves put the base value. */
  spreadWan: number;
}

/** Groups the rows by parameter and sorts the bars by spread, widest first (ties keep the engine's order). */
export function tornadoBars(rows: readonly SensitivityRow[]): TornadoBar[] {
  const bars: TornadoBar[] = [];
  for (const r of rows) {
    const bar = bars.find((b) => b.param === r.param);
    if (!bar) bars.push({ param: r.param, down: r, up: r, spreadWan: 0 });
    else bar.up = r;
  }
  for (const b of bars) b.spreadWan = Math.abs(b.up.changeWan - b.down.changeWan);
  return bars.sort((a, b) => b.spreadWan - a.spreadWan);
}
