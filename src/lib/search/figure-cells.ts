import type { HtmlToken } from './html-tokens.ts';

const MONTHS =
  'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec';
const UNITS = 'pct|procent|procentpoint|procentpoints|personer|pers|kr|mio|mia|nr|af|k|q|kvartal';
const WORDS_OF_FIGURES = new RegExp(`(?<![\\p{L}])(?:${MONTHS}|${UNITS})(?![\\p{L}])\\.?`, 'giu');
const ONLY_FIGURES = /^[\s\d.,:;%+\-−–—/()]*$/;

/** True for text made only of figures: "4,8 pct.", "januar 2019", "2024-Q2", "nr. 16 af 95", "–". */
export function isFigureText(text: string): boolean {
  return ONLY_FIGURES.test(text.replace(/&[a-z]+;|&#\d+;/gi, ' ').replace(WORDS_OF_FIGURES, ''));
}

/**
 * The positions of the table cells (td, th) whose whole text is figures. A data table under a
 * chart repeats every month and value; as search words they only crowd out the prose.
 */
export function figureCells(tokens: HtmlToken[]): Set<number> {
  const cells = new Set<number>();
  tokens.forEach((token, start) => {
    if (token.kind !== 'open' || (token.name !== 'td' && token.name !== 'th')) return;
    let text = '';
    for (let at = start + 1; at < tokens.length; at += 1) {
      const next = tokens[at];
      if (!next) break;
      if (next.kind === 'close' && next.name === token.name) {
        if (isFigureText(text)) cells.add(start);
        return;
      }
      if (next.kind === 'open' && ['td', 'th', 'tr', 'table'].includes(next.name)) return;
      if (next.kind === 'text') text += next.source;
    }
  });
  return cells;
}
