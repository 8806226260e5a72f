/**
 * A chart figure's numbers, written beside the page that shows the figure: the clean CSV
 * `/kommuner/aarhus/opkvalificering-graf.csv`, or for Excel `/kommuner/aarhus/opkvalificering-graf-excel.csv`.
 */
export function figureCsvPath(pagePath: string, figureId: string, format: 'csv' | 'excel'): string {
  const folder = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return `${folder}${figureId}${format === 'excel' ? '-excel' : ''}.csv`;
}
