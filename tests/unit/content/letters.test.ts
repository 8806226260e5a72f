import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../..', import.meta.url);

interface LetterData {
  title: string;
  sender: { name: string; office: string };
  goals: { number: number; wording: string; paragraphs: number[] }[];
  source: { file: string; marking?: string };
}

function readLetter(year: number): { data: LetterData; body: string } {
  const path = `content/letters/${year}.mdx`;
  const text = readFileSync(new URL(path, root), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (frontmatter === undefined || body === undefined) {
    throw new Error(`${path}: no YAML frontmatter between --- lines`);
  }
  return { data: parse(frontmatter) as LetterData, body };
}

/**
 * A hyphen at a line end before a lowercase word is a word split by the PDF
 * ("ar-" + "bejdsfællesskabet"), unless the next word is "og" or "eller": then
 * it is a real shortened compound ("beskæftigelses- og arbejdsmiljøområdet").
 */
function joinLineEndSplits(lines: string[]): string {
  return lines.reduce((text, line) => {
    const isSplit = /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(?:og|eller)(?:\s|$)/u.test(line);
    if (isSplit) return text.slice(0, -1) + line;
    return text === '' ? line : `${text}\n${line}`;
  }, '');
}

/** The seed's text without its page furniture: title line, signature and case-file marking. */
function seedText({ title, sender, source }: LetterData): string {
  const furniture = new Set([title, sender.name, sender.office]);
  const lines = readFileSync(new URL(`tests/fixtures/seeds/${source.file}`, root), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !furniture.has(line))
    .filter((line) => source.marking === undefined || !line.includes(source.marking));
  return joinLineEndSplits(lines);
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');
const blocks = (body: string): string[] => body.trim().split(/\n\s*\n/);

describe('joinLineEndSplits', () => {
  it('joins a word split at a line end', () => {
    expect(joinLineEndSplits(['i ar-', 'bejdsfællesskabet'])).toBe('i arbejdsfællesskabet');
  });

  it('keeps the hyphen of a compound shortened before "og" or "eller"', () => {
    expect(joinLineEndSplits(['beskæftigelses-', 'og arbejdsmiljø'])).toBe(
      'beskæftigelses-\nog arbejdsmiljø',
    );
    expect(joinLineEndSplits(['social-', 'eller'])).toBe('social-\neller');
  });

  it('keeps a hyphen before a capitalised line', () => {
    expect(joinLineEndSplits(['- AKT 1 -', 'Som'])).toBe('- AKT 1 -\nSom');
  });
});

const rejoinedWords: Record<number, string[]> = {
  2023: ['selvfølgelig', 'Beskæftigelsesrådets', 'beskæftigelsespolitiske', 'januar', 'ukrainere'],
  2024: ['arbejdsfællesskabet', 'Beskæftigelsesrådet', 'beskæftigelsespolitiske', 'efterspørger'],
};

describe.each([2023, 2024])('content/letters/%i.mdx', (year) => {
  const { data, body } = readLetter(year);

  it('has every word of the seed letter, in order, and no other', () => {
    expect(words(body)).toEqual(words(seedText(data)));
  });

  it('rejoins the words the PDF split at line ends', () => {
    for (const word of rejoinedWords[year] ?? []) expect(body).toContain(word);
  });

  it('keeps the goal list with the exact wording of each goal', () => {
    const lines = body.split('\n');
    expect(data.goals.map((goal) => goal.number)).toEqual([1, 2, 3, 4, 5]);
    for (const { number, wording } of data.goals) expect(lines).toContain(`${number}. ${wording}`);
  });

  it('points each goal at body blocks other than the goal list', () => {
    const bodyBlocks = blocks(body);
    for (const index of data.goals.flatMap((goal) => goal.paragraphs)) {
      expect(bodyBlocks[index - 1]).toBeDefined();
      expect(bodyBlocks[index - 1]).not.toMatch(/^1\. /);
    }
  });

  it('runs from the salutation to "Venlig hilsen" without page furniture', () => {
    expect(body.trim()).toMatch(/^Kære /);
    expect(body.trim()).toMatch(/\nVenlig hilsen$/);
    expect(body).not.toContain(data.title);
    expect(body).not.toContain(data.sender.name);
    expect(body).not.toContain('AKT');
  });

  it('has no PDF line-break artefacts', () => {
    expect(body).not.toMatch(/\p{L}-\s*\n\s*\p{Ll}/u);
    expect(body).not.toMatch(/\p{L}- +(?!og |eller )\p{Ll}/u);
    expect(body).not.toMatch(/[ \t]+$/m);
  });

  it('is plain Markdown: paragraphs and one ordered list, no MDX, HTML or headings', () => {
    expect(body).not.toMatch(/[{}<>]/);
    expect(body).not.toMatch(/^#/m);
    expect(blocks(body).filter((block) => /^\d+\. /.test(block))).toHaveLength(1);
  });
});
