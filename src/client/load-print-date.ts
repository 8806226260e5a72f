/**
 * On every page: dates the address line of a printed page. Loading through import() keeps Astro
 * from inlining this script, which the CSP would block (as load-highlight.ts does).
 */
if (document.querySelector('[data-print-date]')) {
  void import('./print-date.ts').then(({ datePrintAddress }) => datePrintAddress());
}
