/**
 * Redraws a chart at the exact width of its column when the column changes width after the
 * page has loaded (a turned phone, a resized window). Until then the drawing CSS chose from
 * the server's widths is shown, so the drawing code loads only when a chart is redrawn.
 */
const widths = new WeakMap<Element, number>();
const pending = new Set<HTMLElement>();
let timer: ReturnType<typeof setTimeout> | undefined;

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const width = Math.round(entry.contentRect.width);
    const before = widths.get(entry.target);
    widths.set(entry.target, width);
    const figure = entry.target.closest<HTMLElement>('figure[data-chart]');
    if (before !== undefined && before !== width && figure) pending.add(figure);
  }
  if (pending.size === 0) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const figures = [...pending];
    pending.clear();
    void import('./redraw-chart.ts').then(({ drawFigure }) => figures.forEach(drawFigure));
  }, 150);
});

for (const frame of document.querySelectorAll('figure[data-chart] .chart-frame')) observer.observe(frame);

export {};
