import { splitQueryCompounds } from '../../lib/search/compound-mark.ts';
import { resultCountText, toResultView } from '../../lib/search/result-view.ts';
import {
  isBlankSearch,
  pagefindQuery,
  readSearchState,
  searchQueryString,
  type SearchChoices,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { splitCompound } from '../../lib/search/split-compound.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { renderResult } from './render-result.ts';

// The first results load with the index, so they count towards the first search's download.
const FIRST_PAGE_SIZE = 5;
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<site-search> lacks ${selector}`);
  return found;
}

const optionValues = (select: HTMLSelectElement): string[] =>
  [...select.options].map((option) => option.value).filter(Boolean);

/**
 * The search page: reads the query and filters from the URL, searches the Pagefind index,
 * and writes each new search back to the URL, so a search can be linked, reloaded and
 * retraced with back and forward. Typing replaces the current history entry; a filter change
 * or a submit adds one.
 */
class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #query!: HTMLInputElement;
  #selects!: Record<'year' | 'type' | 'goal' | 'sort', HTMLSelectElement>;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #choices!: SearchChoices;
  #goalTitles = new Map<string, string>();
  #results: PagefindResult[] = [];
  #shown = 0;
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
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#more = part(this, '[data-search-more]');
    this.#choices = {
      years: optionValues(this.#selects.year),
      types: optionValues(this.#selects.type),
      goals: optionValues(this.#selects.goal),
    };
    for (const option of this.#selects.goal.options) {
      if (option.value) this.#goalTitles.set(option.value, option.text);
    }

    this.#form.hidden = false;
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
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', this.#restore);
    this.#restore();
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
    this.#results = [];
    if (isBlankSearch(state)) {
      this.#show(run, [], '');
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const { term, options } = pagefindQuery(state, this.#goalTitles);
      let results = (await pagefind.search(term, options))?.results ?? [];
      // A compound the index only holds inside longer words ("udvalgsformænd") is found by its parts.
      const parts = term && splitQueryCompounds(term, (word) => splitCompound(word));
      if (results.length === 0 && parts && parts !== term) {
        results = (await pagefind.search(parts, options))?.results ?? [];
      }
      const filtered = Boolean(state.year || state.type || state.goal);
      await this.#show(run, results, resultCountText(results.length, state.query, filtered));
    } catch (error) {
      if (run !== this.#run) return;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent =
        'Søgningen kunne ikke indlæses. Prøv igen, eller find brevene og målene via menuen.';
      console.error('Search failed', error);
    }
  }

  async #show(run: number, results: PagefindResult[], status: string): Promise<void> {
    if (run !== this.#run) return;
    this.#results = results;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore(false);
    if (run === this.#run) this.#status.textContent = status;
  }

  async #showMore(moveFocus: boolean): Promise<void> {
    const run = this.#run;
    const next = this.#results.slice(
      this.#shown,
      this.#shown + (this.#shown === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE),
    );
    const views = (await Promise.all(next.map((result) => result.data()))).map(toResultView);
    if (run !== this.#run) return;
    const items = views.map(renderResult);
    this.#list.append(...items);
    this.#shown += items.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}

customElements.define('site-search', SiteSearch);
