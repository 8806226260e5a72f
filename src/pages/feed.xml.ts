import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getGoalYears, getLetters } from '../lib/content/queries.ts';
import { getIndicators } from '../lib/data/queries.ts';
import { feedItems, feedSnapshots } from '../lib/versions/feed-items.ts';
import { SITE_NAME } from '../lib/site.ts';

/** Letters, their change notes, the other years' pages and new indicator snapshots, newest first. */
export async function GET(context: APIContext): Promise<Response> {
  const site = context.site ?? new URL(context.url.origin);
  const [letters, years, indicators] = await Promise.all([getLetters(), getGoalYears(), getIndicators()]);
  const items = feedItems(
    letters.map(({ data }) => data),
    years.map(({ data }) => data),
    feedSnapshots(indicators.map(({ data }) => data)),
    site,
  );
  return rss({
    title: SITE_NAME,
    description:
      'Nye breve og år, ændringer af sider og nye tal i arkivet over de beskæftigelsespolitiske mål.',
    site,
    customData: '<language>da</language>',
    items: items.map(({ title, link, guid, pubDate, description }) => ({
      title,
      link,
      pubDate,
      description,
      ...(guid === link ? {} : { customData: `<guid isPermaLink="false">${guid}</guid>` }),
    })),
  });
}
