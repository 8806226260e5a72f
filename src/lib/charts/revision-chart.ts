import { formatPeriod } from '../format.ts';
import { lineChart, type LineChartGeometry, type LineChartOptions } from './line-chart.ts';
import { palette } from './palette.ts';
import { round } from './text.ts';
import type { Series, SeriesPoint, ValueFormat } from './types.ts';

export interface Revision {
  period: string;
  label: string;
  x: number;
  /** Where the revision is marked: on the newer line, or the older one if the value vanished. */
  y: number;
  older: number | null;
  newer: number | null;
  /** newer − older, or null when one side has no value. */
  difference: number | null;
}

export interface RevisionChartGeometry extends LineChartGeometry {
  revisions: Revision[];
  /** How many periods both snapshots cover: the base for "3 of 24 months were revised". */
  comparedPeriods: number;
}

/**
 * One series as two snapshots saw it: the older drawn dashed and grey, the newer as the
 * primary line, and every period whose shown value changed marked with a ring.
 */
export function revisionChart(
  older: Series,
  newer: Series,
  options: LineChartOptions,
): RevisionChartGeometry {
  const geometry = lineChart(
    [
      { ...older, role: 'comparison' },
      { ...newer, role: 'primary' },
    ],
    { includeZero: false, ...options },
  );
  const olderStyle = { color: palette.context, dash: '4 3', strokeWidth: 1.5, marker: 'square' } as const;
  const lines = geometry.lines.map((line, i) => (i === 0 ? { ...line, style: olderStyle } : line));
  const labels = geometry.labels.map((label) =>
    label.seriesId === older.id ? { ...label, color: olderStyle.color } : label,
  );
  const legend = geometry.legend.map((item) =>
    item.seriesId === older.id ? { ...item, style: olderStyle } : item,
  );

  const olderByPeriod = new Map(older.points.map((p) => [p.period, p]));
  const shared = newer.points.filter((p) => olderByPeriod.has(p.period));
  const focusByPeriod = new Map(geometry.focus.map((f) => [f.period, f]));
  const revisions = shared.flatMap((point): Revision[] => {
    const before = olderByPeriod.get(point.period) as SeriesPoint;
    if (!isRevised(before.value, point.value, options.format)) return [];
    const column = focusByPeriod.get(point.period);
    const y = column?.values[1]?.y ?? column?.values[0]?.y ?? 0;
    return [
      {
        period: point.period,
        label: formatPeriod(point.period),
        x: column?.x ?? 0,
        y: round(y),
        older: before.value,
        newer: point.value,
        difference: before.value === null || point.value === null ? null : point.value - before.value,
      },
    ];
  });
  return { ...geometry, lines, labels, legend, revisions, comparedPeriods: shared.length };
}

/** A value counts as revised when it changed at the precision it is shown with, or appeared or vanished. */
export function isRevised(older: number | null, newer: number | null, format: ValueFormat): boolean {
  if (older === null || newer === null) return older !== newer;
  const scale = 10 ** format.decimals;
  return Math.round(older * scale) !== Math.round(newer * scale);
}
