/** Escapes text for use in SVG/HTML content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A generous estimate of rendered text width for the site's sans-serif stack. Geometry
 * runs at build time without fonts, so margins are sized from this, not measured.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

/** "A", "A og B", "A, B og C". */
export function joinDanish(items: readonly string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
    : (items[0] ?? '');
}

/** Rounds a coordinate to two decimals so SVG output stays short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
