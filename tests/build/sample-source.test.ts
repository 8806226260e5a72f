/**
 * Generated sample figures never carry a real source's name. Every indicator on the site is
 * sample data today, so no page, download or feed item may say "Kilde: Jobindsats", and every
 * sample badge links to the page that explains the sample data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../scripts/lib/built-pages.ts';
import { indicatorMetaSchema } from '../../src/lib/data/indicator-meta.ts';
import { SAMPLE_DATA_PATH } from '../../src/lib/paths.ts';
import { decodeEntities } from '../support/html.ts';
import { builtPages, distDir, readBuilt } from '../support/site.ts';

const ids = ['mm13', 'mm17', 'kvalificeret-arbejdskraft'];
const metas = ids.map((id) =>
  indicatorMetaSchema.parse(JSON.parse(readFileSync(`data/indicators/${id}/indicator.json`, 'utf8'))),
);
// The credit a chart or table of figures would carry ("Kilde: Jobindsats.dk (MM13)"). A goal's wording
// quoted from a page on jobindsats.dk rightly names it, with the page's title, so that is not matched.
const CREDIT = /Kilde:\s*(?:<[^>]*>\s*)*Jobindsats\.dk\s*(?:<[^>]*>\s*)*\(\s*M/i;

describe('sample figures and their source', () => {
  it('are all sample data, so the rules below are about every indicator', () => {
    expect(metas.every((meta) => meta.sample)).toBe(true);
  });

  it('credit Jobindsats nowhere: no page, CSV, JSON, SVG or feed says "Kilde: Jobindsats.dk (MM…)"', () => {
    const files = walkFiles(distDir()).filter(
      (file) => /\.(html|csv|json|xml|svg)$/.test(file) && !file.includes('/pagefind/'),
    );
    expect(files.length).toBeGreaterThan(100);
    const crediting = files.filter((file) => CREDIT.test(decodeEntities(readFileSync(file, 'utf8'))));
    expect(crediting).toEqual([]);
  });

  it('say under every chart that the figures are generated, modelled on the measure', () => {
    const html = readBuilt('/indikatorer/mm13/');
    const lines = [...html.matchAll(/<p class="chart-source"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
      decodeEntities(m[1]!.replace(/<[^>]+>/g, '')).trim(),
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line).toMatch(
        /^Eksempeldata, dannet efter Jobindsats' måling MM13 · data pr\. \d+\. \w+ \d{4}$/,
      );
    }
  });

  it('link every sample badge on every page to the explanation', () => {
    let badges = 0;
    for (const page of builtPages()) {
      const html = readFileSync(page.file, 'utf8');
      for (const match of html.matchAll(/<(p|span) class="sample-label"[^>]*>([\s\S]*?)<\/\1>/g)) {
        badges += 1;
        expect(match[2], page.urlPath).toMatch(new RegExp(`^<a href="${SAMPLE_DATA_PATH}"`));
      }
    }
    expect(badges).toBeGreaterThan(500);
  });

  it('explain the sample data on one page: what it is, why, the sample indicator and how real data gets in', () => {
    const text = decodeEntities(readBuilt(SAMPLE_DATA_PATH).replace(/<[^>]+>/g, ' '));
    for (const phrase of [
      'npm run fetch-data',
      'npm run import',
      'Eksempelindikator',
      'MM10',
      '"sample": false',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
