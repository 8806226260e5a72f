import { MISSING_LINE, type RankingAnnotation, type RankingChartGeometry } from '../ranking-chart.ts';
import { palette } from '../palette.ts';
import { escapeXml, SMALL_FONT_SIZE } from '../text.ts';

/** The marks of a dot strip: axis, dots, the reference line, the highlighted dot and the missing list. */
export function rankingChartMarks(geometry: RankingChartGeometry): string {
  const { width, axisY, radius, xTicks, dots, highlight, reference, missingLines } = geometry;
  const left = xTicks[0]?.position ?? 0;
  const right = xTicks[xTicks.length - 1]?.position ?? width;
  const ticks = xTicks.map(
    (t) =>
      `<line x1="${t.position}" x2="${t.position}" y1="${axisY}" y2="${axisY + 5}" stroke="${palette.axis}"/>` +
      `<text x="${t.position}" y="${axisY + 19}">${escapeXml(t.label)}</text>`,
  );
  const parts = [
    `<g class="chart-axis chart-axis-x" fill="${palette.mutedText}" text-anchor="middle">` +
      `<line x1="${left}" x2="${right}" y1="${axisY}" y2="${axisY}" stroke="${palette.axis}"/>${ticks.join('')}</g>`,
  ];
  if (reference) {
    parts.push(
      `<g class="chart-reference">` +
        `<line x1="${reference.x}" x2="${reference.x}" y1="${reference.y1}" y2="${reference.y2}" stroke="${palette.text}" stroke-dasharray="4 3"/>` +
        annotationText(reference) +
        `</g>`,
    );
  }
  const others = dots.filter((d) => d.id !== highlight?.id);
  parts.push(
    `<g class="chart-dots" fill="${palette.context}" fill-opacity="0.85">` +
      others
        .map((d) => `<circle cx="${d.x}" cy="${d.y}" r="${radius}" data-id="${escapeXml(d.id)}"/>`)
        .join('') +
      `</g>`,
  );
  if (highlight) {
    parts.push(
      `<g class="chart-highlight">` +
        `<line x1="${highlight.x}" x2="${highlight.x}" y1="${highlight.y1}" y2="${highlight.y2}" stroke="${palette.primary}"/>` +
        `<circle cx="${highlight.x}" cy="${highlight.dotY}" r="${radius + 1.5}" fill="${palette.primary}" stroke="${palette.text}" stroke-width="1.5"/>` +
        annotationText(highlight, 700) +
        `</g>`,
    );
  }
  missingLines.forEach((line, i) => {
    parts.push(
      `<text class="chart-missing" x="4" y="${axisY + 40 + i * MISSING_LINE}" font-size="${SMALL_FONT_SIZE}" fill="${palette.mutedText}">${escapeXml(line)}</text>`,
    );
  });
  return parts.join('');
}

function annotationText(annotation: RankingAnnotation, weight = 400): string {
  const bold = weight === 400 ? '' : ` font-weight="${weight}"`;
  return `<text x="${annotation.textX}" y="${annotation.textY}"${bold}>${escapeXml(annotation.text)}</text>`;
}
