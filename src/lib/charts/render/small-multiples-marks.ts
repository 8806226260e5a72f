import type { SmallMultiplesGeometry } from '../small-multiples.ts';
import { TITLE_LINE } from '../small-multiples.ts';
import { escapeXml } from '../text.ts';
import { lineChartMarks } from './line-marks.ts';
import { legendMarks } from './marks.ts';

/** A legend, then each panel: a bold title, wrapped to the panel's width, over its line chart and its unit. */
export function smallMultiplesMarks(geometry: SmallMultiplesGeometry): string {
  const unit = geometry.yLabel === undefined ? {} : { yLabel: geometry.yLabel };
  const panels = geometry.panels.map((panel) => {
    const title = panel.titleLines
      .map((line, i) => `<tspan x="0" y="${13 + i * TITLE_LINE}">${escapeXml(line)}</tspan>`)
      .join('');
    return (
      `<g class="chart-panel" data-panel="${escapeXml(panel.id)}" transform="translate(${panel.x},${panel.y})">` +
      `<text font-weight="700">${title}</text>` +
      `<g transform="translate(0,${panel.chartY})">${lineChartMarks(panel.chart, unit)}</g></g>`
    );
  });
  return legendMarks(geometry.legend) + panels.join('');
}
