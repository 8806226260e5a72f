/**
 * Just enough HTML reading for the site-wide gates: the start tags and
 * attributes of built pages, and the raw bodies of scripts and styles.
 */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** 1-based line in the file. */
  line: number;
  /** The start of the tag as written, for messages (built HTML is often one long line). */
  excerpt: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? whole;
  });
}

const tagPattern =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function indexOfClosing(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'ig');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

interface Scanned {
  tag: Tag;
  /** The text up to the closing tag, for <script> and <style>. */
  body?: string;
}

/**
 * Walks the start tags in order. Quoted attribute values are consumed with
 * their tag, comments are skipped, and the bodies of <script> and <style>
 * are read as raw text, so markup-like text in any of them is never a tag.
 */
function scan(html: string): Scanned[] {
  const result: Scanned[] = [];
  tagPattern.lastIndex = 0;
  let line = 1;
  let counted = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    for (let at = html.indexOf('\n', counted); at !== -1 && at < match.index; at = html.indexOf('\n', at + 1))
      line += 1;
    counted = match.index;
    if (match[1] === undefined) continue;
    const name = match[1].toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(attributePattern)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      attributes.set((attribute[1] ?? '').toLowerCase(), decodeEntities(value));
    }
    const excerpt = match[0].length > 100 ? `${match[0].slice(0, 97)}...` : match[0];
    const tag: Tag = { name, attributes, line, excerpt };
    if (name !== 'script' && name !== 'style') {
      result.push({ tag });
      continue;
    }
    const close = indexOfClosing(html, name, tagPattern.lastIndex);
    const end = close === -1 ? html.length : close;
    result.push({ tag, body: html.slice(tagPattern.lastIndex, end) });
    tagPattern.lastIndex = end;
  }
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
  return decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
