import { matchesFilter } from '../lib/areas/filter-match.ts';
import { requestedKommune } from '../lib/areas/requested-kommune.ts';

/**
 * <kommune-filter> around a hidden search field and lists of municipality links (li[data-code] > a).
 * Without JavaScript the lists are all there is. With it, the field appears and hides the
 * municipalities whose names do not match; a region whose list empties hides too. A chart
 * picker's no-JavaScript form lands here as ?kommune=751: that goes on to the municipality's page.
 */
class KommuneFilter extends HTMLElement {
  connectedCallback(): void {
    const items = [...this.querySelectorAll<HTMLElement>('li[data-code]')];
    const code = requestedKommune(
      location.href,
      items.map((item) => item.dataset['code'] ?? ''),
    );
    const target = items.find((item) => item.dataset['code'] === code)?.querySelector('a');
    if (target) {
      location.replace(target.href);
      return;
    }
    const field = this.querySelector<HTMLElement>('[data-filter-field]');
    const input = field?.querySelector('input');
    if (!field || !input) return;
    field.hidden = false;
    input.addEventListener('input', () => this.#apply(input.value));
    // The browser may restore a typed query when the visitor comes back.
    if (input.value !== '') this.#apply(input.value);
  }

  #apply(query: string): void {
    let shown = 0;
    let total = 0;
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      let shownInGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-code]')) {
        const match = matchesFilter(query, [item.textContent ?? '', item.dataset['code'] ?? '']);
        item.hidden = !match;
        if (match) shownInGroup += 1;
        total += 1;
      }
      group.hidden = shownInGroup === 0;
      shown += shownInGroup;
    }
    const status = this.querySelector('[data-filter-status]');
    if (status) {
      status.textContent =
        shown === total
          ? ''
          : shown === 0
            ? 'Ingen kommuner passer.'
            : `Viser ${shown} af ${total} kommuner.`;
    }
  }
}

if (!customElements.get('kommune-filter')) customElements.define('kommune-filter', KommuneFilter);
