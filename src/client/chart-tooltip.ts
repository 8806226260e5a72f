import type * as FocusModule from '../lib/charts/focus.ts';
import type { FocusData } from '../lib/charts/focus.ts';
import { visibleSvg } from './visible-svg.ts';

type Focus = typeof FocusModule;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * <chart-tooltip data-focus="{FocusData}"> around a chart's <svg>: a crosshair with the
 * values of the nearest period, following the mouse, a tap or a sideways drag of a finger
 * (chart-figure.css leaves vertical drags to scrolling), or the arrow keys once the chart
 * has keyboard focus (Home/End jump to the ends, Escape hides). Keyboard moves are
 * announced through a polite live region. Replacing the <svg> or data-focus (as the
 * municipality picker does) is picked up. The focus maths (with d3-scale) loads on the first
 * interaction, so it does not weigh on the page before anyone points at a chart.
 */
class ChartTooltip extends HTMLElement {
  static observedAttributes = ['data-focus'];
  #data: FocusData | null = null;
  #focus: Focus | null = null;
  #loading: Promise<Focus> | null = null;
  #index = -1;
  #box = Object.assign(document.createElement('div'), { className: 'chart-tooltip-box', hidden: true });
  #live = Object.assign(document.createElement('p'), { className: 'visually-hidden' });

  connectedCallback(): void {
    this.#live.setAttribute('aria-live', 'polite');
    this.#box.setAttribute('aria-hidden', 'true');
    this.append(this.#box, this.#live);
    this.addEventListener('pointermove', (event) => void this.#onPointer(event));
    // A tap or the start of a drag shows the period under the finger, before the focus it gives.
    this.addEventListener('pointerdown', (event) => void this.#onPointer(event));
    this.addEventListener('pointerleave', (event) => {
      // A lifted finger leaves too: its value stays until the reader taps elsewhere.
      if (event.pointerType !== 'mouse') return;
      this.#hide();
      // Keyboard focus should start from the latest period, not where the pointer left.
      this.#index = -1;
    });
    this.addEventListener('keydown', (event) => void this.#onKey(event));
    this.addEventListener(
      'focusin',
      () =>
        void this.#load().then(() => this.#show(this.#index >= 0 ? this.#index : this.#lastIndex(), true)),
    );
    this.addEventListener('focusout', () => this.#hide());
    this.#prepare();
  }

  attributeChangedCallback(): void {
    this.#data = JSON.parse(this.dataset['focus'] ?? 'null') as FocusData | null;
    this.#index = -1;
    this.#hide();
    this.#prepare();
  }

  get #svg(): SVGSVGElement | null {
    return visibleSvg(this);
  }

  #load(): Promise<Focus> {
    this.#loading ??= import('../lib/charts/focus.ts').then((focus) => (this.#focus = focus));
    return this.#loading;
  }

  #prepare(): void {
    const svg = this.#svg;
    if (!svg || !this.#data) return;
    for (const drawing of this.querySelectorAll('svg.chart-svg')) drawing.setAttribute('tabindex', '0');
    this.#live.textContent = '';
  }

  #lastIndex(): number {
    return (this.#data?.times.length ?? 0) - 1;
  }

  async #onPointer(event: PointerEvent): Promise<void> {
    const svg = this.#svg;
    if (!svg || !this.#data) return;
    const rect = svg.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * svg.viewBox.baseVal.width;
    const { nearestIndex, parsePlotAttribute } = this.#focus ?? (await this.#load());
    if (!this.#data) return;
    this.#show(nearestIndex(this.#data, parsePlotAttribute(svg.dataset['plot'] ?? ''), x), false);
  }

  async #onKey(event: KeyboardEvent): Promise<void> {
    const last = this.#lastIndex();
    const moves: Record<string, number> = {
      ArrowLeft: this.#index - 1,
      ArrowRight: this.#index + 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') return this.#hide();
    const next = moves[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    await this.#load();
    this.#show(Math.max(0, Math.min(last, next)), true);
  }

  #show(index: number, announce: boolean): void {
    const svg = this.#svg;
    const data = this.#data;
    const focus = this.#focus;
    if (!svg || !data || !focus || index < 0 || index >= data.times.length) return;
    this.#index = index;
    const plot = focus.parsePlotAttribute(svg.dataset['plot'] ?? '');
    const { x, ys } = focus.focusPosition(data, plot, index);
    this.querySelector('.chart-crosshair')?.remove();
    const layer = svgElement('g', { class: 'chart-crosshair', 'pointer-events': 'none' });
    layer.append(
      svgElement('line', {
        x1: x,
        x2: x,
        y1: plot.top,
        y2: plot.bottom,
        stroke: '#1A1A1A',
        'stroke-width': 1,
      }),
    );
    data.series.forEach((series, i) => {
      const y = ys[i];
      if (y === null || y === undefined) return;
      layer.append(
        svgElement('circle', {
          cx: x,
          cy: y,
          r: 5,
          fill: '#FFFFFF',
          stroke: series.color,
          'stroke-width': 2.5,
        }),
      );
    });
    svg.append(layer);

    this.#box.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: data.labels[index] ?? '' }),
      ...data.series.map((s) =>
        Object.assign(document.createElement('span'), { textContent: `${s.label}: ${s.texts[index] ?? ''}` }),
      ),
    );
    this.#box.hidden = false;
    const rect = svg.getBoundingClientRect();
    const scale = rect.width / svg.viewBox.baseVal.width;
    const left = x * scale;
    const flip = left > rect.width / 2;
    this.#box.style.left = flip ? '' : `${left + 12}px`;
    this.#box.style.right = flip ? `${rect.width - left + 12}px` : '';
    this.#box.style.top = `${plot.top * scale}px`;
    if (announce) this.#live.textContent = focus.describeFocus(data, index);
  }

  #hide(): void {
    this.#box.hidden = true;
    this.querySelector('.chart-crosshair')?.remove();
  }
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

if (!customElements.get('chart-tooltip')) customElements.define('chart-tooltip', ChartTooltip);
