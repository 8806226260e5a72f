/** The chart drawing on show in a figure: CSS hides the drawings made for other widths. */
export function visibleSvg(root: Element): SVGSVGElement | null {
  const drawings = [...root.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
  return drawings.find((svg) => svg.getBoundingClientRect().width > 0) ?? drawings[0] ?? null;
}
