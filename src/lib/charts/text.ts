/** The chart text size in CSS px at a scale of 1: labels, ticks, legends. */
export const FONT_SIZE = 13;

/** The smallest chart text (notes under a chart); never below 11 px on screen. */
export const SMALL_FONT_SIZE = 12;

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
export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

/** Ends a sentence with a full stop, unless it already ends with one (as "pct." does). */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** Rounds a coordinate to two decimals so SVG output stays short and stable. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
