/**
 * The built output of the versions feature: the RSS feed and sitemap parse as XML and say
 * what they must, compare pages mark changes in words, and goals-year pages carry the
 * history banner and a citation box.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { visibleText as text } from '../support/html.ts';
import { assertNone } from '../support/report.ts';
import { builtPages, distDir, fileForUrlPath, readBuilt, sitemapUrls } from '../support/site.ts';
import { SAMPLE_LABEL } from '../../src/lib/site.ts';
import { inSitemap, isEmbedPath, snapshotPath, yearPath } from '../../src/lib/paths.ts';

/** Every snapshot in data/indicators as its frozen page's path: /indikatorer/mm13/2024-09-02/. */
function snapshotPaths(): string[] {
  const root = 'data/indicators';
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((id) => {
    const folder = join(root, id, 'snapshots');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => /^\d{4}-\d{2}-\d{2}\.csv$/.test(name))
      .map((name) => snapshotPath(id, name.slice(0, 10)));
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap',
});

function readXml(name: string): string {
  const file = join(distDir(), name);
  if (!existsSync(file)) throw new Error(`dist/${name} was not built`);
  return readFileSync(file, 'utf8');
}

function expectWellFormed(name: string, xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true)
    throw new Error(`dist/${name} is not well-formed XML: line ${result.err.line}: ${result.err.msg}`);
}

interface RssItem {
  title?: string;
  link?: string;
  pubDate?: string;
  guid?: string | { '#text': string };
}

describe('/feed.xml', () => {
  const xml = readXml('feed.xml');
  const feed = parser.parse(xml) as {
    rss?: { '@_version'?: string; channel?: Record<string, unknown> & { item?: RssItem[] } };
  };

  it('is well-formed XML', () => {
    expectWellFormed('feed.xml', xml);
  });

  it('is an RSS 2.0 channel with a title, a link to the site and a description', () => {
    expect(feed.rss?.['@_version']).toBe('2.0');
    const channel = feed.rss!.channel!;
    expect(channel['title']).toBe('Beskæftigelsesmål');
    expect(String(channel['link'])).toMatch(/^https:\/\/[^/]+\/$/);
    expect(String(channel['description'])).not.toBe('');
    expect(channel['language']).toBe('da');
  });

  it('has items with a title, an absolute link, an RFC 822 pubDate and a unique guid', () => {
    const items = feed.rss!.channel!.item ?? [];
    expect(items.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const guids = new Set<string>();
    for (const [i, item] of items.entries()) {
      const guid = typeof item.guid === 'object' ? item.guid['#text'] : item.guid;
      if (!item.title) problems.push(`item ${i + 1}: no title`);
      if (!item.link || !/^https:\/\//.test(item.link))
        problems.push(`item ${i + 1}: link '${item.link}' is not absolute`);
      if (!item.pubDate || Number.isNaN(Date.parse(item.pubDate)) || !/GMT$/.test(item.pubDate)) {
        problems.push(`item ${i + 1}: pubDate '${item.pubDate}' is not an RFC 822 date`);
      }
      if (!guid) problems.push(`item ${i + 1}: no guid`);
      else if (guids.has(guid)) problems.push(`item ${i + 1}: guid ${guid} is used twice`);
      else guids.add(guid);
    }
    assertNone('Feed items', problems);
  });

  it('has an item for each letter, titled in Danish and linked to its page', () => {
    const items = feed.rss!.channel!.item ?? [];
    for (const year of [2023, 2024]) {
      const item = items.find((it) => it.title === `Brevet om de beskæftigelsespolitiske mål for ${year}`);
      expect(item, `no feed item for the ${year} letter`).toBeDefined();
      expect(new URL(item!.link!).pathname).toBe(yearPath(year));
    }
  });

  it('is announced in the head of every page but the embeds, which are frames for other sites', () => {
    const missing = builtPages()
      .filter((page) => !page.isRedirect && !isEmbedPath(page.urlPath))
      .filter(
        (page) =>
          !/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feed\.xml"/.test(
            readFileSync(page.file, 'utf8'),
          ),
      )
      .map((page) => page.urlPath);
    assertNone('Pages without the feed link', missing);
  });
});

describe('the sitemap', () => {
  it('is well-formed XML throughout', () => {
    const index = readXml('sitemap-index.xml');
    expectWellFormed('sitemap-index.xml', index);
    const parsed = parser.parse(index) as { sitemapindex?: { sitemap?: { loc: string }[] } };
    const children = parsed.sitemapindex?.sitemap ?? [];
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) {
      const name = new URL(child.loc).pathname.slice(1);
      expectWellFormed(name, readXml(name));
    }
  });

  it('lists the letters, the compare pages and the goal pages, but no 404 or embed', () => {
    const urls = sitemapUrls();
    expect(urls).toEqual(
      expect.arrayContaining([
        '/2023/',
        '/2024/',
        '/sammenlign/',
        '/sammenlign/2023-2024/',
        '/maal/opkvalificering/',
      ]),
    );
    expect(urls.filter((url) => !inSitemap(url))).toEqual([]);
  });
});

describe('/sammenlign/2023-2024/', () => {
  const html = readBuilt('/sammenlign/2023-2024/');

  it('says the goal list is unchanged, in words', () => {
    expect(html).toContain('Målelisten er uændret');
    expect(html.match(/<td[^>]*>Uændret<\/td>/g)).toHaveLength(5);
  });

  it('marks inserted and removed words inside a changed paragraph, with words for screen readers', () => {
    expect(html).toMatch(/<ins[^>]*><span class="visually-hidden"[^>]*>Tilføjet: <\/span>Torben<\/ins>/);
    expect(html).toMatch(/<del[^>]*><span class="visually-hidden"[^>]*>Fjernet: <\/span>/);
  });

  it('aligns the letters paragraph by paragraph and counts the paragraphs', () => {
    const counts = /Afsnit: (\d+) uændrede, (\d+) ændrede, (\d+) nye og (\d+) udgåede; (\d+) flyttet/.exec(
      text(html),
    );
    expect(counts?.slice(1).map(Number)).toEqual([2, 5, 4, 8, 1]);
    const rows = html.match(/<li class="letter-diff__row letter-diff__row--[a-z]+"/g) ?? [];
    expect(rows).toHaveLength(2 + 5 + 4 + 8);
    // Word changes are marked only inside changed paragraphs.
    const unchanged = html.split('letter-diff__row--').filter((row) => !row.startsWith('changed'));
    for (const row of unchanged) expect(row.split('</li>')[0]).not.toMatch(/<(ins|del)\b/);
    expect(html).toContain('href="/2023/#afsnit-1"');
  });

  it('is listed on /sammenlign/ and linked from the 2024 letter', () => {
    expect(readBuilt('/sammenlign/')).toContain('href="/sammenlign/2023-2024/"');
    expect(readBuilt('/2024/')).toContain('href="/sammenlign/2023-2024/"');
  });
});

describe('goals-year pages', () => {
  const goalsYearPage = (path: string): boolean =>
    /^\/(?:\d{4}\/|maal\/|sammenlign\/|indikatorer\/[^/]+\/\d{4}-\d{2}-\d{2}\/)/.test(path);

  it('all carry the history banner that links to /historie/', () => {
    const missing = builtPages()
      .filter((page) => !page.isRedirect && goalsYearPage(page.urlPath))
      .filter((page) => {
        const html = readFileSync(page.file, 'utf8');
        return !(
          html.includes('class="history-banner"') &&
          html.includes('lov nr. 1656 af 30/12/2024') &&
          html.includes('href="/historie/"')
        );
      })
      .map((page) => page.urlPath);
    assertNone('Goals-year pages without the history banner', missing);
  });

  it('letter and goal pages offer a citation box with the stable URL', () => {
    for (const path of ['/2024/', '/2024/maal/opkvalificering/', '/maal/opkvalificering/']) {
      const html = readBuilt(path);
      expect(html, path).toContain('Sådan citerer du');
      expect(html, path).toContain(`${path}</a>`);
      expect(html, path).toContain('Angiv selv den dato, du hentede siden');
    }
  });

  it('the goal timeline shows earlier years with their cited sources and how sure each wording is', () => {
    const html = readBuilt('/maal/kvalificeret-arbejdskraft/');
    for (const year of [2008, 2017, 2018, 2019, 2020, 2021, 2022])
      expect(html).toContain(`href="${yearPath(year)}"`);
    expect(html).toContain('href="https://star.dk/om-styrelsen/beskaeftigelsesraadet/');
    expect(html).toContain('Samme mål, ny ordlyd.');
    expect(text(html)).toContain('Ordlyden ændrede sig i 2017');
    expect(text(html)).toContain(
      'Ministeriets ordlyd, som en kommune, en avis eller en organisation gengiver den',
    );
    // 2011's long-term unemployment goal is known only from a paraphrase; 2015's youth goal only as a heading.
    expect(text(readBuilt('/maal/langtidsledighed/'))).toContain('Omskrevet:');
    expect(text(readBuilt('/maal/unge-uddannelse/'))).toContain('Kun en overskrift i en kommunes plan');
  });
});

describe('snapshot pages', () => {
  const paths = snapshotPaths();

  it('exist for every snapshot in data/indicators', () => {
    assertNone(
      'Snapshots without a frozen page',
      paths.filter((path) => !fileForUrlPath(path)),
    );
  });

  it('each carry the sample-data label, the revisions section and a citation box with the snapshot date', () => {
    const problems: string[] = [];
    for (const path of paths.filter((p) => fileForUrlPath(p))) {
      const html = readBuilt(path);
      if (!new RegExp(`class="sample-label"[^>]*><a href="[^"]+"[^>]*>${SAMPLE_LABEL}<`).test(html))
        problems.push(`${path}: no sample-data label`);
      if (!html.includes('id="rettelser"')) problems.push(`${path}: no revisions section`);
      if (!html.includes('Sådan citerer du')) problems.push(`${path}: no citation box`);
      if (!html.includes(`datetime="${path.slice(-11, -1)}"`))
        problems.push(`${path}: the snapshot date is not given`);
    }
    assertNone('Snapshot pages', problems);
  });

  it('are announced in the feed', () => {
    const links = new Set(
      (
        (parser.parse(readXml('feed.xml')) as { rss: { channel: { item?: RssItem[] } } }).rss.channel.item ??
        []
      ).map((item) => new URL(item.link ?? '/', 'https://x').pathname),
    );
    assertNone(
      'Snapshots missing from the feed',
      paths.filter((path) => !links.has(path)),
    );
  });
});
