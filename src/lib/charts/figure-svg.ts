import type { ChartTable } from './chart-table.ts';
import type { FocusData } from './focus.ts';
import { svgDocument } from './render/svg-document.ts';
import type { ValueFormat } from './types.ts';

/** What every figure needs besides its data. */
export interface FigureOptions {
  /** Base for element ids; unique on the page. */
  id: string;
  title: string;
  /** The one-sentence summary, also the SVG's <desc>; default: the chart's summarize function. */
  summary?: string | undefined;
  /** The noun the default summary uses: "andelen", "antallet" (default "værdien"). */
  subject?: string | undefined;
  format: ValueFormat;
  sample?: boolean | undefined;
  /** Lines under the chart inside the SVG, from footerLines: source and data date travel with downloads. */
  footer?: readonly string[] | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/** The ready-to-render pieces of a chart figure. */
export interface FigureParts {
  summary: string;
  svg: string;
  table: ChartTable;
  /** Present for charts over time, for the crosshair tooltip. */
  focus?: FocusData;
}

/** The SVG document of a figure: its body under the sample band, above the footer. */
export function figureSvg(
  options: FigureOptions,
  summary: string,
  size: [number, number],
  body: string,
): string {
  const [width, height] = size;
  return svgDocument({
    id: options.id,
    title: options.title,
    description: summary,
    width,
    height,
    body,
    sample: options.sample ?? false,
    footer: options.footer ?? [],
  });
}

/** The unit over the value axis: the given label, or "Pct." for percentages. */
export function yLabelFor(format: ValueFormat, yLabel: string | undefined): { yLabel?: string } {
  const label = yLabel ?? (format.unit === 'percent' ? 'Pct.' : undefined);
  return label === undefined ? {} : { yLabel: label };
}
