import { ascending, extent } from 'd3-array';
import { FORMAT_LABELS } from './sources.ts';
import type { ImportReport } from './import-snapshot.ts';

/** The lines the importer prints after writing a snapshot. */
export function formatReport(report: ImportReport): string[] {
  const { observations, previous, table } = report;
  const periods = [...new Set(observations.map((row) => row.period))].sort(ascending);
  const [first, last] = extent(periods);
  const count = (status: string): number => observations.filter((row) => row.status === status).length;
  const lines = [
    `Wrote ${report.file} from ${FORMAT_LABELS[report.table.format]} (${table.sheet === undefined ? table.encoding : `sheet '${table.sheet}'`})`,
    `  rows: ${observations.length}, areas: ${new Set(observations.map((row) => row.area)).size}`,
    `  periods: ${first ?? '–'} – ${last ?? '–'} (${periods.length})`,
    `  suppressed: ${count('suppressed')}, missing: ${count('missing')}`,
  ];
  if (previous) {
    const { summary } = previous;
    const range = summary.firstRevisedPeriod
      ? `, revised periods ${summary.firstRevisedPeriod} – ${summary.lastRevisedPeriod}`
      : '';
    lines.push(
      `  against ${previous.date}: ${summary.changed} values revised, ${summary.statusChanged} statuses changed, ${summary.added} rows added, ${summary.removed} removed${range}`,
    );
  } else {
    lines.push('  first snapshot of this indicator');
  }
  lines.push(`  added to ${report.manifest}`);
  return lines;
}
