/**
 * The municipality a no-JavaScript chart picker asked for (`/kommuner/?kommune=751`), if it
 * is one of the known codes. A 4-digit code with a leading zero ("0751") is accepted too.
 */
export function requestedKommune(href: string, known: readonly string[]): string | null {
  const raw = new URL(href).searchParams.get('kommune')?.trim() ?? '';
  const code = /^0\d{3}$/.test(raw) ? raw.slice(1) : raw;
  return known.includes(code) ? code : null;
}
