import { toResultView } from '../../lib/search/result-view.ts';
import type { PagefindResult } from './pagefind.ts';
import { renderResult } from './render-result.ts';

// The first results load with the index, so they count towards the first search's download.
const FIRST_PAGE_SIZE = 5;
const PAGE_SIZE = 10;

/** The result list and its "Vis flere resultater" button: five results first, then ten at a time. */
export class ResultList {
  #list: HTMLOListElement;
  #more: HTMLButtonElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;

  constructor(list: HTMLOListElement, more: HTMLButtonElement) {
    this.#list = list;
    this.#more = more;
    more.addEventListener('click', () => void this.#showMore(true));
  }

  /** Replaces the list with the first results; false when a later call replaced it meanwhile. */
  async show(results: PagefindResult[]): Promise<boolean> {
    const run = ++this.#run;
    this.#results = results;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#more.hidden = true;
    await this.#showMore(false);
    return run === this.#run;
  }

  async #showMore(moveFocus: boolean): Promise<void> {
    const run = this.#run;
    const size = this.#shown === 0 ? FIRST_PAGE_SIZE : PAGE_SIZE;
    const next = this.#results.slice(this.#shown, this.#shown + size);
    const views = (await Promise.all(next.map((result) => result.data()))).map(toResultView);
    if (run !== this.#run) return;
    const items = views.map(renderResult);
    this.#list.append(...items);
    this.#shown += items.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }
}
