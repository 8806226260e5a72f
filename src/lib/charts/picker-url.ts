/** The JSON URL for one area: "/data/mm13/{kommune}.json" → "/data/mm13/751.json". */
export function chartDataUrl(template: string, code: string): string {
  return template.replace('{kommune}', encodeURIComponent(code));
}

/** The page URL with the picked area in the query (or without it), keeping path and hash. */
export function urlWithArea(href: string, param: string, code: string | null): string {
  const url = new URL(href);
  if (code === null) url.searchParams.delete(param);
  else url.searchParams.set(param, code);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The area named in the page URL, if it is one the picker offers. */
export function areaFromUrl(href: string, param: string, known: readonly string[]): string | null {
  const code = new URL(href).searchParams.get(param);
  return code !== null && known.includes(code) ? code : null;
}
