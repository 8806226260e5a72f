/**
 * The widths the server draws each chart at. CSS shows the widest drawing that is not wider
 * than the chart's column and stretches it to the column, so text grows by at most 1.25×
 * (13 px text stays between 13 and 16.25 px). chart-figure.css states these numbers in its
 * container queries; a unit test holds it to them.
 */
export const CHART_WIDTHS = [280, 350, 440, 550] as const;

/** Embeds can be framed at any width, so they get two wider drawings too. */
export const EMBED_WIDTHS = [...CHART_WIDTHS, 690, 860] as const;

/** How far CSS may stretch a drawing before the next one takes over (each drawing's max-width). */
export const MAX_STRETCH = 1.25;
