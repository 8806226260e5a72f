import type { SearchStatus } from '../../lib/search/search-status.ts';

/**
 * Writes the status line into its live region, so screen readers read it whole. A suggestion
 * becomes a link to its search (`href`), which `follow` runs in place on a plain click.
 */
export function renderStatus(
  region: HTMLElement,
  { before, suggestion, after }: SearchStatus,
  href: (query: string) => string,
  follow: (query: string) => void,
): void {
  if (!suggestion) {
    region.textContent = before;
    return;
  }
  const link = document.createElement('a');
  link.className = 'search-suggestion';
  link.href = href(suggestion);
  link.textContent = suggestion;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    follow(suggestion);
  });
  region.replaceChildren(before, link, after);
}
