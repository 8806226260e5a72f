import { getArchiveYears, getGoals } from '../content/queries.ts';
import { HOME_PATH, yearPath, YEARS_PATH } from '../paths.ts';
import { HOME_SHARE_TITLE, SITE_DESCRIPTION } from '../site.ts';
import { goalCountText, noSourceText } from '../years/year-summary.ts';
import { yearPageTitle, yearsShareTitle, type YearView } from '../content/year-view.ts';
import { ogTextCard, type OgPage } from './og-card.ts';

function textCard(pagePath: string, site: URL, title: string, lines: string[]): OgPage {
  const text = {
    title,
    description: lines.join(' '),
    source: '',
    sample: false,
    url: new URL(pagePath, site).href,
  };
  return { pagePath, svg: () => ogTextCard(text, lines) };
}

/** A year's goals as the card lists them: "1. Flere i job", with the count when the list is partial. */
export function yearCardLines(view: YearView, titles: ReadonlyMap<string, string>): string[] {
  if (view.goals.length === 0)
    return [`Ingen af de kilder, sitet har fundet, gengiver målene for ${view.year}.`];
  const goals = view.goals.map(({ goal, number, status }) => {
    const title = titles.get(goal) ?? goal;
    return `${number === null ? '' : `${number}. `}${title}${status === 'announced' ? ' (varslet)' : ''}`;
  });
  return view.complete ? goals : [...goals, `I alt: ${goalCountText(view)}.`];
}

/** The front page, the page of every year and each year's page (also a year without a source), each a card of text. */
export async function overviewCards(site: URL): Promise<OgPage[]> {
  const [years, goals] = await Promise.all([getArchiveYears(), getGoals()]);
  const titles = new Map(goals.map((goal) => [goal.id, goal.data.title]));
  const first = years[0]?.year ?? 0;
  const last = years.at(-1)?.year ?? 0;
  return [
    textCard(HOME_PATH, site, HOME_SHARE_TITLE, [SITE_DESCRIPTION]),
    textCard(YEARS_PATH, site, yearsShareTitle(first, last), [
      `For hvert år fra ${first} til ${last}: hvad kilderne viser, hvor sikker ordlyden er, og hvilke mål der stod hvilke år.`,
    ]),
    ...years.map(({ year, view }) =>
      textCard(
        yearPath(year),
        site,
        yearPageTitle(year),
        view ? yearCardLines(view, titles) : [noSourceText(year)],
      ),
    ),
  ];
}
