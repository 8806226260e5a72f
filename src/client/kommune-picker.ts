import type { ChartDownload } from './chart-download.ts';
import { areaFromUrl, chartDataUrl, urlWithArea, type LineRedrawOptions } from '../lib/charts/picker-url.ts';

interface Snapshot {
  area: string;
  title: string;
  summary: string;
  frame: string;
  focus: string;
  table: string;
  filename: string;
}

/**
 * <kommune-picker data-target="figure-id" data-src="/data/mm13/{kommune}.json" data-param="kommune">
 * around a GET form with a <select>. Without JavaScript the form goes to its action. With
 * it, submitting fetches the area's ChartData and redraws the target figure with the same
 * geometry and markup functions the server used, puts ?kommune=751 in the address, and
 * follows the address on load and on back/forward.
 */
class KommunePicker extends HTMLElement {
  #initial: Snapshot | null = null;
  #request = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#show(this.#select?.value ?? null, true);
    });
    window.addEventListener('popstate', () => void this.#show(this.#fromUrl(), false));
    const code = this.#fromUrl();
    if (code !== null) void this.#show(code, false);
  }

  get #select(): HTMLSelectElement | null {
    return this.querySelector('select');
  }

  get #figure(): HTMLElement | null {
    return document.getElementById(this.dataset['target'] ?? '');
  }

  #fromUrl(): string | null {
    const codes = [...(this.#select?.options ?? [])].map((option) => option.value);
    return areaFromUrl(location.href, this.dataset['param'] ?? 'kommune', codes);
  }

  async #show(code: string | null, push: boolean): Promise<void> {
    const figure = this.#figure;
    const status = this.querySelector('[role="status"]');
    if (!figure || !status) return;
    this.#initial ??= snapshot(figure, this.#select?.value ?? '');
    const request = ++this.#request;
    const address = urlWithArea(location.href, this.dataset['param'] ?? 'kommune', code);
    const select = this.#select;
    if (select) select.value = code ?? this.#initial.area;
    if (code === null) return restore(figure, this.#initial);
    const name = select?.selectedOptions[0]?.textContent ?? code;
    status.textContent = `Henter tallene for ${name} …`;
    try {
      const url = chartDataUrl(this.dataset['src'] ?? '', code);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const [{ redrawLineChart }, json] = await Promise.all([
        import('./redraw-line-chart.ts'),
        response.json(),
      ]);
      if (request !== this.#request) return;
      const options = JSON.parse(figure.dataset['redraw'] ?? '{}') as LineRedrawOptions;
      const drawn = redrawLineChart(json, url, figure.id, options);
      restore(figure, {
        area: code,
        title: drawn.title,
        summary: drawn.summary,
        frame: drawn.svg,
        focus: drawn.focus,
        table: drawn.table,
        filename: `${options.downloadName}-${code}`,
      });
      figure.querySelector<ChartDownload>('chart-download')?.useGeneratedCsv?.();
      // Only a chart that was drawn gets an address of its own.
      if (push) history.pushState({ area: code }, '', address);
      status.textContent = `Viser tallene for ${name}.`;
    } catch (error) {
      console.error(error);
      if (request === this.#request)
        status.textContent = `Tallene for ${name} kunne ikke hentes. Prøv igen senere.`;
    }
  }
}

function figureParts(figure: HTMLElement) {
  return {
    title: figure.querySelector('.chart-title'),
    summary: figure.querySelector('.chart-summary'),
    frame: figure.querySelector<HTMLElement>('.chart-frame'),
    table: figure.querySelector('.chart-data .table-scroll'),
    download: figure.querySelector<HTMLElement>('chart-download'),
  };
}

function snapshot(figure: HTMLElement, area: string): Snapshot {
  const { title, summary, frame, table, download } = figureParts(figure);
  return {
    area,
    title: title?.textContent ?? '',
    summary: summary?.textContent ?? '',
    frame: frame?.querySelector('svg')?.outerHTML ?? '',
    focus: frame?.dataset['focus'] ?? '',
    table: table?.innerHTML ?? '',
    filename: download?.dataset['filename'] ?? '',
  };
}

function restore(figure: HTMLElement, state: Snapshot): void {
  const { title, summary, frame, table, download } = figureParts(figure);
  if (title) title.textContent = state.title;
  if (summary) summary.textContent = state.summary;
  frame?.querySelector('svg')?.remove();
  frame?.insertAdjacentHTML('afterbegin', state.frame);
  if (frame) frame.dataset['focus'] = state.focus;
  if (table) table.innerHTML = state.table;
  if (download) download.dataset['filename'] = state.filename;
}

if (!customElements.get('kommune-picker')) customElements.define('kommune-picker', KommunePicker);
