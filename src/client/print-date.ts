/**
 * Dates the address line that a printed page carries (PrintAddress.astro) with the day the
 * reader opened the page. Intl rather than lib/format.ts keeps d3 out of a script every page loads.
 */
const DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

export function datePrintAddress(today: Date = new Date()): void {
  for (const target of document.querySelectorAll('[data-print-date]')) {
    target.textContent = ` · hentet ${DAY.format(today)}`;
  }
}
