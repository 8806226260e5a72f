/**
 * The drawing code, loaded on the first redraw: a resized column, a picked municipality or
 * an added comparison. The lazy import() of this module is the only way in.
 */
export { drawFigure } from './draw-figure.ts';
export { figureFromChartData, readFigure, writeFigure } from './figure-state.ts';
