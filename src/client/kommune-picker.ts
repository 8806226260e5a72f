import type { FigureState } from './figure-state.ts';
import { areaFromUrl, chartDataUrl, urlWithArea } from '../lib/charts/picker-url.ts';

/**
 * <kommune-picker data-target="figure-id" data-src="/data/mm13/{kommune}.json" data-param="kommune">
 * around a GET form with a <select>. Without JavaScript the form goes to its action. With
 * it, submitting fetches the area's ChartData and redraws the target figure with the same
 * geometry and markup functions the server used, puts ?kommune=751 in the address, and
 * follows the address on load and on back/forward.
 */
class KommunePicker extends HTMLElement {
  #initial: { area: string; state: FigureState } | null = null;
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

  #fromUrl(): string | null {
    const codes = [...(this.#select?.options ?? [])].map((option) => option.value);
    return areaFromUrl(location.href, this.dataset['param'] ?? 'kommune', codes);
  }

  async #show(code: string | null, push: boolean): Promise<void> {
    const figure = document.getElementById(this.dataset['target'] ?? '');
    const status = this.querySelector('[role="status"]');
    if (!figure || !status) return;
    const request = ++this.#request;
    const address = urlWithArea(location.href, this.dataset['param'] ?? 'kommune', code);
    const select = this.#select;
    const name = (select && code && [...select.options].find((o) => o.value === code)?.textContent) ?? code;
    if (code !== null) status.textContent = `Henter tallene for ${name} …`;
    try {
      const url = chartDataUrl(this.dataset['src'] ?? '', code ?? '');
      const [redraw, json] = await Promise.all([
        import('./redraw-chart.ts'),
        code === null
          ? null
          : fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`)))),
      ]);
      if (request !== this.#request) return;
      this.#initial ??= { area: select?.value ?? '', state: redraw.readFigure(figure) };
      if (select) select.value = code ?? this.#initial.area;
      if (code === null) return redraw.writeFigure(figure, this.#initial.state, false);
      const filename = `${this.#initial.state.filename}-${code}`;
      redraw.writeFigure(figure, redraw.figureFromChartData(json, url, figure, { filename }), true);
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

if (!customElements.get('kommune-picker')) customElements.define('kommune-picker', KommunePicker);
