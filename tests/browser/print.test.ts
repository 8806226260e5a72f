/**
 * A municipality's goal page printed for a council paper, through Chromium's own PDF output:
 * no controls and no navigation, each chart figure whole on one page (its title, sample label,
 * summary and source line on the same page), the page's address and the day, and the sample
 * label. The PDF's text is read with pdftotext (poppler-utils; .ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { SAMPLE_LABEL } from '../../src/lib/site.ts';
import { test } from '../support/browser-test.ts';
import { assertNone } from '../support/report.ts';
import { sitemapUrls } from '../support/site.ts';

/** Aarhus' goal pages: /kommuner/aarhus/<goal-slug>/. */
const goalPages = sitemapUrls().filter((path) => /^\/kommuner\/aarhus\/[^/]+\/$/.test(path));

/** Words that only controls and navigation carry, never the printed content. */
const CONTROL_TEXT = [
  /Tilføj/,
  /\bHent\b/,
  /Sammenlign Aarhus med andre kommuner/,
  /Se tallene som tabel/,
  /Brødkrumme|Hovedmenu/,
  /\bSøg\b/,
  /Om sitet/,
];

let folder = '';

beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch (error) {
    throw new Error('pdftotext is missing: apt-get install poppler-utils (.ci/run does)', { cause: error });
  }
  folder = mkdtempSync(join(tmpdir(), 'print-'));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The text of each PDF page, whitespace collapsed so that wrapped lines read as one. */
function pdfPages(pdf: Buffer): string[] {
  const file = join(folder, 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('a printed municipality goal page', () => {
  test('Aarhus has goal pages to print', () => {
    expect(goalPages.length).toBeGreaterThan(0);
  });

  test.for(goalPages)(
    '%s prints without controls, with whole figures, address and day',
    async (urlPath, { openPage }) => {
      const { page, visit } = await openPage({ width: 1280 });
      await visit(urlPath);
      // The day is written by a script that loads after the page; a reader prints later still.
      await page
        .waitForFunction(() => document.querySelector('[data-print-date]')?.textContent, null, {
          timeout: 15_000,
        })
        .catch(() => undefined);
      const figures = await page.locator('figure.chart-figure').evaluateAll((all) =>
        all.map((figure) => ({
          title: figure.querySelector('.chart-title')?.textContent ?? '',
          summary: figure.querySelector('.chart-summary')?.textContent ?? '',
          source: figure.querySelector('.chart-source')?.textContent ?? '',
          sample: figure.querySelector('.sample-label') !== null,
        })),
      );
      const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
      const text = pages.join(' ');

      assertNone(
        `${urlPath} printed: control or navigation text`,
        CONTROL_TEXT.filter((pattern) => pattern.test(text)).map(String),
      );
      expect(text, 'the page address').toContain(`beskaeftigelsesmaal.dk${urlPath}`);
      expect(text, 'the day it was fetched').toMatch(/hentet \d{1,2}\. [a-zæøå]+ \d{4}/);

      for (const figure of figures) {
        const [title = '', ...rest] = [figure.title, figure.summary, figure.source].map((part) =>
          collapse(part).slice(0, 50),
        );
        const onPage = pages.find((pageText) => pageText.includes(title));
        expect(onPage, `the page with "${title}"`).toBeDefined();
        for (const part of rest)
          expect(onPage, `"${title}" on one page with what follows it`).toContain(part);
        if (figure.sample) expect(onPage, `sample label beside "${title}"`).toContain(SAMPLE_LABEL);
      }
    },
  );
});
