import { formatDate } from '../format.ts';
import { SAMPLE_DATA_PATH } from '../paths.ts';
import { joinDanish } from '../format.ts';
import type { IndicatorMeta } from './indicator-meta.ts';

/** Where figures come from, as a chart, table, download, feed item or preview image says it. */
export interface SourceLine {
  /** "Kilde: Jobindsats.dk (MM13)", or for sample data "Eksempeldata, dannet efter Jobindsats' måling MM13". */
  text: string;
  /** The same under a heading "Kilde": "Jobindsats.dk (MM13)", or the sample sentence as it is. */
  detail: string;
  /** The source's own page, or for sample data the page that explains it. */
  href: string | undefined;
}

type SourceMeta = Pick<IndicatorMeta, 'sample' | 'source'>;

/**
 * The one rule for naming the source of indicator figures. Generated sample figures never name
 * Jobindsats as their source: they say what they are and which measure they were modelled on.
 * One or more indicators, e.g. a chart of every indicator on the front page.
 */
export function sourceLineOf(indicators: SourceMeta | readonly SourceMeta[]): SourceLine {
  const list: readonly SourceMeta[] = Array.isArray(indicators) ? indicators : [indicators as SourceMeta];
  const measures = joinDanish(list.map((meta) => meta.source.measure));
  if (list.some((meta) => meta.sample)) {
    const noun = list.length === 1 ? 'måling' : 'målinger';
    const text = `Eksempeldata, dannet efter Jobindsats' ${noun} ${measures}`;
    return { text, detail: text, href: SAMPLE_DATA_PATH };
  }
  const first = list[0]!;
  const detail = `${first.source.name} (${list.map((meta) => meta.source.measure).join(', ')})`;
  return { text: `Kilde: ${detail}`, detail, href: list.length === 1 ? first.source.url : undefined };
}

/** The source line with the snapshot date: "… · data pr. 3. marts 2025". */
export function sourceLineWithDate(indicators: SourceMeta | readonly SourceMeta[], dataDate: string): string {
  return `${sourceLineOf(indicators).text} · data pr. ${formatDate(dataDate)}`;
}
