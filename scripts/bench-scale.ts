/**
 * `npm run bench:scale`: builds two synthetic sites far larger than the real one
 * (see scripts/lib/synthetic-site.ts) with the real code, search index included,
 * and prints pages, seconds, pages/s, peak memory, output and index size, and how
 * each grows from the smaller to the larger size. Temporary files go to .bench/.
 * `--keep` leaves them for inspection; `--size L` builds one size only.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtPagesIn, walkFiles } from './lib/built-pages.ts';
import { measure } from './lib/measure-process.ts';
import { tail } from './lib/run.ts';
import { generateSyntheticSite } from './lib/synthetic-site.ts';
import type { SyntheticSize } from './lib/synthetic-site.ts';

const { values } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, size: { type: 'string', multiple: true } },
});

const allSizes: Array<{ name: string; size: SyntheticSize }> = [
  { name: 'S', size: { extraLetters: 10, indicatorCopies: 3, extraSnapshots: 2, extraGoals: 10 } },
  { name: 'M', size: { extraLetters: 20, indicatorCopies: 6, extraSnapshots: 4, extraGoals: 25 } },
  { name: 'L', size: { extraLetters: 30, indicatorCopies: 9, extraSnapshots: 6, extraGoals: 40 } },
];
// `--size L` builds only the named sizes.
const sizes = values.size ? allSizes.filter(({ name }) => values.size!.includes(name)) : allSizes;

interface Result {
  name: string;
  pages: number;
  seconds: number;
  peakMb: number;
  outputMb: number;
  indexMb: number;
}

const megabytes = (bytes: number): number => bytes / 1024 / 1024;
const folderBytes = (dir: string): number =>
  existsSync(dir) ? walkFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;

const root = process.cwd();
const benchDir = resolve('.bench');
const results: Result[] = [];
for (const { name, size } of sizes) {
  const target = join(benchDir, name);
  rmSync(target, { recursive: true, force: true });
  console.log(`\n${name}: generating (${JSON.stringify(size)})…`);
  const { contentDir, dataDir } = await generateSyntheticSite(root, target, size);
  const outDir = join(target, 'dist');
  console.log(`${name}: building…`);
  const build = await measure(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      'scripts/build.ts',
      '--outDir',
      outDir,
    ],
    {
      cwd: target,
      env: {
        ...process.env,
        SITE_CONTENT_DIR: contentDir,
        SITE_DATA_DIR: dataDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (build.code !== 0) {
    console.error(`bench:scale: the ${name} build failed:\n${tail(build.output, 60)}`);
    process.exit(1);
  }
  const result: Result = {
    name,
    pages: builtPagesIn(outDir).length,
    seconds: build.seconds,
    peakMb: megabytes(build.peakRssBytes),
    outputMb: megabytes(folderBytes(outDir)),
    indexMb: megabytes(folderBytes(join(outDir, 'pagefind'))),
  };
  results.push(result);
  console.log(`${name}: ${result.pages} pages in ${result.seconds.toFixed(1)} s`);
  if (!values.keep) rmSync(target, { recursive: true, force: true });
}

const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;
console.log(`\n${row(['Size', 'Pages', 'Build s', 'Pages/s', 'Peak RSS MB', 'Output MB', 'Index MB'])}`);
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const r of results) {
  const cells = [r.pages, r.seconds.toFixed(1), (r.pages / r.seconds).toFixed(1), r.peakMb.toFixed(0)];
  console.log(row([r.name, ...cells, r.outputMb.toFixed(1), r.indexMb.toFixed(1)]));
}
const small = results[0];
const large = results.at(-1);
if (small && large && small !== large) {
  const ratio = (a: number, b: number): string => `${(b / a).toFixed(2)}×`;
  console.log(
    `\nGrowth ${small.name} → ${large.name}: pages ${ratio(small.pages, large.pages)}, time ${ratio(small.seconds, large.seconds)}, ` +
      `memory ${ratio(small.peakMb, large.peakMb)}, output ${ratio(small.outputMb, large.outputMb)}, ` +
      `index ${ratio(small.indexMb, large.indexMb)}`,
  );
}
