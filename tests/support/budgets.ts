/** Size limits per page type, gzip-compressed bytes (see BENCHMARKS.md). */
export interface Budget {
  kind: string;
  htmlAndCss: number;
  javascript: number;
}

const KB = 1024;

/** Letter and goal pages: /YYYY/, /YYYY/maal/*, /maal/* */
const letterOrGoal = /^\/(\d{4}\/(maal\/.*)?|maal\/.+)$/;
/** Indicator, municipality and region pages carry charts and tables. */
const dataPage = /^\/(indikatorer|kommuner|regioner)\/.+/;

export function budgetFor(urlPath: string): Budget {
  if (letterOrGoal.test(urlPath)) return { kind: 'letter/goal', htmlAndCss: 30 * KB, javascript: 15 * KB };
  if (dataPage.test(urlPath)) return { kind: 'indicator/area', htmlAndCss: 80 * KB, javascript: 15 * KB };
  return { kind: 'other', htmlAndCss: 30 * KB, javascript: 15 * KB };
}

export function kilobytes(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
