import type { ChartTable } from '../chart-table.ts';
import { escapeXml } from '../text.ts';

/**
 * A chart's numbers as an HTML table. Rows and cells carry their raw key and value as data
 * attributes so the browser can rebuild the CSV from the table shown. Server and browser
 * share this function, so a table redrawn for another municipality is the same markup.
 */
export function tableHtml(table: ChartTable, id: string): string {
  const head = table.columns
    .map((column, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeXml(column)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const value = cell.value === null ? '' : ` data-value="${cell.value}"`;
          return `<td class="num"${value}>${escapeXml(cell.text)}</td>`;
        })
        .join('');
      return `<tr data-key="${escapeXml(row.key)}"><th scope="row">${escapeXml(row.header)}</th>${cells}</tr>`;
    })
    .join('');
  return (
    `<table class="chart-table" id="${escapeXml(id)}" data-key-column="${escapeXml(table.keyColumn)}"` +
    `${table.csvKeepsHeader ? ' data-csv-keeps-header' : ''}>` +
    `<caption>${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}
