import type { ChartData } from '../lib/charts/chart-data.ts';
import { chartDataUrl } from '../lib/charts/picker-url.ts';
import type { FigureState } from './figure-state.ts';
import { comparedFromUrl, MAX_COMPARED, urlWithCompared } from '../lib/areas/compare-param.ts';
import { comparisonSeries } from '../lib/areas/comparison-series.ts';

interface ChartTarget {
  target: string;
  src: string;
}

/**
 * <compare-areas data-area="751" data-region="1082" data-charts='[{"target":"…","src":"/data/mm17/kommune/{kommune}.json"}]'>
 * around a hidden panel with a <select>. With JavaScript the panel shows; each municipality
 * added is drawn into every chart on the page as a comparison line (the region and the
 * country stay as grey background lines), and the choice is kept in the address as
 * ?sammenlign=101,461 so the view can be linked and reloaded.
 */
class CompareAreas extends HTMLElement {
  #codes: string[] = [];
  #initial = new Map<string, FigureState>();
  #json = new Map<string, Promise<ChartData>>();
  #request = 0;

  connectedCallback(): void {
    const panel = this.querySelector<HTMLElement>('[data-compare-panel]');
    if (!panel) return;
    panel.hidden = false;
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#add(this.#select?.value ?? '');
    });
    this.#codes = comparedFromUrl(location.href, this.#known, this.#own);
    if (this.#codes.length > 0) this.#update(false);
  }

  get #own(): string {
    return this.dataset['area'] ?? '';
  }

  get #select(): HTMLSelectElement | null {
    return this.querySelector('select');
  }

  get #known(): string[] {
    return [...(this.#select?.options ?? [])].map((option) => option.value);
  }

  #name(code: string): string {
    return [...(this.#select?.options ?? [])].find((option) => option.value === code)?.textContent ?? code;
  }

  #say(text: string): void {
    const status = this.querySelector('[data-compare-status]');
    if (status) status.textContent = text;
  }

  #add(code: string): void {
    if (this.#codes.includes(code)) return this.#say(`${this.#name(code)} er allerede med.`);
    if (this.#codes.length >= MAX_COMPARED) {
      return this.#say(`Der kan højst være ${MAX_COMPARED} kommuner i sammenligningen. Fjern en først.`);
    }
    this.#codes = [...this.#codes, code];
    this.#update(true);
  }

  #remove(code: string): void {
    this.#codes = this.#codes.filter((other) => other !== code);
    this.#update(true);
    this.#select?.focus();
  }

  #update(toAddress: boolean): void {
    if (toAddress) history.replaceState(history.state, '', urlWithCompared(location.href, this.#codes));
    this.#renderList();
    void this.#redraw();
  }

  #renderList(): void {
    const list = this.querySelector('[data-compare-list]');
    if (!list) return;
    list.replaceChildren(
      ...this.#codes.map((code) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = 'Fjern';
        button.setAttribute('aria-label', `Fjern ${this.#name(code)} fra sammenligningen`);
        button.addEventListener('click', () => this.#remove(code));
        item.append(this.#name(code), button);
        return item;
      }),
    );
  }

  #fetch(url: string): Promise<ChartData> {
    let json = this.#json.get(url);
    if (!json) {
      json = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<ChartData>;
      });
      json.catch(() => this.#json.delete(url));
      this.#json.set(url, json);
    }
    return json;
  }

  async #redraw(): Promise<void> {
    const request = ++this.#request;
    const codes = this.#codes;
    const names = codes.map((code) => this.#name(code));
    const charts = JSON.parse(this.dataset['charts'] ?? '[]') as ChartTarget[];
    if (codes.length > 0) this.#say(`Henter tallene for ${names.join(', ')} …`);
    try {
      const redraw = await import('./redraw-chart.ts');
      for (const { target, src } of charts) {
        const figure = document.getElementById(target);
        if (!figure) continue;
        if (!this.#initial.has(target)) this.#initial.set(target, redraw.readFigure(figure));
        const initial = this.#initial.get(target)!;
        if (codes.length === 0) {
          redraw.writeFigure(figure, initial, false);
          continue;
        }
        const own = chartDataUrl(src, this.#own);
        const urls = [
          own,
          chartDataUrl(src, this.dataset['region'] ?? ''),
          ...codes.map((code) => chartDataUrl(src, code)),
        ];
        const [base, region, ...others] = await Promise.all(urls.map((url) => this.#fetch(url)));
        if (request !== this.#request) return;
        if (!base || !region) continue;
        const data = { ...base, series: comparisonSeries(base, region, others) };
        const state = redraw.figureFromChartData(data, own, figure, {
          title: `${initial.title} sammenlignet med ${names.join(', ')}`,
          summary: `${initial.summary} Grafen sammenligner også med ${names.join(', ')}.`,
          filename: initial.filename,
        });
        redraw.writeFigure(figure, state, true);
      }
      if (request === this.#request) {
        this.#say(
          codes.length === 0 ? 'Sammenligningen er fjernet.' : `Viser sammenligning med ${names.join(', ')}.`,
        );
      }
    } catch (error) {
      console.error(error);
      if (request === this.#request)
        this.#say('Tallene til sammenligningen kunne ikke hentes. Prøv igen senere.');
    }
  }
}

if (!customElements.get('compare-areas')) customElements.define('compare-areas', CompareAreas);
