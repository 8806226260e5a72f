/**
 * The accessibility statement and the privacy page: every page links to them from its footer,
 * Pagefind has indexed them, the statement names the checks the suite runs with their test files
 * (tests/unit/lib/about/accessibility-checks.test.ts checks that those files run them), and both
 * give the contacts this build was configured with, or say that none is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexedPages } from '../../src/integrations/search-vocabulary.ts';
import { ACCESSIBILITY_CHECKS, AXE_SAMPLE_SIZE } from '../../src/lib/about/accessibility-checks.ts';
import {
  CONFORMANCE_STATUS,
  KNOWN_PROBLEMS,
  STATEMENT_REVIEWED,
} from '../../src/lib/about/accessibility-statement.ts';
import { contactChannels, NO_CONTACT_TEXT } from '../../src/lib/about/contact-channels.ts';
import { readContacts } from '../../src/lib/contacts.ts';
import { formatDate } from '../../src/lib/format.ts';
import { ACCESSIBILITY_PATH, isEmbedPath, PRIVACY_PATH } from '../../src/lib/paths.ts';
import { tags, visibleText } from '../support/html.ts';
import { assertNone } from '../support/report.ts';
import { browserSample } from '../support/sample.ts';
import { builtPages, distDir, onePerType, readBuilt, sitemapUrls } from '../support/site.ts';

const ABOUT_PAGES = [ACCESSIBILITY_PATH, PRIVACY_PATH];

/** The links in the page's footer: the <footer> after <main> (a quotation's <footer> sits inside it). */
function footerLinks(html: string): string[] {
  const afterMain = html.slice(html.lastIndexOf('</main>'));
  const footer = /<footer[\s>][\s\S]*?<\/footer>/.exec(afterMain)?.[0] ?? '';
  return tags(footer).flatMap((tag) => (tag.name === 'a' ? [tag.attributes.get('href') ?? ''] : []));
}

describe('footer', () => {
  test('every page links to the accessibility statement and the privacy page', () => {
    const problems: string[] = [];
    // Embeds are fragments for other sites' iframes; redirects have no body.
    for (const page of builtPages().filter((page) => !page.isRedirect && !isEmbedPath(page.urlPath))) {
      const links = footerLinks(readFileSync(page.file, 'utf8'));
      const missing = ABOUT_PAGES.filter((path) => !links.includes(path));
      if (missing.length > 0) problems.push(`${page.urlPath}: no footer link to ${missing.join(', ')}`);
    }
    assertNone('Pages whose footer lacks a link to the statement or the privacy page', problems);
  });
});

describe('browser checks', () => {
  test('axe, the phone widths and the keyboard and no-JavaScript journeys all visit both pages', () => {
    const urls = sitemapUrls();
    for (const sample of [browserSample(urls, AXE_SAMPLE_SIZE), browserSample(urls), onePerType(urls)]) {
      expect(sample).toEqual(expect.arrayContaining(ABOUT_PAGES));
    }
  });
});

describe('search index', () => {
  test('holds both pages with their text', () => {
    const dir = join(distDir(), 'pagefind', 'fragment');
    const files = readdirSync(dir).map((name) => ({
      path: `fragment/${name}`,
      content: readFileSync(join(dir, name)),
    }));
    const pages = new Map(indexedPages(files).map((page) => [page.url, page.text]));
    expect(pages.get(ACCESSIBILITY_PATH)).toContain('Overholdelsesstatus');
    expect(pages.get(PRIVACY_PATH)).toContain('localStorage');
  });
});

describe(ACCESSIBILITY_PATH, () => {
  const text = visibleText(readBuilt(ACCESSIBILITY_PATH));

  test.for(ACCESSIBILITY_CHECKS.map((check) => [check.name, check.testFile]))(
    'names the check "%s" and its test file %s',
    ([name = '', testFile = '']) => {
      expect(text).toContain(`${name}.`);
      expect(text).toContain(testFile);
    },
  );

  test('gives the status, every known problem and the date of the last review', () => {
    expect(text).toContain(CONFORMANCE_STATUS);
    for (const problem of KNOWN_PROBLEMS) expect(text).toContain(problem.criterion);
    expect(text).toContain(`senest gennemgået den ${formatDate(STATEMENT_REVIEWED)}`);
  });
});

// The test process has the environment the build had when the site tests built it (tests/setup/site.ts).
describe.for(ABOUT_PAGES)('contacts on %s', (path) => {
  const channels = contactChannels(readContacts(process.env));

  test('are the configured ones, or the page says that none is configured', () => {
    const html = readBuilt(path);
    if (channels.length === 0) expect(visibleText(html)).toContain(NO_CONTACT_TEXT);
    for (const channel of channels) expect(html).toContain(`href="${channel.href}"`);
  });
});
