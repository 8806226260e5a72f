/**
 * On every page: loads the highlighter only when the page was opened from a search result
 * (?pagefind-highlight=…). Loading through import() also keeps Astro from inlining this
 * script, which the CSP would block.
 */
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight.ts');
