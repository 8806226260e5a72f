import { srcsetUrls, tags } from './html.ts';

export interface Reference {
  url: string;
  /** e.g. `a[href]`, for messages. */
  where: string;
  line: number;
  /** The tag as written, shortened. */
  excerpt: string;
  /** The rel of a <link>, which decides whether the browser fetches it. */
  rel?: string;
}

/** Attributes that hold one URL, per element. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** Every URL a page refers to: links, assets, srcset candidates and meta refresh targets. */
export function referencesOf(html: string): Reference[] {
  const references: Reference[] = [];
  for (const tag of tags(html)) {
    for (const attribute of urlAttributes[tag.name] ?? []) {
      const url = tag.attributes.get(attribute);
      if (url === undefined) continue;
      const rel = tag.name === 'link' ? (tag.attributes.get('rel') ?? '') : undefined;
      references.push({
        url,
        where: `${tag.name}[${attribute}]`,
        line: tag.line,
        excerpt: tag.excerpt,
        ...(rel === undefined ? {} : { rel }),
      });
    }
    const srcset = tag.attributes.get('srcset');
    if (srcset) {
      for (const url of srcsetUrls(srcset))
        references.push({ url, where: `${tag.name}[srcset]`, line: tag.line, excerpt: tag.excerpt });
    }
    const refresh = tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'refresh';
    const target = refresh
      ? /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attributes.get('content') ?? '')?.[1]
      : undefined;
    if (target)
      references.push({ url: target, where: 'meta[refresh]', line: tag.line, excerpt: tag.excerpt });
  }
  return references;
}

/** The `rel` of <link> elements whose href is fetched, as opposed to merely named. */
const fetchedLinkRels = new Set([
  'stylesheet',
  'icon',
  'preload',
  'modulepreload',
  'manifest',
  'apple-touch-icon',
]);
const followedOnly = new Set(['a', 'area', 'form', 'blockquote', 'q', 'meta']);

/** URLs the browser fetches while loading a page (so third-party ones leak visits). */
export function loadedReferencesOf(html: string): Reference[] {
  return referencesOf(html).filter(({ where, rel }) => {
    if (followedOnly.has(where.slice(0, where.indexOf('[')))) return false;
    return rel === undefined || rel.split(/\s+/).some((value) => fetchedLinkRels.has(value.toLowerCase()));
  });
}

/**
 * Resolves a reference made on a page to a same-site URL path, or undefined when
 * it points elsewhere (another origin, mailto:, tel:, data:, javascript:).
 */
export function internalTarget(url: string, pageUrlPath: string, siteOrigin: string): URL | undefined {
  if (/^(mailto|tel|data|javascript|blob|sms):/i.test(url.trim())) return undefined;
  const resolved = new URL(url, new URL(pageUrlPath, siteOrigin));
  return resolved.origin === new URL(siteOrigin).origin ? resolved : undefined;
}
