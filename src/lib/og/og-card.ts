import type { ChartSpec } from '../charts/chart-spec.ts';
import { drawChart } from '../charts/draw-chart.ts';
import { palette } from '../charts/palette.ts';
import { IMAGE_FONT } from '../charts/render/svg-document.ts';
import { escapeXml, round } from '../charts/text.ts';
import { wrapText } from '../charts/wrap-text.ts';
import { SAMPLE_LABEL, SITE_NAME } from '../site.ts';

/** Preview images are drawn at half size and rendered at 2×, so text reads at the size shared links are shown at. */
export const OG_IMAGE = { width: 1200, height: 630, scale: 2 } as const;
const W = OG_IMAGE.width / OG_IMAGE.scale;
const H = OG_IMAGE.height / OG_IMAGE.scale;
const PAD = 20;
const INNER = W - 2 * PAD;

export interface OgCardText {
  title: string;
  /** The latest figures in a sentence, or the goal's wording. */
  lead: string;
  /** "Kilde: … · data pr. …"; absent on cards without data. */
  source?: string | undefined;
  sample?: boolean | undefined;
  /** The page's address. */
  url: string;
}

function lines(text: string, width: number, size: number, max: number): string[] {
  const all = wrapText(text, width, size);
  return all.length <= max ? all : [...all.slice(0, max - 1), `${all[max - 1] ?? ''} …`];
}

/** Title, lead and footer around a body; returns the document and where the body may go. */
function card(text: OgCardText, body: (top: number, height: number) => string): string {
  const parts: string[] = [];
  let y = PAD;
  if (text.sample) {
    parts.push(
      `<text x="${PAD}" y="${y + 11}" font-size="12" font-weight="700" fill="${palette.sample}">${SAMPLE_LABEL}</text>`,
    );
    y += 20;
  }
  for (const line of lines(text.title, INNER, 21, 2)) {
    parts.push(`<text x="${PAD}" y="${y + 18}" font-size="20" font-weight="700">${escapeXml(line)}</text>`);
    y += 25;
  }
  for (const line of lines(text.lead, INNER, 14, 3)) {
    parts.push(`<text x="${PAD}" y="${y + 16}" font-size="14">${escapeXml(line)}</text>`);
    y += 19;
  }
  const address = text.url.replace(/^https?:\/\//, '');
  const footer = [text.source, `${SITE_NAME}: ${address}`].filter((line): line is string => !!line);
  const footTop = H - PAD - footer.length * 14;
  footer.forEach((line, i) => {
    parts.push(
      `<text x="${PAD}" y="${footTop + 11 + i * 14}" font-size="11" fill="${palette.mutedText}">${escapeXml(lines(line, INNER, 11, 1)[0] ?? '')}</text>`,
    );
  });
  parts.push(body(y + 10, footTop - y - 18));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"` +
    ` font-family="${IMAGE_FONT}" font-size="13" fill="${palette.text}">` +
    `<rect width="${W}" height="${H}" fill="${palette.background}"/>${parts.join('')}</svg>`
  );
}

/** A page's main chart as a preview image: title, latest figures, the chart, source and sample label. */
export function ogChartCard(text: OgCardText, spec: ChartSpec): string {
  return card(text, (top, height) => {
    const sized = spec.kind === 'line' || spec.kind === 'revision' ? { ...spec, height } : spec;
    const chart = drawChart(sized, INNER);
    const scale = Math.min(1, height / chart.height);
    return `<g transform="translate(${PAD},${top}) scale(${round(scale)})">${chart.body}</g>`;
  });
}

/** A goal without data as a preview image: its title and wording. */
export function ogTextCard(text: OgCardText): string {
  return card(text, () => '');
}
