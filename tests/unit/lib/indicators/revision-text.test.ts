import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../../../../src/lib/data/revisions.ts';
import { describeRevision } from '../../../../src/lib/indicators/revision-text.ts';

const none: RevisionSummary = {
  changed: 0,
  added: 0,
  removed: 0,
  statusChanged: 0,
  areasAffected: 0,
  periodsAffected: [],
  firstRevisedPeriod: null,
  lastRevisedPeriod: null,
};

describe('describeRevision', () => {
  it('says how many figures were revised, for which periods and areas, and what was added', () => {
    const summary = {
      ...none,
      changed: 540,
      statusChanged: 3,
      added: 208,
      areasAffected: 102,
      firstRevisedPeriod: '2024-05',
      lastRevisedPeriod: '2024-10',
    };
    expect(describeRevision(summary)).toBe(
      'Rettede 543 tal (heraf 3 der skiftede status) for maj 2024 til oktober 2024 i 102 områder; 208 nye tal kom til.',
    );
  });

  it('names a single revised period once and counts in the singular', () => {
    const summary = {
      ...none,
      changed: 1,
      areasAffected: 1,
      added: 1,
      removed: 1,
      firstRevisedPeriod: '2024-06',
      lastRevisedPeriod: '2024-06',
    };
    expect(describeRevision(summary)).toBe(
      'Rettede 1 tal for juni 2024 i 1 område; 1 nyt tal kom til; 1 tal faldt bort.',
    );
  });

  it('says so when nothing earlier was revised', () => {
    expect(describeRevision({ ...none, added: 104 })).toBe(
      'Rettede ingen tidligere tal; 104 nye tal kom til.',
    );
  });

  it('writes large counts with a thousands dot', () => {
    expect(describeRevision({ ...none, added: 7488 })).toContain('7.488 nye tal');
  });
});
