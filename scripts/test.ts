/**
 * `npm test`: the static checks first (each stops the run with a clear message),
 * then every vitest project in one run, then one closing line that CI counts:
 * `Tests: N passed, N failed` (`, N skipped` when some were skipped).
 * `npm test -- --vitest-only` skips the static checks; other arguments go to vitest.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from './lib/run.ts';

const resultsFile = 'test-results/vitest.json';
const bin = (name: string): string => `node_modules/.bin/${name}`;

interface Step {
  name: string;
  command: string;
  args: string[];
  hint: string;
}

const scripts =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};

// The static checks are `npm run check` (types, lint, format): one list of them, in package.json.
const steps: Step[] = [
  {
    name: 'npm run check',
    command: 'npm',
    args: ['run', '--silent', 'check'],
    hint: 'fix the type, lint or format problems above (`npx prettier --write <file>` formats a file)',
  },
];
if (scripts['check:snapshots']) {
  steps.push({
    name: 'check:snapshots',
    command: 'npm',
    args: ['run', '--silent', 'check:snapshots'],
    hint: 'a data snapshot is invalid or was edited',
  });
}

const vitestOnly = process.argv.includes('--vitest-only');
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--vitest-only');

const started = performance.now();
for (const step of vitestOnly ? [] : steps) {
  console.log(`\n▶ ${step.name}`);
  const result = await run(step.command, step.args, { echo: true });
  if (result.code !== 0) {
    console.error(
      `\n✗ npm test stopped: ${step.name} failed (exit ${result.code}) after ${result.seconds.toFixed(1)} s; ${step.hint}.`,
    );
    process.exit(1);
  }
  console.log(`✓ ${step.name} (${result.seconds.toFixed(1)} s)`);
}

console.log('\n▶ vitest (projects unit and site)');
mkdirSync('test-results', { recursive: true });
rmSync(resultsFile, { force: true });
const vitest = await run(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...vitestArgs],
  { echo: true },
);

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

if (!existsSync(resultsFile)) {
  console.error(`\n✗ npm test: vitest wrote no report (exit ${vitest.code}); see its output above.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as JsonReport;
const skipped = report.numPendingTests + report.numTodoTests;
// A file that fails to load has no tests of its own: count it as a failure.
const failed = Math.max(
  report.numFailedTests,
  report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0,
);
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\nnpm test took ${minutes} min; vitest report in ${resultsFile}`);
console.log(
  `Tests: ${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
if (failed === 0 && vitest.code !== 0) {
  console.error(
    `vitest exited with ${vitest.code} although no test failed (an unhandled error?); see above.`,
  );
}
process.exit(failed > 0 || vitest.code !== 0 ? 1 : 0);
