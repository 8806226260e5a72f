import { tableToCsv } from '../lib/charts/table-csv.ts';
import { readTable } from './read-table.ts';

/**
 * <chart-download data-filename="mm13-aarhus" [data-sample]> with buttons
 * data-download="svg|png|csv" that stay hidden until this script runs. The files are
 * made from what the figure shows right now, so a chart the picker redrew downloads as
 * redrawn. A static CSV link (data-csv-link), when present, replaces the CSV button.
 */
class ChartDownload extends HTMLElement {
  connectedCallback(): void {
    const hasLink = this.querySelector('[data-csv-link]:not([hidden])') !== null;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.hidden = button.dataset['download'] === 'csv' && hasLink;
      button.addEventListener('click', () => void this.#download(button.dataset['download'] ?? ''));
    }
  }

  /** Swaps a static CSV link for the generated CSV, e.g. once the data shown has changed. */
  useGeneratedCsv(): void {
    this.querySelector<HTMLElement>('[data-csv-link]')?.setAttribute('hidden', '');
    const button = this.querySelector<HTMLButtonElement>('button[data-download="csv"]');
    if (button) button.hidden = false;
  }

  async #download(kind: string): Promise<void> {
    const figure = this.closest('figure');
    const svg = figure?.querySelector<SVGSVGElement>('svg.chart-svg');
    const table = figure?.querySelector<HTMLTableElement>('table.chart-table');
    const name = this.dataset['filename'] ?? 'graf';
    if (kind === 'csv' && table) {
      const csv = tableToCsv(readTable(table), { sample: this.hasAttribute('data-sample') });
      save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } else if (kind === 'svg' && svg) {
      save(svgBlob(svg), `${name}.svg`);
    } else if (kind === 'png' && svg) {
      save(await pngBlob(svg), `${name}.png`);
    }
  }
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelector('.chart-crosshair')?.remove();
  copy.removeAttribute('tabindex');
  return new XMLSerializer().serializeToString(copy);
}

function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Draws the SVG on a canvas at twice its size. The image is loaded from a data: URL, which
 * the site's CSP allows for images (img-src 'self' data:), where a blob: URL would be blocked.
 */
async function pngBlob(svg: SVGSVGElement): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const { width, height } = svg.viewBox.baseVal;
  const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 });
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
