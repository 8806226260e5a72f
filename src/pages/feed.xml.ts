import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import type { IndicatorEntryData } from '../lib/data/indicator-entry.ts';
import { getLetters } from '../lib/content/queries.ts';
import { feedItems } from '../lib/versions/feed-items.ts';
import { SITE_NAME } from '../lib/site.ts';

/** Letters, their change notes, the other years' pages and new indicator snapshots, newest first. */
export async function GET(context: APIContext): Promise<Response> {
  const site = context.site ?? new URL(context.url.origin);
  const letters = (await getLetters()).map(({ data }) => data);
  const indicators: { data: IndicatorEntryData }[] = await getCollection('indicators');
  const snapshots = indicators.flatMap(({ data: { meta, snapshots } }) =>
    snapshots.map(({ date }) => ({
      indicator: meta.id,
      indicatorTitle: meta.shortTitle,
      date,
      sampleNote: meta.sample ? meta.sampleNote : undefined,
    })),
  );
  const years = (await getCollection('goalYears')).map(({ data }) => data);
  const items = feedItems(letters, years, snapshots, site);
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
