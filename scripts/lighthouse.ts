/**
 * `npm run lighthouse`: serves dist/ locally and runs Lighthouse (mobile
 * defaults, offline on 127.0.0.1) on one page of each type, printing the four
 * category scores. Not part of `npm test`: scores vary with the machine's load.
 * `--pages /,/2024/` picks pages; `--json <file>` writes the scores.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPagesIn } from './lib/built-pages.ts';
import { chromiumFlags, chromiumPath } from './lib/chromium.ts';
import { onePerType, pageType } from './lib/page-types.ts';
import { startServer } from './lib/static-server.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number | null>;

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    pages: { type: 'string' },
    json: { type: 'string' },
  },
});

if (!existsSync(values.root)) {
  console.error(`lighthouse: ${values.root}/ does not exist; run \`npm run build\` first`);
  process.exit(1);
}
const pages =
  values.pages?.split(',') ??
  onePerType(
    builtPagesIn(values.root)
      .filter((page) => !page.isRedirect && page.urlPath !== '/404.html')
      .map((page) => page.urlPath),
  );

const server = await startServer({ root: values.root, port: 0 });
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: chromiumFlags });
const results: Array<{ page: string; type: string; scores: Scores }> = [];
try {
  for (const page of pages) {
    const run = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
    const scores = Object.fromEntries(
      categories.map((category) => {
        const score = run.lhr.categories[category]?.score;
        return [category, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ) as Scores;
    results.push({ page, type: pageType(page), scores });
    const why = Object.values(run.lhr.audits).find((audit) => audit.errorMessage)?.errorMessage;
    if (scores.performance === null && why) console.log(`  (no performance score: ${why})`);
    console.log(
      `${page.padEnd(44)} ${categories.map((category) => `${category} ${scores[category] ?? '–'}`).join('  ')}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}

if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
}
const lowest = (category: (typeof categories)[number]): number =>
  Math.min(...results.flatMap((result) => result.scores[category] ?? []));
console.log(`\nLowest: ${categories.map((category) => `${category} ${lowest(category)}`).join(', ')}`);
