/**
 * Just enough HTML tokenizing to rewrite the text of a page Astro built: tags with quoted
 * attributes, comments, and the raw text of script and style left as it is. Not a parser for
 * HTML from elsewhere.
 */
export type HtmlToken =
  | { kind: 'text'; source: string }
  | { kind: 'open'; source: string; name: string }
  | { kind: 'close'; source: string; name: string }
  | { kind: 'other'; source: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

// Sticky, so each is tried exactly where a '<' stands without copying the rest of the page.
const OPEN_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/y;
const CLOSE_TAG = /<\/([a-zA-Z][\w-]*)\s*>/y;
const COMMENT_OR_DECLARATION = /<!--[\s\S]*?-->|<![^>]*>/y;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of an opening tag, names lowercased. Read on demand: most tags are never asked. */
export function attributesOf(tag: { source: string; name: string }): Map<string, string> {
  const attributes = new Map<string, string>();
  const list = tag.source.slice(tag.name.length + 1).replace(/\/?>$/, '');
  for (const match of list.matchAll(ATTRIBUTE)) {
    attributes.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The comment, declaration or tag that starts at this '<', if any. */
function markupAt(html: string, at: number): RegExpExecArray | null {
  for (const pattern of [COMMENT_OR_DECLARATION, CLOSE_TAG, OPEN_TAG]) {
    pattern.lastIndex = at;
    const match = pattern.exec(html);
    if (match) return match;
  }
  return null;
}

/** Splits HTML into tags, text and comments; joining the sources gives the input back. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flushText = (): void => {
    if (text) tokens.push({ kind: 'text', source: text });
    text = '';
  };
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, next);
    const match = markupAt(html, next);
    if (!match) {
      text += '<';
      at = next + 1;
      continue;
    }
    flushText();
    at = next + match[0].length;
    const name = (match[1] ?? '').toLowerCase();
    if (match[0].startsWith('<!')) {
      tokens.push({ kind: 'other', source: match[0] });
    } else if (match[0].startsWith('</')) {
      tokens.push({ kind: 'close', source: match[0], name });
    } else {
      tokens.push({ kind: 'open', source: match[0], name });
      if (RAW_TEXT.has(name)) {
        const end = new RegExp(`</${name}`, 'gi');
        end.lastIndex = at;
        const stop = end.exec(html)?.index ?? html.length;
        if (stop > at) tokens.push({ kind: 'other', source: html.slice(at, stop) });
        at = stop;
      }
    }
  }
  flushText();
  return tokens;
}
