import type { ChartTable, TableRow } from '../lib/charts/chart-table.ts';

/** Reads a table written by tableHtml back into a ChartTable, so CSV matches what is shown. */
export function readTable(table: HTMLTableElement): ChartTable {
  const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr): TableRow => ({
    key: tr.dataset['key'] ?? '',
    header: tr.querySelector('th')?.textContent ?? '',
    cells: [...tr.querySelectorAll<HTMLTableCellElement>('td')].map((td) => {
      const raw = td.dataset['value'];
      return { text: td.textContent ?? '', value: raw === undefined ? null : Number(raw) };
    }),
  }));
  return {
    caption: table.caption?.textContent ?? '',
    columns,
    keyColumn: table.dataset['keyColumn'] ?? 'key',
    csvKeepsHeader: table.hasAttribute('data-csv-keeps-header'),
    rows,
  };
}
