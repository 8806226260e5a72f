import type { ChartSpec } from '../lib/charts/chart-spec.ts';
import { drawChart } from '../lib/charts/draw-chart.ts';
import { chartSvg } from '../lib/charts/render/svg-document.ts';

/** Narrowest drawing; a column narrower than this shows it scaled down. */
const MIN_WIDTH = 240;

/**
 * Draws a figure's chart (its data-chart spec) at the exact width of its frame, in place of
 * the drawings the server made for CSS to choose from.
 */
export function drawFigure(figure: HTMLElement): void {
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  const spec = JSON.parse(figure.dataset['chart'] ?? 'null') as ChartSpec | null;
  if (!frame || !spec) return;
  const width = Math.max(MIN_WIDTH, Math.floor(frame.getBoundingClientRect().width));
  const drawing = document.createElement('div');
  drawing.className = 'chart-variant is-exact';
  drawing.dataset['w'] = String(width);
  drawing.innerHTML = chartSvg(drawChart(spec, width), figure.id);
  frame.querySelectorAll('.chart-variant').forEach((old) => old.remove());
  frame.prepend(drawing);
  // The tooltip takes up the new drawing when its focus data is set again.
  if (frame.dataset['focus'] !== undefined) frame.setAttribute('data-focus', frame.dataset['focus']);
}
