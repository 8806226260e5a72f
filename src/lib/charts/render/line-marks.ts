import type { LineChartGeometry, LineGeometry } from '../line-chart.ts';
import { palette } from '../palette.ts';
import { escapeXml } from '../text.ts';
import { legendMarks, markerMark, strokeAttributes, timeAxisMarks, valueGridMarks } from './marks.ts';

const DRAW_ORDER = { context: 0, comparison: 1, primary: 2 } as const;

/** The marks of a line chart: grid, axes, lines (primary on top), end markers and names. */
export function lineChartMarks(geometry: LineChartGeometry, options: { yLabel?: string } = {}): string {
  const { plot, xTicks, yTicks, labels } = geometry;
  const lines = [...geometry.lines].sort((a, b) => DRAW_ORDER[a.role] - DRAW_ORDER[b.role]);
  const parts = [
    valueGridMarks(yTicks, plot.left, plot.right),
    timeAxisMarks(xTicks, plot.bottom, plot.left, plot.right),
  ];
  if (options.yLabel) {
    parts.push(
      `<text class="chart-unit" x="${plot.left - 6}" y="${Math.max(12, plot.top - 10)}" text-anchor="end" fill="${palette.mutedText}">${escapeXml(options.yLabel)}</text>`,
    );
  }
  parts.push(`<g class="chart-lines">${lines.map(lineMarks).join('')}</g>`);
  // The line's own end marker keys its name, so the name carries none of its own.
  const labelMarks = labels.map((label) => {
    const moved = Math.abs(label.y - label.anchorY) > 2;
    const leader = moved
      ? `<line x1="${plot.right + 5}" y1="${label.anchorY}" x2="${label.x - 2}" y2="${label.y}" stroke="${palette.axis}"/>`
      : '';
    return `${leader}<text x="${label.x}" y="${label.y}" dy="0.32em">${escapeXml(label.text)}</text>`;
  });
  if (labelMarks.length > 0) parts.push(`<g class="chart-labels">${labelMarks.join('')}</g>`);
  parts.push(legendMarks(geometry.legend));
  return parts.join('');
}

function lineMarks(line: LineGeometry): string {
  const { style } = line;
  const dots = line.isolated.map(
    (p) => `<circle cx="${p.x}" cy="${p.y}" r="${style.strokeWidth + 0.5}" fill="${style.color}"/>`,
  );
  const end = line.end ? markerMark(style.marker, line.end.x, line.end.y, style.color) : '';
  return (
    `<g class="chart-series chart-series-${line.role}" data-series="${escapeXml(line.id)}">` +
    `<path d="${line.path}" ${strokeAttributes(style)}/>${dots.join('')}${end}</g>`
  );
}
