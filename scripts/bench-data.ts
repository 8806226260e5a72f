// `npm run bench:data`: parses and validates a 1,000,000-row snapshot and compares it with a bare
// papaparse parse of the same file. Each phase runs in its own process so its peak memory is its own.
// `--write` puts the figures into BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { readAreaTable } from '../src/lib/data/areas.ts';
import { CANONICAL_HEADER, parseSnapshot } from '../src/lib/data/snapshot.ts';
import { updateBenchmarkSection } from './lib/benchmarks-md.ts';

const ROWS = 1_000_000;
const areaCodes: ReadonlySet<string> = new Set((await readAreaTable('data')).byCode.keys());
const RUNS = 3;
const { values } = parseArgs({
  options: {
    phase: { type: 'string' },
    file: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});

/** A valid snapshot: every area, months from year 1200 on, a suppressed row now and then. */
function writeBigSnapshot(file: string): void {
  const codes = [...areaCodes];
  const lines = [CANONICAL_HEADER];
  for (let row = 0; row < ROWS; row += 1) {
    const month = Math.floor(row / codes.length);
    const period = `${1200 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const numerator = row % 997;
    lines.push(
      row % 50 === 0
        ? `${codes[row % codes.length]},${period},,,,suppressed`
        : `${codes[row % codes.length]},${period},${Math.round((numerator / 1000) * 1000) / 10},${numerator},1000,ok`,
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

interface PhaseResult {
  rows: number;
  ms: number;
  maxRssMb: number;
}

function runPhase(phase: string, file: string): PhaseResult {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--phase', phase, '--file', file],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as PhaseResult;
}

if (values.phase) {
  const text = readFileSync(values.file!, 'utf8');
  const start = performance.now();
  const rows =
    values.phase === 'bare'
      ? Papa.parse(text, { header: true, skipEmptyLines: true }).data.length
      : parseSnapshot(text, { file: values.file!, unit: 'pct', periodicity: 'month', areaCodes }).length;
  const ms = performance.now() - start;
  console.log(JSON.stringify({ rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const folder = mkdtempSync(join(tmpdir(), 'bench-data-'));
  try {
    const file = join(folder, 'snapshot.csv');
    writeBigSnapshot(file);
    const best = { bare: [] as PhaseResult[], validate: [] as PhaseResult[] };
    for (let run = 0; run < RUNS; run += 1) {
      best.bare.push(runPhase('bare', file));
      best.validate.push(runPhase('validate', file));
    }
    const fastest = (results: PhaseResult[]): PhaseResult => results.reduce((a, b) => (b.ms < a.ms ? b : a));
    const bare = fastest(best.bare);
    const validate = fastest(best.validate);
    const perSecond = (result: PhaseResult): number => Math.round((result.rows / result.ms) * 1000);
    const peak = (results: PhaseResult[]): number =>
      Math.round(Math.max(...results.map((result) => result.maxRssMb)));
    const figures = {
      rows: validate.rows,
      validateRowsPerSecond: perSecond(validate),
      bareRowsPerSecond: perSecond(bare),
      ratio: perSecond(validate) / perSecond(bare),
      validatePeakMb: peak(best.validate),
      barePeakMb: peak(best.bare),
      fileMb: readFileSync(file).length / 1e6,
    };
    console.log(
      `rows: ${figures.rows}, file ${figures.fileMb.toFixed(1)} MB, best of ${RUNS} runs per phase`,
    );
    console.log(
      `parseSnapshot (parse + validate): ${figures.validateRowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${figures.validatePeakMb} MB`,
    );
    console.log(
      `bare papaparse (header, skipEmptyLines): ${figures.bareRowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${figures.barePeakMb} MB`,
    );
    console.log(
      `ratio: ${figures.ratio.toFixed(2)} of bare papaparse speed (target ≥ 0.5); peak under 1 GB: ${figures.validatePeakMb < 1024 ? 'yes' : 'NO'}`,
    );
    if (values.write) updateBenchmarkSection('BENCHMARKS.md', figures);
    if (figures.ratio < 0.5 || figures.validatePeakMb >= 1024) process.exitCode = 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
