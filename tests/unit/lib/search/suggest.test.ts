import { describe, expect, it } from 'vitest';
import {
  editsAllowed,
  nearestWord,
  readVocabulary,
  suggestQuery,
  typedForm,
  wordStatus,
} from '../../../../src/lib/search/suggest.ts';

// As vocabularyOf writes it: one word a line, the most widespread first.
const vocabulary = readVocabulary(
  [
    'kommune',
    'kommunen',
    'ledige',
    'værdig',
    'forsørgelse',
    'opkvalificering',
    'flygtninge',
    'ventetider',
    'beskæftigelse',
    'århus',
    'brønderslev',
    'handicap',
    'torben',
  ].join('\n'),
);

describe('typedForm', () => {
  it('reads a word alike with Danish letters, spelt out or left out', () => {
    expect(new Set(['værdig', 'vaerdig', 'verdig'].map(typedForm))).toEqual(new Set(['verdig']));
    expect(typedForm('Århus')).toBe(typedForm('Arhus'));
    expect(typedForm('Århus')).toBe(typedForm('Aarhus'));
    expect(typedForm('forsørgelse')).toBe(typedForm('forsorgelse'));
    expect(typedForm('forsørgelse')).toBe(typedForm('forsoergelse'));
  });
});

describe('wordStatus', () => {
  it('knows a word the index holds', () => {
    expect(wordStatus('Torben', vocabulary)).toBe('word');
    expect(wordStatus('århus', vocabulary)).toBe('word');
  });

  it('tells a word the index holds another form of, by its Danish stem, as Pagefind finds it', () => {
    expect(wordStatus('ventetiden', vocabulary)).toBe('stem');
    expect(wordStatus('Kommunerne', vocabulary)).toBe('stem');
    expect(wordStatus('arhus', vocabulary)).toBe('stem');
  });

  it('tells a word found only as the start of longer words', () => {
    expect(wordStatus('beskæft', vocabulary)).toBe('prefix');
  });

  it('tells a word the index does not hold', () => {
    expect(wordStatus('opkvalifisering', vocabulary)).toBe('unknown');
    expect(wordStatus('forsorgelse', vocabulary)).toBe('unknown');
    expect(wordStatus('Torbn', vocabulary)).toBe('unknown');
  });

  it('does not check numbers, codes and short words', () => {
    for (const word of ['751', 'MM13', 'mål3', 'kl', 'lov'])
      expect(wordStatus(word, vocabulary)).toBe('unchecked');
  });
});

describe('editsAllowed', () => {
  it('allows one edit, two for long words', () => {
    expect(editsAllowed('ledige')).toBe(1);
    expect(editsAllowed('opkvalifisering')).toBe(2);
  });
});

describe('nearestWord', () => {
  it('finds the word one edit away', () => {
    expect(nearestWord('opkvalifisering', vocabulary)).toBe('opkvalificering');
    expect(nearestWord('flygtnnge', vocabulary)).toBe('flygtninge');
    expect(nearestWord('Torbn', vocabulary)).toBe('torben');
  });

  it('finds a long word two edits away, a short one only one', () => {
    expect(nearestWord('opkvalfisering', vocabulary)).toBe('opkvalificering');
    expect(nearestWord('handcp', vocabulary)).toBeUndefined();
    expect(nearestWord('ldge', vocabulary)).toBeUndefined();
  });

  it('counts Danish letters typed as aa, oe, ae or without their mark as no edit', () => {
    expect(nearestWord('forsorgelse', vocabulary)).toBe('forsørgelse');
    expect(nearestWord('vaerdig', vocabulary)).toBe('værdig');
    expect(nearestWord('verdig', vocabulary)).toBe('værdig');
    expect(nearestWord('Bronderslev', vocabulary)).toBe('brønderslev');
    // A Danish letter left out and one slip more is still within a long word's two edits.
    expect(nearestWord('forsorgekse', vocabulary)).toBe('forsørgelse');
  });

  it('prefers the more widespread of two equally near words', () => {
    expect(nearestWord('kommuner', vocabulary)).toBe('kommune');
  });
});

describe('suggestQuery', () => {
  it('replaces the words the index does not hold and keeps the rest as typed', () => {
    expect(suggestQuery('opkvalifisering Århus 2023', vocabulary)).toBe('opkvalificering Århus 2023');
    expect(suggestQuery('Forsorgelse mål 3', vocabulary)).toBe('Forsørgelse mål 3');
  });

  it('suggests nothing when every word is known or has no near word', () => {
    expect(suggestQuery('ledige Torben', vocabulary)).toBeUndefined();
    expect(suggestQuery('xyzzyq', vocabulary)).toBeUndefined();
  });

  it('corrects words found only by their stem or as beginnings when asked to', () => {
    expect(suggestQuery('opkvalificerin', vocabulary)).toBeUndefined();
    expect(suggestQuery('opkvalificerin', vocabulary, ['prefix'])).toBe('opkvalificering');
    expect(suggestQuery('vardig', readVocabulary('varde\nværdig'), ['stem'])).toBe('værdig');
  });
});
