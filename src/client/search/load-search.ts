/**
 * The search page's script. Loading through import() keeps Astro from inlining it, which the
 * CSP would block, and leaves pages without <site-search> untouched.
 */
if (document.querySelector('site-search')) void import('./site-search.ts');
