import { HIGHLIGHT_PARAM } from './highlight-param.ts';

interface PagefindHighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

const BUNDLE_URL = '/pagefind/pagefind-highlight.js';

/** Marks the search words in the page's main content with Pagefind's highlighter (mark.js). */
async function highlightSearchWords(): Promise<void> {
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ BUNDLE_URL
  )) as PagefindHighlightModule;
  // addStyles would add an inline <style>, which the CSP blocks; <mark> has its own look.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}

void highlightSearchWords();
