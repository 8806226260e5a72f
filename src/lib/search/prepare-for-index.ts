import { markCompounds } from './compound-mark.ts';
import { figureCells } from './figure-cells.ts';
import { splitCompound } from './split-compound.ts';
import { attributesOf, tokenizeHtml } from './html-tokens.ts';
import { blockIndexOf } from '../paths.ts';
import { markTerms } from './term-mark.ts';

/** Hidden text that is indexed all the same: the page's search terms (SearchTerms.astro). */
export const SEARCH_TERMS_ATTRIBUTE = 'data-search-terms';

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

export interface IndexPreparation {
  /** Splits a word into compound parts; defaults to splitCompound with the site's lexicon. */
  split?: (word: string) => string[];
  /** The search sub-result title for an element with this id; defaults to paragraphAnchorTitle. */
  anchorTitle?: (id: string) => string | undefined;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose end Pagefind does not treat as a word break (it only does for p, div, li and a few more). */
const BREAK_AFTER = new Set([
  'br',
  'dt',
  'dd',
  'th',
  'td',
  'caption',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Elements whose text is a filter, metadata or sort value or search terms, which must reach Pagefind unchanged. */
const VALUE_ATTRIBUTES = [
  'data-pagefind-filter',
  'data-pagefind-meta',
  'data-pagefind-sort',
  SEARCH_TERMS_ATTRIBUTE,
];

const QUOTATION_WEIGHT = 0.25;

/** "Afsnit 7" for the paragraph ids letter and goal pages give their blocks (see blockId()). */
export function paragraphAnchorTitle(id: string): string | undefined {
  const index = blockIndexOf(id);
  return index === undefined ? undefined : `Afsnit ${index}`;
}

function withAttributes(tag: string, extra: string[]): string {
  if (extra.length === 0) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).trimEnd()} ${extra.join(' ')}${tag.slice(end)}`;
}

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

// A site repeats its words on page after page: split each distinct word once per build.
const splitCache = new Map<string, string[]>();
function splitRemembered(word: string): string[] {
  let parts = splitCache.get(word);
  if (!parts) splitCache.set(word, (parts = splitCompound(word)));
  return parts;
}

/** Most tags carry none of the attributes this step reads; those are not parsed. */
const MAY_MATTER = /\s(?:hidden|id|data-pagefind-)/i;

/**
 * The copy of a built page that Pagefind indexes; the published page stays as built.
 * - compounds are marked so their parts are searchable (see compound-mark.ts);
 * - text hidden from readers (`hidden`) is not searchable, though its filters and metadata count,
 *   except a page's search terms (`data-search-terms`, see SearchTerms.astro), whose words are
 *   marked so that excerpts can leave them out (term-mark.ts);
 * - table cells of bare figures are not searchable (see figure-cells.ts);
 * - a quotation weighs a quarter, so the page it quotes ranks first for its words;
 * - elements with a sub-result title (paragraph ids) become sub-results like headings;
 * - list, table and heading ends separate words, so "Afsender</dt><dd>Peter" is two words.
 */
export function prepareForIndex(html: string, options: IndexPreparation = {}): string {
  const { split = splitRemembered, anchorTitle = paragraphAnchorTitle } = options;
  const open: { name: string; keepText: boolean; terms: boolean }[] = [];
  const out: string[] = [];
  const tokens = tokenizeHtml(html);
  const figures = figureCells(tokens);
  tokens.forEach((token, index) => {
    const keepText = open.at(-1)?.keepText ?? false;
    if (token.kind === 'text') {
      if (open.at(-1)?.terms) out.push(markTerms(token.source));
      else out.push(keepText ? token.source : markCompounds(token.source, split));
    } else if (token.kind === 'open') {
      const { name, source } = token;
      const attributes = MAY_MATTER.test(source) ? attributesOf(token) : NO_ATTRIBUTES;
      const extra: string[] = [];
      const hidden = attributes.has('hidden') && !attributes.has(SEARCH_TERMS_ATTRIBUTE);
      if ((hidden || figures.has(index)) && !attributes.has('data-pagefind-ignore')) {
        extra.push('data-pagefind-ignore');
      }
      if (name === 'blockquote' && !attributes.has('data-pagefind-weight')) {
        extra.push(`data-pagefind-weight="${QUOTATION_WEIGHT}"`);
      }
      const title = anchorTitle(attributes.get('id') ?? '');
      if (title && !attributes.has('data-pagefind-title')) {
        extra.push(`data-pagefind-title="${escapeAttribute(title)}"`);
      }
      out.push(withAttributes(source, extra), name === 'br' ? ' ' : '');
      if (!VOID.has(name) && !source.endsWith('/>')) {
        open.push({
          name,
          keepText: keepText || hidden || VALUE_ATTRIBUTES.some((a) => attributes.has(a)),
          terms: (open.at(-1)?.terms ?? false) || attributes.has(SEARCH_TERMS_ATTRIBUTE),
        });
      }
    } else if (token.kind === 'close') {
      const at = open.findLastIndex((element) => element.name === token.name);
      if (at !== -1) open.length = at;
      out.push(token.source, BREAK_AFTER.has(token.name) ? ' ' : '');
    } else {
      out.push(token.source);
    }
  });
  return out.join('');
}
