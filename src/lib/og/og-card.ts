import type { ChartSpec } from '../charts/chart-spec.ts';
import { drawChart } from '../charts/draw-chart.ts';
import {
  STANDALONE_PADDING,
  standaloneChromeHeight,
  standaloneSvg,
  type DrawnChart,
  type StandaloneOptions,
} from '../charts/render/svg-document.ts';
import { escapeXml } from '../charts/text.ts';
import { wrapText } from '../charts/wrap-text.ts';

/** Preview images are drawn at half size and rendered at 2×, as the "Hent grafen (PNG)" button does. */
export const OG_IMAGE = { width: 1200, height: 630, scale: 2 } as const;
const WIDTH = OG_IMAGE.width / OG_IMAGE.scale;
const HEIGHT = OG_IMAGE.height / OG_IMAGE.scale;
const BODY_WIDTH = WIDTH - 2 * STANDALONE_PADDING;
/** Below this a chart's axes and labels no longer fit; a title that leaves less stops the build. */
const MIN_BODY_HEIGHT = 150;

/**
 * A page with a preview image: the page's path and how to draw the image as SVG. The drawing
 * waits until its route renders, so a build holds one image at a time, not thousands.
 */
export interface OgPage {
  pagePath: string;
  svg: () => string;
}

/** The words around a preview image's body: the standalone chart's title, sample label and footer. */
export type OgCardText = StandaloneOptions;

/** The height left for the body once title, sample label and footer have their room. */
function bodyHeight(text: OgCardText): number {
  const height = HEIGHT - standaloneChromeHeight(text, BODY_WIDTH);
  if (height < MIN_BODY_HEIGHT)
    throw new Error(
      `Preview image for ${text.url}: the title "${text.title}" leaves no room for the card's body`,
    );
  return height;
}

/**
 * A page's main chart as a preview image: the same document as the "Hent grafen (PNG)" button
 * makes (standaloneSvg), with the chart drawn at full size for the height a 1200 × 630 card leaves.
 */
export function ogChartCard(text: OgCardText, spec: ChartSpec): string {
  const height = bodyHeight(text);
  const at = (h: number): DrawnChart =>
    drawChart(spec.kind === 'line' || spec.kind === 'revision' ? { ...spec, height: h } : spec, BODY_WIDTH);
  let chart = at(height);
  // A legend below the plot adds to the chart's height: give the plot that much less.
  if (chart.height > height) chart = at(2 * height - chart.height);
  if (chart.height !== height)
    throw new Error(
      `Preview image for ${text.url}: the chart is ${chart.height} px high where the card has ${height}`,
    );
  return standaloneSvg(chart, text);
}

const TEXT_SIZE = 14;
const TEXT_LINE = 20;

/** A card without a chart: its lines of text (a goal's wording, a year's goals) in the chart's place. */
export function ogTextCard(text: OgCardText, paragraphs: readonly string[]): string {
  const height = bodyHeight(text);
  const max = Math.floor(height / TEXT_LINE);
  const all = paragraphs.flatMap((paragraph) => wrapText(paragraph, BODY_WIDTH, TEXT_SIZE + 1));
  const shown = all.length <= max ? all : [...all.slice(0, max - 1), `${all[max - 1] ?? ''} …`];
  const body = shown
    .map((line, i) => `<text y="${TEXT_LINE * i + 15}" font-size="${TEXT_SIZE}">${escapeXml(line)}</text>`)
    .join('');
  return standaloneSvg({ width: BODY_WIDTH, height, body }, text);
}
