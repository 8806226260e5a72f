import { areaPageView } from '../areas/area-page-view.ts';
import { getAreaContext, municipalityPages, regionPages } from '../areas/area-pages.ts';
import type { AreaGoal } from '../areas/area-goals.ts';
import { indicatorSection } from '../areas/indicator-section.ts';
import { summarizeLatest } from '../charts/summarize.ts';
import type { Series } from '../charts/types.ts';
import { getGoals } from '../content/queries.ts';
import type { IndicatorMeta } from '../data/indicator-meta.ts';
import { getIndicators } from '../data/queries.ts';
import { latestSnapshot } from '../data/snapshot-reader.ts';
import { sourceLineWithDate } from '../data/source-line.ts';
import { COUNTRY_CODE, COUNTRY_NAME } from '../data/whole-country.ts';
import type { Area } from '../data/areas.ts';
import { areaLineSeries, periodToReport, subjectFor } from '../indicators/index.ts';
import { valueFormatFor } from '../value-text.ts';
import { areaPath, goalPath, indicatorPath } from '../paths.ts';
import { ogChartCard, ogTextCard, type OgPage } from './og-card.ts';
import { overviewCards } from './overview-cards.ts';

export type { OgPage };

/** A chart as its figure shows it: the figure's title, series, indicator, data date and the period the page reports. */
interface Figure {
  title: string;
  series: Series[];
  meta: IndicatorMeta;
  date: string;
  period: string | undefined;
}

/** The figure as a card, with the words the "Hent grafen (PNG)" button puts around it. */
function chartCard(pagePath: string, site: URL, figure: () => Figure): OgPage {
  return {
    pagePath,
    svg: () => {
      const { title, series, meta, date, period } = figure();
      const format = valueFormatFor(meta.unit);
      const text = {
        title,
        description: summarizeLatest(series, { format, subject: subjectFor(meta.unit), period }),
        source: sourceLineWithDate(meta, date),
        sample: meta.sample,
        url: new URL(pagePath, site).href,
      };
      return ogChartCard(text, { kind: 'line', series, format });
    },
  };
}

/** A goal without an indicator as a card: its title and wording. */
function wordingCard(pagePath: string, site: URL, title: string, wording: string): OgPage {
  const text = { title, description: wording, source: '', sample: false, url: new URL(pagePath, site).href };
  return { pagePath, svg: () => ogTextCard(text, [wording]) };
}

/**
 * Every indicator, goal, municipality and region page with its preview image: the chart the
 * page links as "Hent grafen (PNG)", or for a goal without an indicator its title and wording
 * (on a municipality's or region's page for that goal, with the area's name); and the front
 * page, the page of every year and each year's page with a card of text (overview-cards.ts).
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
    indicators.map(async ({ data }): Promise<Figure> => {
      const latest = await latestSnapshot(data);
      const series = [areaLineSeries(latest.observations, { code: COUNTRY_CODE, name: COUNTRY_NAME })];
      const period = periodToReport(latest.observations) ?? undefined;
      return {
        title: `${data.meta.shortTitle} i hele landet`,
        series,
        meta: data.meta,
        date: latest.date,
        period,
      };
    }),
  );
  const pages: OgPage[] = national.map((figure) =>
    chartCard(indicatorPath(figure.meta.id), site, () => figure),
  );
  for (const goal of goals) {
    const path = goalPath(goal.id);
    const measured = national.find(({ meta }) => meta.goals.some((id) => id === goal.id));
    pages.push(
      measured
        ? chartCard(path, site, () => measured)
        : wordingCard(path, site, goal.data.title, goal.data.wording ?? goal.data.summary),
    );
  }
  const areaFigure =
    ({ indicator }: AreaGoal, area: Area, region: Area | null) =>
    (): Figure => {
      if (!indicator) throw new Error(`no indicator to draw for ${area.name}`);
      const section = indicatorSection(indicator, area, region, context.municipalityCodes);
      return {
        title: section.chartTitle,
        series: section.series,
        meta: indicator.meta,
        date: indicator.date,
        period: indicator.period,
      };
    };
  for (const props of [...municipalities, ...regions]) {
    const { area, region } = props;
    for (const areaGoal of context.goals) {
      const path = areaPath(area, areaGoal.goal.id);
      const { title, wording } = areaGoal.goal.data;
      pages.push(
        areaGoal.indicator
          ? chartCard(path, site, areaFigure(areaGoal, area, region))
          : wordingCard(path, site, `${title}: ${area.name}`, wording),
      );
    }
    const { previewGoal } = areaPageView(props, context);
    if (previewGoal) pages.push(chartCard(areaPath(area), site, areaFigure(previewGoal, area, region)));
  }
  return [...pages, ...(await overviewCards(site))];
}
