import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export const HEADING = '## Data: parse and validate (npm run bench:data)';

export interface DataBenchFigures {
  rows: number;
  validateRowsPerSecond: number;
  bareRowsPerSecond: number;
  ratio: number;
  validatePeakMb: number;
  barePeakMb: number;
  fileMb: number;
}

/** Replaces (or appends) this benchmark's section of BENCHMARKS.md, leaving every other section alone. */
export function updateBenchmarkSection(path: string, figures: DataBenchFigures): void {
  const number = (value: number): string => value.toLocaleString('en');
  const section = [
    HEADING,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `The machine is shared with other jobs: load average ${loadavg()[0]!.toFixed(1)} when the figures were written, so absolute rates vary from run to run; the ratio is the stable figure.`,
    `Input: a generated canonical snapshot of ${number(figures.rows)} rows (${figures.fileMb.toFixed(1)} MB); each phase runs in its own process, best of 3.`,
    '',
    '| Phase | Rows/s | Peak RSS |',
    '| --- | ---: | ---: |',
    `| \`parseSnapshot\` (parse + validate) | ${number(figures.validateRowsPerSecond)} | ${figures.validatePeakMb} MB |`,
    `| bare papaparse (\`header: true, skipEmptyLines\`) | ${number(figures.bareRowsPerSecond)} | ${figures.barePeakMb} MB |`,
    '',
    `Validation runs at ${figures.ratio.toFixed(2)}× the speed of a bare papaparse parse (target: at least 0.5×), peak memory ${figures.validatePeakMb} MB (target: under 1 GB).`,
    '',
  ].join('\n');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(HEADING);
  if (start === -1) {
    writeFileSync(path, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + HEADING.length);
  writeFileSync(path, `${current.slice(0, start)}${section}${next === -1 ? '' : current.slice(next + 1)}`);
}
