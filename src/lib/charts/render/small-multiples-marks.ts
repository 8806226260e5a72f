import type { SmallMultiplesGeometry } from '../small-multiples.ts';
import { escapeXml } from '../text.ts';
import { lineChartMarks } from './line-marks.ts';
import { markerMark, strokeAttributes } from './marks.ts';

const TITLE_BAND = 20;

/** A legend row, then each panel: a bold title over its line chart. */
export function smallMultiplesMarks(geometry: SmallMultiplesGeometry): string {
  const legend = geometry.legend.map(
    (item) =>
      `<line x1="${item.x}" x2="${item.x + 28}" y1="${item.y}" y2="${item.y}" ${strokeAttributes(item.style)}/>` +
      markerMark(item.style.marker, item.x + 14, item.y, item.style.color, 40) +
      `<text x="${item.x + 36}" y="${item.y}" dy="0.32em">${escapeXml(item.text)}</text>`,
  );
  const panels = geometry.panels.map(
    (panel) =>
      `<g class="chart-panel" data-panel="${escapeXml(panel.id)}" transform="translate(${panel.x},${panel.y})">` +
      `<text x="0" y="14" font-weight="700">${escapeXml(panel.title)}</text>` +
      `<g transform="translate(0,${TITLE_BAND})">${lineChartMarks(panel.chart)}</g></g>`,
  );
  const legendGroup = legend.length > 0 ? `<g class="chart-legend">${legend.join('')}</g>` : '';
  return legendGroup + panels.join('');
}
