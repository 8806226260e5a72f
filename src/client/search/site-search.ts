import {
  hasFilterOrSort,
  isBlankSearch,
  readSearchState,
  searchQueryString,
  type SearchChoices,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { searchStatus, type SearchStatus } from '../../lib/search/search-status.ts';
import type { PagefindResult } from './pagefind.ts';
import type * as RunSearchModule from './run-search.ts';
import { renderStatus } from './render-status.ts';
import { ResultList } from './result-list.ts';

const TYPING_PAUSE_MS = 250;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<site-search> lacks ${selector}`);
  return found;
}

const optionValues = (select: HTMLSelectElement): string[] =>
  [...select.options].map((option) => option.value).filter(Boolean);

// The search code proper (Pagefind, the vocabulary, suggestions) loads with the first search or focus.
const loadSearch = (): Promise<typeof RunSearchModule> => import('./run-search.ts');

/** Starts loading what a search needs, so the first search does not wait for it. */
function warmUp(): void {
  loadSearch()
    .then(({ prepareSearch }) => prepareSearch())
    .catch(() => undefined);
}

/**
 * The search page: reads the query and filters from the URL, searches the Pagefind index,
 * and writes each new search back to the URL, so a search can be linked, reloaded and
 * retraced with back and forward. Typing replaces the current history entry; a filter change,
 * a submit or a "Mente du …?" link adds one. Pagefind and the vocabulary load when the field
 * gets focus or the URL holds a search, not with the page (see load-search.ts).
 */
class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #query!: HTMLInputElement;
  #selects!: Record<'year' | 'type' | 'goal' | 'sort', HTMLSelectElement>;
  #filters!: HTMLDetailsElement;
  #status!: HTMLElement;
  #results!: ResultList;
  #choices!: SearchChoices;
  #goalTitles = new Map<string, string>();
  #run = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = part(this, 'form');
    this.#query = part(this, 'input[name="q"]');
    this.#selects = {
      year: part(this, 'select[name="aar"]'),
      type: part(this, 'select[name="type"]'),
      goal: part(this, 'select[name="maal"]'),
      sort: part(this, 'select[name="sortering"]'),
    };
    this.#filters = part(this, '[data-search-filters]');
    this.#status = part(this, '[data-search-status]');
    this.#results = new ResultList(part(this, '[data-search-results]'), part(this, '[data-search-more]'));
    this.#choices = {
      years: optionValues(this.#selects.year),
      types: optionValues(this.#selects.type),
      goals: optionValues(this.#selects.goal),
    };
    for (const option of this.#selects.goal.options) {
      if (option.value) this.#goalTitles.set(option.value, option.text);
    }

    if (document.activeElement === this.#query) warmUp();
    else this.#query.addEventListener('focus', warmUp, { once: true });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#query.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#commit('replace'), TYPING_PAUSE_MS);
    });
    for (const select of Object.values(this.#selects))
      select.addEventListener('change', () => this.#commit('push'));
    window.addEventListener('popstate', this.#restore);
    // Words typed before this script arrived are searched; otherwise the URL says what to show.
    if (!location.search && this.#query.value.trim()) this.#commit('replace');
    else this.#restore();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#restore);
  }

  #restore = (): void => {
    const state = readSearchState(new URLSearchParams(location.search), this.#choices);
    this.#query.value = state.query;
    this.#selects.year.value = state.year;
    this.#selects.type.value = state.type;
    this.#selects.goal.value = state.goal;
    this.#selects.sort.value = state.sort;
    // On a phone the filters fold away; a search that uses them shows them.
    if (hasFilterOrSort(state)) this.#filters.open = true;
    void this.#search(state);
  };

  #commit(history: 'push' | 'replace'): void {
    clearTimeout(this.#typing);
    const form = new FormData(this.#form);
    const params = new URLSearchParams([...form].map(([key, value]) => [key, String(value)]));
    const state = readSearchState(params, this.#choices);
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.#search(state);
  }

  async #search(state: SearchState): Promise<void> {
    const run = ++this.#run;
    if (isBlankSearch(state)) {
      await this.#show(run, state, [], { before: '', after: '' });
      return;
    }
    try {
      const { runSearch } = await loadSearch();
      const { results, suggestion, showsSuggestion } = await runSearch(state, this.#goalTitles);
      const filtered = Boolean(state.year || state.type || state.goal);
      const count = results.length;
      const status = searchStatus({ count, query: state.query, filtered, suggestion, showsSuggestion });
      await this.#show(run, state, results, status);
    } catch (error) {
      if (run !== this.#run) return;
      await this.#results.show([]);
      this.#status.textContent =
        'Søgningen kunne ikke indlæses. Prøv igen, eller find brevene og målene via menuen.';
      console.error('Search failed', error);
    }
  }

  async #show(
    run: number,
    state: SearchState,
    results: PagefindResult[],
    status: SearchStatus,
  ): Promise<void> {
    if (run !== this.#run || !(await this.#results.show(results)) || run !== this.#run) return;
    renderStatus(
      this.#status,
      status,
      (query) => `${location.pathname}${searchQueryString({ ...state, query })}`,
      (query) => {
        this.#query.value = query;
        this.#commit('push');
        this.#query.focus();
      },
    );
  }
}

customElements.define('site-search', SiteSearch);
