import type { ResultView } from '../../lib/search/result-view.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  name: K,
  className: string,
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** Pagefind escapes excerpts and adds only <mark>, so they are safe as HTML. */
function excerpt(className: string, html: string): HTMLElement {
  const node = element('span', className);
  node.innerHTML = html;
  return node;
}

/** One search hit: title link, type and year, excerpt, and links to the sections with most hits. */
export function renderResult(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result', [
    element('h2', 'search-result__title', [link(view.url, view.title)]),
  ]);
  const meta = [view.kind, view.year, view.date && `opdateret ${view.date}`].filter(Boolean).join(' · ');
  if (meta) item.append(element('p', 'search-result__meta', [meta]));
  if (view.excerpt) item.append(element('p', 'search-result__excerpt', [excerpt('', view.excerpt)]));
  if (view.parts.length > 0) {
    const parts = view.parts.map((part) =>
      element('li', '', [
        link(part.url, part.title),
        ': ',
        excerpt('search-result__part-excerpt', part.excerpt),
      ]),
    );
    item.append(element('ul', 'search-result__parts', parts));
  }
  return item;
}
