import { describe, expect, it } from 'vitest';
import { findSentence, sentences } from '../../../../src/lib/areas/letter-sentences.ts';
import { letterBlocks } from '../../../../src/lib/content/letter-blocks.ts';

const body = [
  'Kære alle',
  'Målene er gode. Mål 1 har en anden karakter.',
  'Der er ikke indikatorer på målene, og kommunerne vil selv skulle følge op herpå. KL spørger hvert år.',
].join('\n\n');

describe('sentences', () => {
  it('splits at a full stop before a capital letter, Æ, Ø and Å included', () => {
    expect(sentences('Det er 2. maj. Ønsket er klart. Åbent nu.')).toEqual([
      'Det er 2. maj.',
      'Ønsket er klart.',
      'Åbent nu.',
    ]);
  });

  it('does not split inside a date', () => {
    expect(sentences('Mødet var den 20. april 2023.')).toHaveLength(1);
  });
});

describe('findSentence', () => {
  it('finds the sentence in the goal’s paragraphs and names its block', () => {
    expect(findSentence(letterBlocks(body), [2, 3], /følge op/)).toEqual({
      block: 3,
      text: 'Der er ikke indikatorer på målene, og kommunerne vil selv skulle følge op herpå.',
    });
  });

  it('looks only in the paragraphs given', () => {
    expect(findSentence(letterBlocks(body), [2], /følge op/)).toBeNull();
  });
});
