/*
 * Fixed-decimal Danish numbers for chart labels: what `danishNumberLocale.format(',.Nf')`
 * in ../format.ts writes (thousands dot, decimal comma, U+2212 minus), without d3-format's
 * general specifier machinery (about 2 KB gzip) in the municipality picker's browser bundle.
 * tests/unit/lib/charts/danish-number.test.ts holds the two to the same output.
 */

/** "1.234", "12,5", "−0,8": a number with a fixed count of decimals. */
export function formatFixed(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  // Like d3-format, a value that rounds to zero loses its minus sign.
  const negative = (value < 0 || Object.is(value, -0)) && Number(fixed) !== 0;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '\u2212' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** The decimals that tell apart ticks `step` apart: d3-format's precisionFixed. */
export function decimalsForStep(step: number): number {
  const exponent = Number(Math.abs(step).toExponential().split('e')[1]);
  return Number.isNaN(exponent) ? 0 : Math.max(0, -exponent);
}
