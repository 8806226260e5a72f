import { parsePeriod } from '../data/period.ts';
import { comparePeriods } from '../data/period.ts';
import { summarizeLatest } from './summarize.ts';
import type { PointStatus, Series, SeriesRole, ValueFormat } from './types.ts';

/**
 * The JSON a page publishes per municipality (e.g. /data/mm13/751.json) for the
 * municipality picker to redraw a line chart in the browser.
 */
export interface ChartData {
  version: 1;
  /** Area code the data is about ("751"). */
  area: string;
  title: string;
  /** One Danish sentence, as summarizeLatest writes it. */
  summary: string;
  format: ValueFormat;
  sample: boolean;
  series: Series[];
}

export interface ChartDataInput {
  area: string;
  title: string;
  format: ValueFormat;
  sample: boolean;
  series: Series[];
  /** Passed to summarizeLatest: "andelen", "antallet" (default "værdien"). */
  subject?: string | undefined;
  /** Passed to summarizeLatest: the period the pages report. */
  period?: string | undefined;
}

/** Builds the published JSON: points in period order, periods checked, the summary written. */
export function toChartData(input: ChartDataInput): ChartData {
  const series = input.series.map((s) => ({
    ...s,
    points: [...s.points].sort((a, b) => comparePeriods(a.period, b.period)),
  }));
  return {
    version: 1,
    area: input.area,
    title: input.title,
    summary: summarizeLatest(series, { format: input.format, subject: input.subject, period: input.period }),
    format: input.format,
    sample: input.sample,
    series,
  };
}

/** A series from observation-shaped records (the data layer's Observation fits). */
export function seriesFromObservations(
  id: string,
  label: string,
  role: SeriesRole,
  observations: readonly { period: string; value: number | null; status: PointStatus }[],
): Series {
  return {
    id,
    label,
    role,
    points: observations.map(({ period, value, status }) => ({ period, value, status })),
  };
}

/** Checks fetched JSON before the browser draws it; throws with what was wrong. */
export function parseChartData(json: unknown, source: string): ChartData {
  const data = json as Partial<ChartData> | null;
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  if (!data || data.version !== 1) fail('not chart data of version 1');
  if (typeof data?.area !== 'string' || typeof data.title !== 'string' || typeof data.summary !== 'string') {
    fail('area, title or summary is missing');
  }
  if (!Array.isArray(data?.series)) return fail('series is missing');
  for (const s of data.series) {
    if (!Array.isArray(s?.points)) fail(`series '${String(s?.id)}' has no points`);
    for (const p of s.points) {
      parsePeriod(p.period);
      if (p.value !== null && typeof p.value !== 'number') fail(`value for ${p.period} is not a number`);
    }
  }
  return data as ChartData;
}
