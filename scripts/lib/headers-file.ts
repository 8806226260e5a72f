/**
 * Reads a Netlify/Cloudflare-style `_headers` file so the local server sends
 * the same headers as the host. Rules are applied in file order; a header set
 * by several matching rules is joined with ", ", and a `! Name` line detaches a
 * header set by an earlier, more general rule (how /embed/* gets its own CSP).
 */
export interface HeaderRule {
  pattern: RegExp;
  source: string;
  set: Array<[string, string]>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: patternToRegExp(line.trim()), source: line.trim(), set: [], detach: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers line ${index + 1}: a header comes before any path`);
    const entry = line.trim();
    if (entry.startsWith('!')) {
      current.detach.push(entry.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = entry.indexOf(':');
    if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${entry}"`);
    current.set.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `*` matches any run of characters, including slashes; `:name` placeholders match one segment. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** The headers for one URL path, keyed by lower-case name. */
export function headersFor(
  rules: HeaderRule[],
  urlPath: string,
): Map<string, { name: string; value: string }> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, { name, value: previous ? `${previous.value}, ${value}` : value });
    }
  }
  return headers;
}
