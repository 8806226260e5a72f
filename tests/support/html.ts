import { Parser } from 'htmlparser2';

/**
 * HTML reading for the site-wide gates, by htmlparser2: the start tags and attributes of built
 * pages, the raw bodies of scripts and styles, anchors and visible text.
 */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** 1-based line in the file. */
  line: number;
  /** The start of the tag as written, for messages (built HTML is often one long line). */
  excerpt: string;
}

/** HTML text with its character references decoded, as the parser reads the text of a page. */
export function decodeEntities(value: string): string {
  let text = '';
  new Parser({ ontext: (data) => (text += data) }).end(value);
  return text;
}

interface Scanned {
  tag: Tag;
  /** The source up to the closing tag, for <script> and <style>. */
  body?: string;
}

/**
 * Walks the start tags in order, read by htmlparser2: comments and the raw bodies of <script>
 * and <style> hold no tags. Ends the markup only implies are not tags here.
 */
function scan(html: string): Scanned[] {
  const result: Scanned[] = [];
  let line = 1;
  let counted = 0;
  let raw: { scanned: Scanned; from: number } | undefined;
  const parser = new Parser({
    onopentag(name, attributes, isImplied) {
      if (isImplied) return;
      const start = parser.startIndex;
      for (let at = html.indexOf('\n', counted); at !== -1 && at < start; at = html.indexOf('\n', at + 1))
        line += 1;
      counted = start;
      const source = html.slice(start, parser.endIndex + 1);
      const excerpt = source.length > 100 ? `${source.slice(0, 97)}...` : source;
      const scanned: Scanned = {
        tag: { name, attributes: new Map(Object.entries(attributes)), line, excerpt },
      };
      result.push(scanned);
      if (name === 'script' || name === 'style') raw = { scanned, from: parser.endIndex + 1 };
    },
    onclosetag(name) {
      if (raw?.scanned.tag.name !== name) return;
      raw.scanned.body = html.slice(raw.from, parser.startIndex);
      raw = undefined;
    },
  });
  parser.end(html);
  if (raw) raw.scanned.body = html.slice(raw.from);
  return result;
}

export function tags(html: string): Tag[] {
  return scan(html).map(({ tag }) => tag);
}

/** The <script> or <style> elements with their raw bodies. */
export function rawTextElements(html: string, name: 'script' | 'style'): Array<{ tag: Tag; body: string }> {
  return scan(html).flatMap(({ tag, body }) => (tag.name === name ? [{ tag, body: body ?? '' }] : []));
}

/** The URLs in a srcset attribute. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every id (and <a name>) on a page, for fragment links. */
export function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of tags(html)) {
    const id = tag.attributes.get('id');
    if (id) anchors.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) anchors.add(name);
  }
  return anchors;
}

/** The visible text of HTML: tags dropped, entities decoded, whitespace folded. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const gap = (): void => void parts.push(' ');
  new Parser({ ontext: (data) => void parts.push(data), onopentag: gap, onclosetag: gap }).end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
