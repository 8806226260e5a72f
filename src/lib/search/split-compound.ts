import { DANISH_COMPOUND_PARTS } from './compound-parts.ts';

/** Linking letters between two parts: beskæftigelse-s-politik, flygtning-e-strømme. */
const LINKS = ['s', 'e'];

/** Inflections the last part may carry: -planer, -rådet, -indsatsen, -arbejdspladserne. */
const ENDINGS = [
  'e',
  'n',
  'r',
  's',
  't',
  'en',
  'er',
  'es',
  'et',
  'ne',
  'te',
  'ede',
  'ene',
  'ens',
  'ers',
  'ets',
  'ende',
  'enes',
  'erne',
  'ernes',
];

const defaultParts: ReadonlySet<string> = new Set(DANISH_COMPOUND_PARTS);

/** A part as it stands before the next one: the part itself or the part with a linking letter. */
function isLeadingSegment(segment: string, parts: ReadonlySet<string>): boolean {
  if (parts.has(segment)) return true;
  return LINKS.some((link) => segment.endsWith(link) && parts.has(segment.slice(0, -link.length)));
}

/** A part as it ends the word: bare, inflected, or inflected after a doubled consonant (strømme). */
function isFinalSegment(segment: string, parts: ReadonlySet<string>): boolean {
  if (parts.has(segment)) return true;
  return ENDINGS.some((ending) => {
    if (!segment.endsWith(ending)) return false;
    const stem = segment.slice(0, -ending.length);
    if (parts.has(stem)) return true;
    const undoubled = stem.slice(0, -1);
    return stem.length > 2 && stem.at(-1) === undoubled.at(-1) && parts.has(undoubled);
  });
}

/**
 * Splits a Danish compound into the parts a reader might search for, keeping the word's own
 * letters: "Beskæftigelsesrådet" → ["Beskæftigelses", "rådet"]. A linking s or e stays with the
 * part before it. Returns the word alone when it is not wholly made of known parts, so an
 * unknown word is never cut in a wrong place. Prefers the split with the fewest parts.
 */
export function splitCompound(word: string, parts: ReadonlySet<string> = defaultParts): string[] {
  const lower = word.toLowerCase();
  if (lower.length !== word.length) return [word];
  // boundaries[i]: the shortest list of cut positions that covers lower[0, i) with leading segments.
  const boundaries: (number[] | undefined)[] = [[]];
  let best: number[] | undefined;
  for (let start = 0; start < lower.length; start += 1) {
    const cuts = boundaries[start];
    if (!cuts) continue;
    if (cuts.length > 0 && isFinalSegment(lower.slice(start), parts)) {
      if (!best || cuts.length < best.length) best = cuts;
    }
    for (let end = start + 1; end < lower.length; end += 1) {
      const known = boundaries[end];
      if (known && known.length <= cuts.length + 1) continue;
      if (isLeadingSegment(lower.slice(start, end), parts)) boundaries[end] = [...cuts, end];
    }
  }
  if (!best) return [word];
  const edges = [0, ...best, word.length];
  return edges.slice(1).map((end, i) => word.slice(edges[i], end));
}
