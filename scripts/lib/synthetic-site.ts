/**
 * A synthetic site many times larger than the real one, for `npm run bench:scale`.
 * It is made by transforming the real content/ and data/, so it stays valid as
 * their formats evolve: letters for extra years (copies of the newest letter),
 * copies of every indicator under new ids, and extra snapshots per indicator.
 * The snapshot manifest is rewritten by `check:snapshots --update`.
 *
 * The target is a project of its own (source copied, node_modules hard-linked)
 * because Astro keeps its content store and module map under the project root:
 * a synthetic build in the real project would leave its entries there.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './run.ts';

export interface SyntheticSize {
  /** Letters added after the real ones, one per year from 2030. */
  extraLetters: number;
  /** Copies of each real indicator, under ids like mm13-s2. */
  indicatorCopies: number;
  /** Snapshots added to every indicator (copies of its newest, dated later). */
  extraSnapshots: number;
  /** Goals added to the registry without an indicator; each adds a page per municipality and region. */
  extraGoals: number;
}

const firstSyntheticYear = 2030;

function addLetters(contentDir: string, count: number): number[] {
  const lettersDir = join(contentDir, 'letters');
  const newest = readdirSync(lettersDir)
    .filter((name) => /^\d{4}\.mdx$/.test(name))
    .sort()
    .at(-1);
  if (!newest) throw new Error(`synthetic site: no letters in ${lettersDir}`);
  const template = readFileSync(join(lettersDir, newest), 'utf8');
  const templateYear = newest.slice(0, 4);
  const years = Array.from({ length: count }, (_, index) => firstSyntheticYear + index);
  for (const year of years) {
    const letter = template
      .replace(/^year: \d{4}$/m, `year: ${year}`)
      .replace(/^(title: .*)$/m, (title) => title.replaceAll(templateYear, String(year)));
    writeFileSync(join(lettersDir, `${year}.mdx`), letter);
  }
  return years;
}

function addGoals(contentDir: string, count: number): void {
  const goalsDir = join(contentDir, 'goals');
  const templates = readdirSync(goalsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (let index = 0; index < count; index += 1) {
    const template = templates[index % templates.length]!;
    const copy = Math.floor(index / templates.length) + 2;
    const text = readFileSync(join(goalsDir, template), 'utf8')
      .replace(/^title: (.*)$/m, `title: $1 (syntetisk kopi ${copy})`)
      .replace(/^number: .*$/m, `number: ${10 + index}`)
      .replace(/^indicator: .*$/m, 'indicator: null');
    writeFileSync(join(goalsDir, template.replace(/\.md$/, `-s${copy}.md`)), text);
  }
}

function laterDate(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

function addSnapshots(indicatorDir: string, count: number): void {
  const snapshotsDir = join(indicatorDir, 'snapshots');
  const newest = readdirSync(snapshotsDir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .at(-1);
  if (!newest) return;
  for (let index = 1; index <= count; index += 1) {
    const date = laterDate(newest.slice(0, 10), index * 7);
    cpSync(join(snapshotsDir, newest), join(snapshotsDir, `${date}.csv`));
  }
}

function copyIndicators(dataDir: string, copies: number): void {
  const indicatorsDir = join(dataDir, 'indicators');
  for (const id of readdirSync(indicatorsDir)) {
    for (let copy = 2; copy <= copies; copy += 1) {
      const copyId = `${id}-s${copy}`;
      cpSync(join(indicatorsDir, id), join(indicatorsDir, copyId), { recursive: true });
      const metaFile = join(indicatorsDir, copyId, 'indicator.json');
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
      meta['id'] = copyId;
      meta['title'] = `${String(meta['title'])} (syntetisk kopi ${copy})`;
      writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    }
  }
}

const projectFiles = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const caches = ['.astro', '.vite', '.cache'];

async function copyProject(root: string, target: string): Promise<void> {
  mkdirSync(target, { recursive: true });
  for (const file of projectFiles) cpSync(join(root, file), join(target, file), { recursive: true });
  const linked = await run('cp', ['-al', join(root, 'node_modules'), join(target, 'node_modules')]);
  if (linked.code !== 0) throw new Error(`could not link node_modules:\n${tail(linked.output)}`);
  for (const cache of caches) rmSync(join(target, 'node_modules', cache), { recursive: true, force: true });
}

/** Makes `target` a copy of the project whose content/ and data/ are a synthetic site. */
export async function generateSyntheticSite(
  root: string,
  target: string,
  size: SyntheticSize,
): Promise<{ contentDir: string; dataDir: string }> {
  const contentDir = join(target, 'content');
  const dataDir = join(target, 'data');
  await copyProject(root, target);
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  addLetters(contentDir, size.extraLetters);
  addGoals(contentDir, size.extraGoals);
  copyIndicators(dataDir, size.indicatorCopies);
  for (const id of readdirSync(join(dataDir, 'indicators'))) {
    addSnapshots(join(dataDir, 'indicators', id), size.extraSnapshots);
  }
  const lock = await run(
    'node',
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      'scripts/check-snapshots.ts',
      '--data-dir',
      dataDir,
      '--update',
    ],
    {
      cwd: root,
    },
  );
  if (lock.code !== 0) throw new Error(`check:snapshots --update failed:\n${tail(lock.output)}`);
  return { contentDir, dataDir };
}
