/**
 * The search page's script. Loading through import() keeps Astro from inlining it, which the
 * CSP would block, and leaves pages without <site-search> untouched. A page opened with a search
 * in its URL loads the search at once; a blank one when the reader first reaches for the form.
 * Until then the form works as a plain GET form.
 */
const root = document.querySelector('site-search');
if (root) {
  const load = (): void => void import('./site-search.ts');
  if (location.search) load();
  else
    for (const type of ['focusin', 'pointerdown', 'keydown'])
      root.addEventListener(type, load, { once: true });
}
