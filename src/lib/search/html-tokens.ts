import { Parser } from 'htmlparser2';

/**
 * A built page as a flat list of tags, text and the rest (comments, the doctype, the raw text of
 * script, style, textarea and title), read by htmlparser2. Each token keeps its source, so the
 * index step can rewrite text and tags and leave everything else as Astro built it.
 */
export type HtmlToken =
  | { kind: 'text'; source: string }
  | { kind: 'open'; source: string; name: string; attributes: Readonly<Record<string, string>> }
  | { kind: 'close'; source: string; name: string }
  | { kind: 'other'; source: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The attributes of an opening tag, names lowercased, values decoded. */
export function attributesOf(tag: { attributes: Readonly<Record<string, string>> }): Map<string, string> {
  return new Map(Object.entries(tag.attributes));
}

/** Splits HTML into tags, text and the rest; joining the sources gives the input back. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let cursor = 0;
  let rawText = 0;
  let inText = false;
  const push = (token: HtmlToken, isText = false): void => {
    const last = tokens.at(-1);
    // The parser splits text at entities; a run of text stays one token.
    if (isText && inText && last?.kind === token.kind) last.source += token.source;
    else tokens.push(token);
    inText = isText;
  };
  /** The source of what the parser just read, or null for a tag it only implies (a void element's end). */
  const take = (): string | null => {
    const start = parser.startIndex;
    if (start < cursor) return null;
    if (start > cursor) push({ kind: 'other', source: html.slice(cursor, start) });
    cursor = parser.endIndex + 1;
    return html.slice(start, cursor);
  };
  const parser = new Parser({
    onopentag(name, attributes, isImplied) {
      const source = isImplied ? null : take();
      if (source === null) return;
      push({ kind: 'open', source, name, attributes });
      if (RAW_TEXT.has(name)) rawText += 1;
    },
    onclosetag(name, isImplied) {
      const source = isImplied ? null : take();
      if (source === null) return;
      push({ kind: 'close', source, name });
      if (RAW_TEXT.has(name) && rawText > 0) rawText -= 1;
    },
    ontext() {
      const source = take();
      if (source !== null) push({ kind: rawText > 0 ? 'other' : 'text', source }, true);
    },
    oncommentend() {
      const source = take();
      if (source !== null) push({ kind: 'other', source });
    },
    onprocessinginstruction() {
      const source = take();
      if (source !== null) push({ kind: 'other', source });
    },
  });
  parser.end(html);
  if (cursor < html.length) push({ kind: 'other', source: html.slice(cursor) });
  return tokens;
}
