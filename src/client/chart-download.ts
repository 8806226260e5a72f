import { csvDownloadName } from '../lib/data/download-name.ts';
import { readTable } from './read-table.ts';
import { visibleSvg } from './visible-svg.ts';

/**
 * <chart-download data-filename="mm13-aarhus" [data-sample data-note="Eksempeldata, …"]> with buttons
 * data-download="csv|excel|svg|png" that stay hidden until this script runs. The files are
 * made from what the figure shows right now, so a chart the picker redrew downloads as
 * redrawn. Static links made at build time (data-static-download="csv|excel|png") replace their
 * buttons until the figure shows data the build did not write. CSV is written by papaparse,
 * loaded on the first click.
 */
class ChartDownload extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      const kind = button.dataset['download'] ?? '';
      button.hidden = this.querySelector(`[data-static-download="${kind}"]:not([hidden])`) !== null;
      button.addEventListener('click', () => void this.#download(kind));
    }
  }

  /** Swaps the static links for generated files, once the figure shows other data. */
  useGenerated(): void {
    for (const link of this.querySelectorAll<HTMLElement>('[data-static-download]')) link.hidden = true;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-download]'))
      button.hidden = false;
  }

  async #download(kind: string): Promise<void> {
    const figure = this.closest('figure');
    const svg = figure && visibleSvg(figure);
    const table = figure?.querySelector<HTMLTableElement>('table.chart-table');
    const name = this.dataset['filename'] ?? 'graf';
    const sample = this.hasAttribute('data-sample');
    if ((kind === 'csv' || kind === 'excel') && table) {
      const { tableCsv } = await import('../lib/charts/table-csv.ts');
      const csv = tableCsv(readTable(table), kind, { note: this.dataset['note'] });
      save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), csvDownloadName(name, kind, sample));
    } else if (figure && svg && (kind === 'svg' || kind === 'png')) {
      const text = await standaloneText(figure, svg, sample);
      save(
        kind === 'svg' ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) : await pngBlob(text),
        `${name}.${kind}`,
      );
    }
  }
}

/** The shown chart as a document that travels alone: title, sample label, source and address. */
async function standaloneText(figure: Element, svg: SVGSVGElement, sample: boolean): Promise<string> {
  const { standaloneSvg } = await import('../lib/charts/render/svg-document.ts');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelector('.chart-crosshair')?.remove();
  const { width, height } = svg.viewBox.baseVal;
  const text = (selector: string): string =>
    (figure.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return standaloneSvg(
    { width, height, body: copy.innerHTML },
    {
      title: text('.chart-title'),
      description: text('.chart-summary'),
      sample,
      source: text('.chart-source'),
      url: canonical && !location.search ? canonical : location.href,
    },
  );
}

/**
 * Draws the SVG on a canvas at twice its size. The image is loaded from a data: URL, which
 * the site's CSP allows for images (img-src 'self' data:), where a blob: URL would be blocked.
 */
async function pngBlob(svgText: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), {
    width: image.naturalWidth * 2,
    height: image.naturalHeight * 2,
  });
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG could not be made'))), 'image/png'),
  );
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type { ChartDownload };
if (!customElements.get('chart-download')) customElements.define('chart-download', ChartDownload);
