import { getAreaContext, municipalityPages, regionPages } from '../areas/area-pages.ts';
import { indicatorSection } from '../areas/indicator-section.ts';
import type { ChartSpec } from '../charts/chart-spec.ts';
import { sourceLineWithDate } from '../data/source-line.ts';
import { summarizeLatest } from '../charts/summarize.ts';
import { getGoals } from '../content/queries.ts';
import { latestSnapshot } from '../data/snapshot-reader.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { getIndicators } from '../data/queries.ts';
import { areaLineSeries, periodToReport, subjectFor } from '../indicators/index.ts';
import { valueFormatFor } from '../value-text.ts';
import { areaPath, goalPath, indicatorPath } from '../paths.ts';
import type { Series } from '../charts/types.ts';
import { ogChartCard, ogTextCard } from './og-card.ts';
import { COUNTRY_CODE, COUNTRY_NAME } from '../data/whole-country.ts';

/**
 * A page with a preview image: the page's path and how to draw the image as SVG. The drawing
 * waits until its route renders, so a build holds one image at a time, not thousands.
 */
export interface OgPage {
  pagePath: string;
  svg: () => string;
}

/** A page's main chart: its title, its series and the period the page reports. */
interface ChartOfPage {
  title: string;
  series: Series[];
  period: string | undefined;
}

function chartCard(
  pagePath: string,
  site: URL,
  meta: IndicatorMeta,
  date: string,
  chart: () => ChartOfPage,
): OgPage {
  return { pagePath, svg: () => chartSvg(pagePath, site, meta, date, chart()) };
}

function chartSvg(
  pagePath: string,
  site: URL,
  meta: IndicatorMeta,
  date: string,
  { title, series, period }: ChartOfPage,
): string {
  const format = valueFormatFor(meta.unit);
  const spec: ChartSpec = { kind: 'line', series, format };
  const text = {
    title,
    lead: summarizeLatest(series, { format, subject: subjectFor(meta.unit), period }),
    source: sourceLineWithDate(meta, date),
    sample: meta.sample,
    url: new URL(pagePath, site).href,
  };
  return ogChartCard(text, spec);
}

/**
 * Every indicator, goal, municipality and region page with its preview image: the page's main
 * chart, or for a goal without an indicator its title and wording (on a municipality's or
 * region's page for that goal, with the area's name).
 */
export async function ogPages(site: URL): Promise<OgPage[]> {
  const [indicators, goals, municipalities, regions, context] = await Promise.all([
    getIndicators(),
    getGoals(),
    municipalityPages(),
    regionPages(),
    getAreaContext(),
  ]);
  const national = await Promise.all(
    indicators.map(async ({ data }) => {
      const latest = await latestSnapshot(data);
      const series = [areaLineSeries(latest.observations, { code: COUNTRY_CODE, name: COUNTRY_NAME })];
      return {
        meta: data.meta,
        date: latest.date,
        series,
        period: periodToReport(latest.observations) ?? undefined,
      };
    }),
  );
  const pages: OgPage[] = national.map(({ meta, date, series, period }) =>
    chartCard(indicatorPath(meta.id), site, meta, date, () => ({ title: meta.title, series, period })),
  );
  for (const goal of goals) {
    const path = goalPath(goal.id);
    const measured = national.find(({ meta }) => meta.goals.some((id) => id === goal.id));
    if (measured) {
      const { meta, date, series, period } = measured;
      pages.push(chartCard(path, site, meta, date, () => ({ title: goal.data.title, series, period })));
    } else {
      const lead = goal.data.wording ?? goal.data.summary;
      pages.push({
        pagePath: path,
        svg: () => ogTextCard({ title: goal.data.title, lead, url: new URL(path, site).href }),
      });
    }
  }
  const firstMeasured = context.goals.find((goal) => goal.indicator !== null);
  for (const { area, region } of [...municipalities, ...regions]) {
    for (const { goal, indicator } of context.goals) {
      const path = areaPath(area, goal.id);
      // The area's own page shows the first measured goal's chart, as its first section does.
      const paths = goal === firstMeasured?.goal ? [path, areaPath(area)] : [path];
      if (!indicator) {
        const title = `${goal.data.title}: ${area.name}`;
        pages.push({
          pagePath: path,
          svg: () => ogTextCard({ title, lead: goal.data.wording, url: new URL(path, site).href }),
        });
        continue;
      }
      const chart = (): ChartOfPage => {
        const section = indicatorSection(indicator, area, region, context.municipalityCodes);
        return { title: section.chartTitle, series: section.series, period: indicator.period };
      };
      for (const pagePath of paths)
        pages.push(chartCard(pagePath, site, indicator.meta, indicator.date, chart));
    }
  }
  return pages;
}
