import type { SourceLine } from '../../lib/data/source-line.ts';

/** The props every chart component passes straight through to ChartFigure. */
export interface FrameProps {
  /** Unique on the page; the base of every id inside the figure. */
  id: string;
  title: string;
  /** Level of the title heading (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Where the figures come from, as sourceLineOf() words it, and where that is explained. */
  source?: SourceLine | undefined;
  /** ISO date of the data snapshot, shown as "data pr. 1. juni 2024". */
  dataDate?: string;
  /** Generated demonstration data: labelled above the chart, inside the SVG and in the CSV. */
  sample?: boolean;
  /** File name stem for downloads, e.g. "mm13-aarhus". */
  downloadName: string;
  /** A PNG of this chart made at build time (the page's preview image): "Hent grafen (PNG)" links to it. */
  pngHref?: string | undefined;
  /** The widths drawn for CSS to choose from (default CHART_WIDTHS). */
  widths?: readonly number[] | undefined;
}
