import { diffArrays, diffWords } from 'diff';
import { letterBlocks, type LetterBlock } from '../content/letter-blocks.ts';

/** Text both versions share, text only the later one has, or text only the earlier one had. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The number of words in a text; punctuation and whitespace do not count. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A paragraph of one letter: its block number (for #afsnit-N) and its plain text. */
export interface Paragraph {
  index: number;
  text: string;
}

/** How a paragraph fared from the earlier letter to the later. */
export type ParagraphChange = 'unchanged' | 'changed' | 'added' | 'removed';

export interface AlignedParagraph {
  change: ParagraphChange;
  /** True when a matched paragraph stands elsewhere in the order of the later letter. */
  moved: boolean;
  before: Paragraph | null;
  after: Paragraph | null;
  /** The word diff inside a changed paragraph; empty otherwise. */
  parts: DiffPart[];
}

export interface ParagraphDiff {
  rows: AlignedParagraph[];
  counts: Record<ParagraphChange, number> & { moved: number };
}

/**
 * Paragraphs sharing less than this share of their words are not counterparts. Unrelated
 * paragraphs of the letters share 0-0.22 (function words); a reworded counterpart 0.28 or more.
 */
const MIN_SIMILARITY = 0.25;

const plain = (block: LetterBlock): string =>
  block.kind === 'paragraph' ? block.text : block.items.map((item, i) => `${i + 1}. ${item}`).join('\n');

function paragraphsOf(body: string): Paragraph[] {
  return letterBlocks(body).map((block) => ({ index: block.index, text: plain(block) }));
}

/** The share of words two texts have in common (Dice coefficient over jsdiff's word diff). */
export function similarity(a: string, b: string): number {
  const total = countWords(a) + countWords(b);
  if (total === 0) return 1;
  const shared = diffWords(a, b)
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + countWords(change.value), 0);
  return (2 * shared) / total;
}

/** Positions (in `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const lengths = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++)
      if (values[j]! < values[i]! && lengths[j]! + 1 > lengths[i]!) {
        lengths[i] = lengths[j]! + 1;
        previous[i] = j;
      }
  const kept = new Set<number>();
  let at = lengths.indexOf(Math.max(0, ...lengths));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/** Pairs paragraphs: equal text in order first, then equal text elsewhere, then the most similar. */
function matchParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]): Map<number, number> {
  const pairs = new Map<number, number>(); // later position → earlier position
  let [i, j] = [0, 0];
  for (const change of diffArrays(
    before.map((p) => p.text),
    after.map((p) => p.text),
  )) {
    const n = change.count ?? change.value.length;
    if (!change.added && !change.removed) for (let k = 0; k < n; k++) pairs.set(j + k, i + k);
    if (!change.added) i += n;
    if (!change.removed) j += n;
  }
  const candidates = after.flatMap((later, j) =>
    pairs.has(j)
      ? []
      : before.flatMap((earlier, i) => {
          if ([...pairs.values()].includes(i)) return [];
          const score = earlier.text === later.text ? 2 : similarity(earlier.text, later.text);
          return score >= MIN_SIMILARITY ? [{ i, j, score }] : [];
        }),
  );
  const taken = new Set(pairs.values());
  for (const { i, j, score } of candidates.sort((a, b) => b.score - a.score || a.j - b.j)) {
    if (score < MIN_SIMILARITY || pairs.has(j) || taken.has(i)) continue;
    pairs.set(j, i);
    taken.add(i);
  }
  return pairs;
}

const wordParts = (a: string, b: string): DiffPart[] =>
  diffWords(a, b).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));

/**
 * Aligns two letters paragraph by paragraph, as legislation and wiki diffs do: each paragraph of
 * the earlier letter is matched with its counterpart in the later one or shown as removed; word
 * changes are marked only inside matched paragraphs; a matched paragraph out of order is moved.
 * Rows follow the later letter, with removed paragraphs where they stood in the earlier one.
 */
export function alignLetters(beforeBody: string, afterBody: string): ParagraphDiff {
  const before = paragraphsOf(beforeBody);
  const after = paragraphsOf(afterBody);
  const pairs = matchParagraphs(before, after);
  const laterOrder = [...pairs.keys()].sort((a, b) => a - b);
  const inOrder = longestIncreasing(laterOrder.map((j) => pairs.get(j)!));
  const moved = new Set(laterOrder.filter((_, k) => !inOrder.has(k)));
  const matchedEarlier = new Set(pairs.values());

  const rows: AlignedParagraph[] = [];
  let nextEarlier = 0;
  const flushRemoved = (upTo: number): void => {
    for (; nextEarlier < upTo; nextEarlier++)
      if (!matchedEarlier.has(nextEarlier))
        rows.push({ change: 'removed', moved: false, before: before[nextEarlier]!, after: null, parts: [] });
  };
  after.forEach((later, j) => {
    const i = pairs.get(j);
    if (i === undefined) {
      rows.push({ change: 'added', moved: false, before: null, after: later, parts: [] });
      return;
    }
    if (!moved.has(j)) flushRemoved(i + 1);
    const earlier = before[i]!;
    const same = earlier.text === later.text;
    rows.push({
      change: same ? 'unchanged' : 'changed',
      moved: moved.has(j),
      before: earlier,
      after: later,
      parts: same ? [] : wordParts(earlier.text, later.text),
    });
  });
  flushRemoved(before.length);

  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: moved.size };
  for (const row of rows) counts[row.change] += 1;
  return { rows, counts };
}
