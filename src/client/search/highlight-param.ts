/** The query parameter that carries the search words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
