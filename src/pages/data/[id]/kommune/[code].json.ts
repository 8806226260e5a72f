import type { APIRoute, GetStaticPaths } from 'astro';
import type { Area } from '../../../../lib/data/areas.ts';
import type { IndicatorEntryData } from '../../../../lib/data/indicator-entry.ts';
import { latestSnapshot } from '../../../../lib/data/snapshot-reader.ts';
import { getAreaList, getIndicators } from '../../../../lib/data/queries.ts';
import { areaChartData } from '../../../../lib/indicators/index.ts';
import { COUNTRY_CODE } from '../../../../lib/data/whole-country.ts';

interface Props {
  entry: IndicatorEntryData;
  area: Area;
  country: Area;
}

/** The chart data the municipality picker fetches: one file per indicator and area (country, regions, municipalities). */
export const getStaticPaths = (async () => {
  const [indicators, areas] = await Promise.all([getIndicators(), getAreaList()]);
  const country = areas.find((area) => area.code === COUNTRY_CODE)!;
  // Paths of one indicator follow each other, so the reader parses its newest snapshot once.
  return indicators.flatMap((entry) =>
    areas.map((area) => ({
      params: { id: entry.id, code: area.code },
      props: { entry: entry.data, area, country },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { observations } = await latestSnapshot(props.entry);
  return new Response(
    JSON.stringify(areaChartData(props.entry.meta, observations, props.area, props.country)),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
