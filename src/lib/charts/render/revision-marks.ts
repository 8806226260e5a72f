import type { RevisionChartGeometry } from '../revision-chart.ts';
import { palette } from '../palette.ts';
import { lineChartMarks } from './line-marks.ts';

/** A line chart of two snapshots with a ring around every revised value. */
export function revisionChartMarks(
  geometry: RevisionChartGeometry,
  options: { yLabel?: string } = {},
): string {
  const rings = geometry.revisions.map(
    (r) =>
      `<circle cx="${r.x}" cy="${r.y}" r="5.5" fill="none" stroke="${palette.revised}" stroke-width="2"/>`,
  );
  return `${lineChartMarks(geometry, options)}<g class="chart-revisions">${rings.join('')}</g>`;
}
