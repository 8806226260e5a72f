import { palette } from '../palette.ts';
import { escapeXml, FONT_SIZE, SMALL_FONT_SIZE } from '../text.ts';
import { wrapText } from '../wrap-text.ts';
import { SAMPLE_LABEL } from '../../site.ts';

/** The font stack of charts on screen; standalone documents name the font the PNGs are made with first. */
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
export const IMAGE_FONT = `Inter, ${CHART_FONT}`;

/** A chart drawn at one width: the marks and the size they need. */
export interface DrawnChart {
  width: number;
  height: number;
  body: string;
  /** Plot box and domains of a chart over time, for the crosshair: "left top right bottom t0 t1 v0 v1". */
  plot?: string | undefined;
}

/**
 * The SVG shown on the page: the chart's marks only, at 1 unit per CSS pixel. Its name and
 * description are the figure's heading and summary, and the figure shows source and sample label.
 */
export function chartSvg(chart: DrawnChart, figureId: string): string {
  const { width, height, body, plot } = chart;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height}"` +
    ` width="${width}" height="${height}" role="img"` +
    ` aria-labelledby="${figureId}-heading" aria-describedby="${figureId}-summary"` +
    (plot ? ` data-plot="${plot}"` : '') +
    ` font-family="${CHART_FONT}" font-size="${FONT_SIZE}" fill="${palette.text}">${body}</svg>`
  );
}

export interface StandaloneOptions {
  title: string;
  description: string;
  sample: boolean;
  /** "Kilde: … · data pr. …", as the figure shows it; empty for a card without data. */
  source: string;
  /** The address of the page the chart belongs to. */
  url: string;
}

/** The margin around a standalone chart. */
export const STANDALONE_PADDING = 12;
const PAD = STANDALONE_PADDING;
const LINE = 18;

/** Title, sample label and footer lines of a standalone chart, and the space they take around it. */
function frame(options: StandaloneOptions, chartWidth: number) {
  const titleLines = wrapText(options.title, chartWidth, 17);
  const bodyTop = PAD + titleLines.length * 22 + (options.sample ? LINE : 0) + 8;
  const footer = [
    ...wrapText(options.source, chartWidth, SMALL_FONT_SIZE),
    ...wrapText(options.url, chartWidth, SMALL_FONT_SIZE),
  ];
  return { titleLines, bodyTop, footer, chrome: bodyTop + 12 + footer.length * 16 + PAD };
}

/** The height a standalone chart's title, sample label and footer add to the chart's own height. */
export function standaloneChromeHeight(options: StandaloneOptions, chartWidth: number): number {
  return frame(options, chartWidth).chrome;
}

/**
 * A chart that travels alone (SVG or PNG download, and the preview image): white background,
 * the title, the sample label, the chart, then source, data date and the page's address under it.
 */
export function standaloneSvg(chart: DrawnChart, options: StandaloneOptions): string {
  const width = chart.width + 2 * PAD;
  const { titleLines, bodyTop, footer, chrome } = frame(options, chart.width);
  const head: string[] = titleLines.map(
    (line, i) =>
      `<text x="${PAD}" y="${PAD + 15 + i * 22}" font-size="16" font-weight="700">${escapeXml(line)}</text>`,
  );
  if (options.sample) {
    head.push(
      `<text x="${PAD}" y="${bodyTop - 8 - LINE + 14}" font-weight="700" fill="${palette.sample}">${SAMPLE_LABEL}</text>`,
    );
  }
  const foot = footer.map(
    (line, i) =>
      `<text x="${PAD}" y="${bodyTop + chart.height + 18 + i * 16}" font-size="${SMALL_FONT_SIZE}" fill="${palette.mutedText}">${escapeXml(line)}</text>`,
  );
  const height = chart.height + chrome;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
    ` font-family="${IMAGE_FONT}" font-size="${FONT_SIZE}" fill="${palette.text}">`,
    `<title>${escapeXml(options.title)}</title><desc>${escapeXml(options.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    ...head,
    `<g transform="translate(${PAD},${bodyTop})">${chart.body}</g>`,
    ...foot,
    '</svg>',
  ].join('');
}
