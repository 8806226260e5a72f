import { unmarkCompounds } from './compound-mark.ts';
import { withoutGoalTokens } from './goal-token.ts';
import { withoutTerms } from './term-mark.ts';
import { isSearchType, SEARCH_KEYS, SEARCH_TYPES } from './search-types.ts';
import { formatDate } from '../format.ts';
import { dayOf } from '../dates.ts';

/** The part of a Pagefind sub-result the page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  /** Pagefind escapes the text and adds <mark> around hits, so it is safe as HTML. */
  excerpt: string;
  locations?: number[];
  /** Present when the sub-result starts at a heading or titled paragraph, absent for the page top. */
  anchor?: { id: string };
}

/** The part of a loaded Pagefind result the page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface ResultPart {
  url: string;
  title: string;
  excerpt: string;
}

/** One search hit, ready to render. */
export interface ResultView {
  url: string;
  title: string;
  /** "Brev", "Mål" … or empty for an unknown type. */
  kind: string;
  year: string;
  /** "21. november 2026", or empty. */
  date: string;
  excerpt: string;
  /** The sections of the page with the most hits, in page order. */
  parts: ResultPart[];
}

const MAX_PARTS = 3;

function formatIsoDate(value: string | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  return formatDate(dayOf(value));
}

/** Drops parameters without a value, such as the highlight parameter of a listing without words. */
function withoutEmptyParams(url: string): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const [path = '', query] = (hashAt === -1 ? url : url.slice(0, hashAt)).split('?');
  if (query === undefined) return url;
  const kept = query.split('&').filter((pair) => pair.includes('=') && !pair.endsWith('='));
  return `${path}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}

/** An excerpt as the page reads: without compound marks, hidden search terms and goal-number search words. */
const readableExcerpt = (excerpt: string): string =>
  withoutGoalTokens(unmarkCompounds(withoutTerms(excerpt)));

/** The sections with most hits, at most three, in the order they stand on the page. */
function topParts(subResults: PagefindSubResult[]): ResultPart[] {
  return subResults
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .filter(({ sub }) => sub.anchor !== undefined)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, MAX_PARTS)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => ({
      url: withoutEmptyParams(sub.url),
      title: unmarkCompounds(sub.title),
      excerpt: readableExcerpt(sub.excerpt),
    }));
}

/** Turns a loaded Pagefind result into what the result list shows, without the index's compound marks. */
export function toResultView(data: PagefindResultData): ResultView {
  const type = data.meta[SEARCH_KEYS.type] ?? '';
  const url = withoutEmptyParams(data.url);
  return {
    url,
    title: unmarkCompounds(data.meta['title'] ?? url),
    kind: isSearchType(type) ? SEARCH_TYPES[type].one : '',
    year: data.meta[SEARCH_KEYS.year] ?? '',
    date: formatIsoDate(data.meta[SEARCH_KEYS.date]),
    excerpt: readableExcerpt(data.excerpt),
    parts: topParts(data.sub_results),
  };
}

/** The sentence the live region reads after each search. */
export function resultCountText(count: number, query: string, filtered: boolean): string {
  const what = query ? ` for »${query}«` : '';
  const where = filtered ? ' med de valgte filtre' : '';
  if (count === 0) return `Ingen resultater${what}${where}.`;
  return `${count} ${count === 1 ? 'resultat' : 'resultater'}${what}${where}.`;
}
