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
    let bar: TornadoBar | undefined;
    for (const b of bars)
      if (b.param === r.param) {
        bar = b;
        break;
      }
    if (!bar) bars.push({ param: r.param, down: r, up: r, spreadWan: 0 });
    else bar.up = r;
  }
  // An insertion sort, widest first: a bar moves only past narrower ones, so ties keep the engine's order (what a
  // stable sort gives) without the temporary storage Array.prototype.sort takes on every asset.
  for (let i = 0; i < bars.length; i++) {
    const b = bars[i] as TornadoBar;
    b.spreadWan = Math.abs(b.up.changeWan - b.down.changeWan);
    let j = i;
    for (; j > 0 && (bars[j - 1] as TornadoBar).spreadWan < b.spreadWan; j--)
      bars[j] = bars[j - 1] as TornadoBar;
    bars[j] = b;
  }
  return bars;
}
