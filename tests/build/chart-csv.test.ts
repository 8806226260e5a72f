/**
 * Every chart figure links its numbers as two files that work without JavaScript: a clean CSV
 * (header first, RFC 4180, decimal point, UTF-8 without BOM) and a CSV for Danish Excel (BOM,
 * semicolons, decimal commas). Both are read here with a CSV parser and must hold the numbers
 * of the figure's table; the sample label is a column, never a comment line.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figureCsvPath } from '../../src/lib/paths.ts';
import { decodeEntities } from '../support/html.ts';
import { builtPages, fileForUrlPath } from '../support/site.ts';

interface Figure {
  page: string;
  id: string;
  sample: boolean;
  links: Map<string, { href: string; download: string }>;
  /** The table's rows: key, then each cell's data-value ('' where absent). */
  rows: string[][];
}

function figuresOf(page: string, html: string): Figure[] {
  const parts = html.split(/(?=<figure class="chart-figure")/).slice(1);
  return parts.map((part) => {
    const body = part.slice(0, part.indexOf('</figure>'));
    const links = new Map(
      [
        ...body.matchAll(
          /<a class="chart-download" href="([^"]+)" download="([^"]+)" data-static-download="(\w+)"/g,
        ),
      ].map(([, href = '', download = '', kind = '']) => [kind, { href: decodeEntities(href), download }]),
    );
    const rows = [...body.matchAll(/<tr data-key="([^"]*)">([\s\S]*?)<\/tr>/g)].map(
      ([, key = '', cells = '']) => [
        decodeEntities(key),
        ...[...cells.matchAll(/<td([^>]*)>/g)].map(
          ([, attributes = '']) => /data-value="([^"]*)"/.exec(attributes)?.[1] ?? '',
        ),
      ],
    );
    return {
      page,
      id: /id="([^"]+)"/.exec(body)?.[1] ?? '',
      sample: /<chart-download[^>]*data-sample/.test(body),
      links,
      rows,
    };
  });
}

const figures = builtPages()
  .filter((page) => !page.isRedirect)
  .flatMap((page) => figuresOf(page.urlPath, readFileSync(page.file, 'utf8')));

function read(href: string): string {
  const file = fileForUrlPath(href);
  if (!file) throw new Error(`${href} is linked but was not built`);
  return readFileSync(file, 'utf8');
}

describe('chart figure CSV files', () => {
  it('are linked from every chart figure, beside its page', () => {
    expect(figures.length).toBeGreaterThan(100);
    const wrong = figures.flatMap((figure) =>
      (['csv', 'excel'] as const).flatMap((format) =>
        figure.links.get(format)?.href === figureCsvPath(figure.page, figure.id, format)
          ? []
          : [`${figure.page}#${figure.id}: ${format} → ${figure.links.get(format)?.href ?? 'no link'}`],
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('name sample data in the saved file name', () => {
    const unnamed = figures.filter(
      (figure) =>
        figure.sample &&
        ![...figure.links.values()].every((link) => /-eksempeldata\.(csv|png)$|\.png$/.test(link.download)),
    );
    expect(unnamed.map((figure) => `${figure.page}#${figure.id}`)).toEqual([]);
  });

  it('hold the table of the figure: a clean CSV and an Excel CSV, both read by a CSV parser', () => {
    const problems: string[] = [];
    for (const figure of figures) {
      const where = `${figure.page}#${figure.id}`;
      const clean = read(figure.links.get('csv')?.href ?? '');
      const excel = read(figure.links.get('excel')?.href ?? '');
      if (clean.startsWith('\ufeff') || clean.startsWith('#'))
        problems.push(`${where}: clean CSV starts with a BOM or comment`);
      if (!excel.startsWith('\ufeff')) problems.push(`${where}: Excel CSV has no BOM`);
      const parsedClean = Papa.parse<string[]>(clean, { skipEmptyLines: true });
      const parsedExcel = Papa.parse<string[]>(excel.slice(1), { skipEmptyLines: true });
      if (parsedClean.errors.length > 0 || parsedClean.meta.delimiter !== ',')
        problems.push(`${where}: clean CSV does not parse`);
      if (parsedExcel.errors.length > 0 || parsedExcel.meta.delimiter !== ';')
        problems.push(`${where}: Excel CSV does not parse`);
      const [header = [], ...rows] = parsedClean.data;
      const [excelHeader = [], ...excelRows] = parsedExcel.data;
      const sampleColumn = header.at(-1) === 'bemaerkning' && excelHeader.at(-1) === 'Bemærkning';
      if (sampleColumn !== figure.sample)
        problems.push(`${where}: sample column ${sampleColumn}, sample ${figure.sample}`);
      if (
        figure.sample &&
        ![...rows, ...excelRows].every((row) =>
          /^Eksempeldata, dannet efter Jobindsats' måling/.test(row.at(-1) ?? ''),
        )
      ) {
        problems.push(`${where}: a row lacks the sample label`);
      }
      // A CSV row: the key, the shown name where the table keeps it, the values, the sample label.
      const cellCount = (figure.rows[0]?.length ?? 1) - 1;
      const end = figure.sample ? -1 : undefined;
      const values = (row: string[]): string[] => [row[0] ?? '', ...row.slice(0, end).slice(-cellCount)];
      const number = (cell: string): string => (cell === '' ? '' : String(+Number(cell).toPrecision(12)));
      const expected = figure.rows.map(([key = '', ...cells]) => [key, ...cells.map(number)]);
      const got = rows.map(values);
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        problems.push(`${where}: clean CSV ${JSON.stringify(got[0])} ≠ table ${JSON.stringify(expected[0])}`);
      }
      const gotExcel = excelRows.map((row) => values(row).map((cell) => cell.replace(',', '.')));
      if (
        JSON.stringify(gotExcel.map((row) => row.slice(1))) !==
        JSON.stringify(expected.map((row) => row.slice(1)))
      ) {
        problems.push(`${where}: Excel CSV numbers differ from the table`);
      }
      if (
        excelRows.some((row) =>
          values(row)
            .slice(1)
            .some((cell) => /^-?\d+\.\d+$/.test(cell)),
        )
      ) {
        problems.push(`${where}: Excel CSV has a decimal point`);
      }
    }
    expect(problems).toEqual([]);
  });
});
