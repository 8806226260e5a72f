import { escapeXml } from '../text.ts';
import { palette } from '../palette.ts';
import { SAMPLE_LABEL } from '../../site.ts';

export interface SvgDocumentOptions {
  /** Base id; the svg's <title> and <desc> get `${id}-svg-title` and `${id}-svg-desc`. */
  id: string;
  title: string;
  description: string;
  /** Size of the chart body; the document adds bands for the sample label and the footer. */
  width: number;
  height: number;
  body: string;
  /** Marks the chart as sample data inside the SVG itself, so downloads carry the label. */
  sample?: boolean;
  /** Lines under the chart, e.g. the source and the data date. */
  footer?: readonly string[];
}

/** Height of the band the sample-data label takes above the chart body. */
export const SAMPLE_BAND = 22;
const FOOTER_LINE = 15;

/** A self-contained SVG document: white background, fonts and colours as attributes. */
export function svgDocument(options: SvgDocumentOptions): string {
  const { id, title, description, width, height, body, sample = false, footer = [] } = options;
  const header = sample ? SAMPLE_BAND : 0;
  const totalHeight = header + height + (footer.length > 0 ? footer.length * FOOTER_LINE + 6 : 0);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${totalHeight}"`,
    ` width="${width}" height="${totalHeight}" role="img"`,
    ` aria-labelledby="${id}-svg-title" aria-describedby="${id}-svg-desc"`,
    ` font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12" fill="${palette.text}">`,
    `<title id="${id}-svg-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-svg-desc">${escapeXml(description)}</desc>`,
    `<rect width="${width}" height="${totalHeight}" fill="${palette.background}"/>`,
  ];
  if (sample) {
    parts.push(
      `<text class="chart-sample" x="4" y="15" font-weight="700" fill="${palette.sample}">${SAMPLE_LABEL}</text>`,
    );
  }
  parts.push(header > 0 ? `<g transform="translate(0,${header})">${body}</g>` : body);
  footer.forEach((line, i) => {
    const y = header + height + 6 + (i + 1) * FOOTER_LINE - 4;
    parts.push(
      `<text class="chart-footer" x="4" y="${y}" font-size="11" fill="${palette.mutedText}">${escapeXml(line)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
