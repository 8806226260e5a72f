/**
 * Preview images for shared links: the front page, /aar/, every year, indicator, goal,
 * municipality and region page names an og:image (and a large Twitter card) that exists as a
 * 1200 × 630 PNG, named after the page, showing that page's own chart or goals.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ogImagePath } from '../../src/lib/paths.ts';
import { HOME_SHARE_TITLE } from '../../src/lib/site.ts';
import { tags } from '../support/html.ts';
import { assertNone } from '../support/report.ts';
import { builtPages, distDir, fileForUrlPath, readBuilt } from '../support/site.ts';

const SHARED =
  /^\/((indikatorer\/[^/]+|maal\/[^/]+|kommuner\/[^/]+(\/[^/]+)?|regioner\/[^/]+(\/[^/]+)?|aar|\d{4})\/)?$/;

function meta(html: string, key: string): string | undefined {
  const tag = tags(html).find(
    (t) => t.name === 'meta' && (t.attributes.get('property') === key || t.attributes.get('name') === key),
  );
  return tag?.attributes.get('content');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const pngOf = (urlPath: string): Buffer => {
  const image = meta(readBuilt(urlPath), 'og:image') ?? '';
  return readFileSync(fileForUrlPath(new URL(image).pathname) ?? '');
};

describe('a plain astro build (tests/setup/site.ts) gives the whole site', () => {
  test('its integration hooks turned every preview-image SVG into a PNG and left no SVG', () => {
    const files = readdirSync(join(distDir(), 'og'), { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.png')).length).toBeGreaterThan(600);
    expect(files.filter((file) => file.endsWith('.svg'))).toEqual([]);
  });

  test('and built the search index', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
      expect(existsSync(join(distDir(), file)), file).toBe(true);
  });
});

describe('preview images', () => {
  test('every shared page has its own 1200 × 630 og:image, named after the page', () => {
    const pages = builtPages().filter((page) => !page.isRedirect && SHARED.test(page.urlPath));
    expect(pages.length).toBeGreaterThan(600);
    for (const path of ['/', '/aar/', '/2008/', '/2024/'])
      expect(pages.map((page) => page.urlPath)).toContain(path);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const image = meta(html, 'og:image');
      const expected = ogImagePath(page.urlPath);
      if (!image || new URL(image).pathname !== expected) {
        problems.push(`${page.urlPath}: og:image ${image ?? 'missing'}, expected …${expected}`);
        continue;
      }
      if (meta(html, 'twitter:card') !== 'summary_large_image' || meta(html, 'twitter:image') !== image) {
        problems.push(`${page.urlPath}: no large Twitter card with the same image`);
      }
      const file = fileForUrlPath(expected);
      if (!file) problems.push(`${page.urlPath}: ${expected} was not built`);
      else if (pngSize(readFileSync(file)).join('×') !== '1200×630')
        problems.push(`${expected}: not 1200 × 630`);
    }
    assertNone('Shared pages without a proper preview image', problems);
  });

  test("each image shows its own page's chart: two municipalities, two goals, differ", () => {
    const hash = (urlPath: string): string => createHash('sha256').update(pngOf(urlPath)).digest('hex');
    expect(hash('/kommuner/aarhus/')).not.toBe(hash('/kommuner/odense/'));
    expect(hash('/kommuner/aarhus/opkvalificering/')).not.toBe(
      hash('/kommuner/aarhus/flygtninge-selvforsoergelse/'),
    );
    expect(hash('/indikatorer/mm13/')).not.toBe(hash('/indikatorer/mm17/'));
    // A goal without an indicator has a card per area, with the area's name.
    expect(hash('/kommuner/aarhus/vaerdig-sagsbehandling/')).not.toBe(
      hash('/kommuner/odense/vaerdig-sagsbehandling/'),
    );
    expect(hash('/kommuner/aarhus/vaerdig-sagsbehandling/')).not.toBe(hash('/maal/vaerdig-sagsbehandling/'));
  });

  test('the front page, the page of every year and each year page have a telling title in shared links', () => {
    expect(meta(readBuilt('/'), 'og:title')).toBe(HOME_SHARE_TITLE);
    expect(meta(readBuilt('/'), 'twitter:title')).toBe(HOME_SHARE_TITLE);
    expect(meta(readBuilt('/aar/'), 'og:title')).toMatch(
      /^De beskæftigelsespolitiske mål år for år, \d{4}–\d{4}$/,
    );
    const years = builtPages().filter((page) => /^\/\d{4}\/$/.test(page.urlPath));
    expect(years.length).toBeGreaterThan(10);
    for (const { urlPath } of years)
      expect(meta(readBuilt(urlPath), 'og:title')).toBe(
        `De beskæftigelsespolitiske mål ${urlPath.slice(1, 5)}`,
      );
  });

  test("a year's card lists its goals, so two years with different goals differ", () => {
    const hash = (urlPath: string): string => createHash('sha256').update(pngOf(urlPath)).digest('hex');
    expect(hash('/2023/')).not.toBe(hash('/2017/'));
    expect(hash('/')).not.toBe(hash('/aar/'));
  });

  test('a chart with a build-time PNG links to it for download, so no script is needed', () => {
    const html = readBuilt('/kommuner/aarhus/flygtninge-selvforsoergelse/');
    expect(html).toContain(
      '<a class="chart-download" href="/og/kommuner/aarhus/flygtninge-selvforsoergelse.png" download="mm13-aarhus.png" data-static-download="png"',
    );
  });
});
