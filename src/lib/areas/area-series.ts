import { seriesFromObservations } from '../charts/chart-data.ts';
import type { Series, SeriesRole } from '../charts/types.ts';
import type { Observation } from '../data/types.ts';
import { rowsOf } from '../data/rows-by-area.ts';

export interface SeriesRequest {
  code: string;
  label: string;
  role: SeriesRole;
}

/** Chart series for the requested areas, in the order asked; the series id is the area code. */
export function areaChartSeries(
  observations: readonly Observation[],
  requests: readonly SeriesRequest[],
): Series[] {
  return requests.map(({ code, label, role }) =>
    seriesFromObservations(code, label, role, rowsOf(observations, code)),
  );
}
