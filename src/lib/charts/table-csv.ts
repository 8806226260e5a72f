import type { ChartTable } from './chart-table.ts';
import { SAMPLE_LABEL } from '../site.ts';

/**
 * The table as CSV: plain numbers with a decimal dot, empty where absent, LF line ends.
 * Written by hand rather than with papaparse because it also runs in the browser, where
 * the page's script budget is small. Sample data gets a leading "#" comment line.
 */
export function tableToCsv(table: ChartTable, { sample = false }: { sample?: boolean } = {}): string {
  const header = [table.keyColumn, ...(table.csvKeepsHeader ? table.columns : table.columns.slice(1))];
  const rows = table.rows.map((row) => [
    row.key,
    ...(table.csvKeepsHeader ? [row.header] : []),
    ...row.cells.map((cell) => (cell.value === null ? '' : String(cell.value))),
  ]);
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(','));
  return `${sample ? `# ${SAMPLE_LABEL}\n` : ''}${lines.join('\n')}\n`;
}

function csvField(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
