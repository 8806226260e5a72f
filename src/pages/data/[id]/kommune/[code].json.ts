import type { APIRoute, GetStaticPaths } from 'astro';
import type { AreaData } from '../../../../lib/data/areas-loader.ts';
import type { IndicatorMeta } from '../../../../lib/data/indicator-meta.ts';
import { latestSnapshot } from '../../../../lib/data/indicator-entry.ts';
import { getAreaList, getIndicators } from '../../../../lib/data/queries.ts';
import type { Observation } from '../../../../lib/data/types.ts';
import { areaChartData, COUNTRY } from '../../../../lib/indicators/index.ts';

interface Props {
  meta: IndicatorMeta;
  observations: Observation[];
  area: AreaData;
  country: AreaData;
}

/** The chart data the municipality picker fetches: one file per indicator and area (country, regions, municipalities). */
export const getStaticPaths = (async () => {
  const [indicators, areas] = await Promise.all([getIndicators(), getAreaList()]);
  const country = areas.find((area) => area.code === COUNTRY)!;
  return indicators.flatMap((entry) => {
    const { observations } = latestSnapshot(entry.data);
    return areas.map((area) => ({
      params: { id: entry.id, code: area.code },
      props: { meta: entry.data.meta, observations, area, country },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(areaChartData(props.meta, props.observations, props.area, props.country)), {
    headers: { 'Content-Type': 'application/json' },
  });
