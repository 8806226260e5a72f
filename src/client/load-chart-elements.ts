/**
 * Loads each chart element's code only on pages that use it. Loading through import()
 * also keeps Astro from inlining the script into the page, which the CSP would block.
 */
const elements: Record<string, () => Promise<unknown>> = {
  'chart-tooltip': () => import('./chart-tooltip.ts'),
  'chart-download': () => import('./chart-download.ts'),
  'kommune-picker': () => import('./kommune-picker.ts'),
  'figure[data-chart]': () => import('./chart-resize.ts'),
};

for (const [selector, load] of Object.entries(elements)) {
  if (document.querySelector(selector)) void load();
}
