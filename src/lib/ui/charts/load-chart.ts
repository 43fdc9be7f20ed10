/**
 * chart.js, loaded on first use and only from the screens that draw (its chunk stays out of the first route).
 * Registers only the controllers, elements and plugins our three charts use.
 */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | null = null;

/** The Chart class, with our parts registered; the import happens once. */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('./chart-parts').then((m) => m.Chart);
  return loading;
}

/** Colours of the app's palette (app.css), for canvases that cannot read CSS variables. */
export const COLORS = {
  brand: '#0f5c4d',
  brandLight: 'rgba(15, 92, 77, 0.25)',
  up: '#1e6b35',
  down: '#b3261e',
  grid: '#d5dcda',
  ink: '#1b1f1e'
} as const;
