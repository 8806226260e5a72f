import type { IndicatorEntryData } from '../data/indicator-entry.ts';
import { isoDate, dayOf } from '../dates.ts';
import { PAGE_HISTORY_FRAGMENT, snapshotPath, yearPath } from '../paths.ts';
import { formatDate } from '../format.ts';
import { sourceLineOf } from '../data/source-line.ts';

/** What the feed needs of a letter. */
export interface FeedLetter {
  year: number;
  title: string;
  published: Date;
  changes: readonly { date: Date; note: string }[];
}

/** What the feed needs of a year the site has no letter for. */
export interface FeedYear {
  year: number;
  published: Date;
}

/** What the feed needs of an indicator snapshot. */
export interface FeedSnapshot {
  indicator: string;
  /** The indicator's short Danish title. */
  indicatorTitle: string;
  /** The snapshot's publication date, YYYY-MM-DD. */
  date: string;
  /** Where the figures come from, as sourceLineOf() says it (for sample data: that they are generated). */
  sourceLine: string;
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the page the item is about. */
  link: string;
  /** A unique id; equal to the link when the link alone identifies the item. */
  guid: string;
  pubDate: Date;
  description: string;
}

function letterItems(letter: FeedLetter, site: URL): FeedItem[] {
  const link = new URL(yearPath(letter.year), site).href;
  const published: FeedItem = {
    title: `Brevet om de beskæftigelsespolitiske mål for ${letter.year}`,
    link,
    guid: link,
    pubDate: letter.published,
    description: `${letter.title}. Brevet er lagt på sitet ord for ord.`,
  };
  const changes = letter.changes.map((change, i): FeedItem => ({
    title: `Ændring af brevet om målene for ${letter.year} (${formatDate(change.date)})`,
    link: `${link}#${PAGE_HISTORY_FRAGMENT}`,
    guid: `${link}#aendring-${isoDate(change.date)}-${i + 1}`,
    pubDate: change.date,
    description: change.note,
  }));
  return [published, ...changes];
}

function yearItem({ year, published }: FeedYear, site: URL): FeedItem {
  const link = new URL(yearPath(year), site).href;
  return {
    title: `De beskæftigelsespolitiske mål for ${year}`,
    link,
    guid: link,
    pubDate: published,
    description: `Målene for ${year}, som kilderne gengiver dem, med kilder og hvor sikker ordlyden er.`,
  };
}

function snapshotItem(snapshot: FeedSnapshot, site: URL): FeedItem {
  const link = new URL(snapshotPath(snapshot.indicator, snapshot.date), site).href;
  const day = dayOf(snapshot.date);
  return {
    title: `Nye tal: ${snapshot.indicatorTitle} (${formatDate(day)})`,
    link,
    guid: link,
    pubDate: day,
    description: `Et nyt øjebliksbillede af indikatoren ${snapshot.indicatorTitle}. ${snapshot.sourceLine}.`,
  };
}

/** One feed entry per published snapshot of each indicator. */
export function feedSnapshots(indicators: readonly IndicatorEntryData[]): FeedSnapshot[] {
  return indicators.flatMap(({ meta, snapshots }) =>
    snapshots.map(({ date }) => ({
      indicator: meta.id,
      indicatorTitle: meta.shortTitle,
      date,
      sourceLine: sourceLineOf(meta).text,
    })),
  );
}

/** The feed's items, newest first: letters, their change notes, other years and indicator snapshots. */
export function feedItems(
  letters: readonly FeedLetter[],
  years: readonly FeedYear[],
  snapshots: readonly FeedSnapshot[],
  site: URL,
): FeedItem[] {
  return [
    ...letters.flatMap((letter) => letterItems(letter, site)),
    ...years.map((year) => yearItem(year, site)),
    ...snapshots.map((s) => snapshotItem(s, site)),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid));
}
