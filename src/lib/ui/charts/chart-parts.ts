/**
 * The parts of chart.js our charts use, registered once. Imported only dynamically (load-chart.ts): named imports
 * here let the bundler drop the controllers we do not use, which a dynamic import of the whole package cannot.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  LineController,
  PointElement,
  LineElement,
  Filler,
  Tooltip,
  Legend
);

export { Chart };
