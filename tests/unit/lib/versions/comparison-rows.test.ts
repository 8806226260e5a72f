import { describe, expect, it } from 'vitest';
import { compareGoalLists } from '../../../../src/lib/versions/compare-goal-lists.ts';
import { comparisonRows } from '../../../../src/lib/versions/comparison-rows.ts';
import { yearGoal } from '../../../support/year-views.ts';

const letter = { title: 'Brevet for 2023', url: '/2023/#brevet', note: null };
const quoted = yearGoal({
  goal: 'flygtninge',
  number: 3,
  wording: 'Flere flygtninge og familiesammenførte til flygtninge skal være selvforsørgende',
  certainty: 'gengivet',
});
const own = yearGoal({
  goal: 'flygtninge',
  number: 3,
  wording: 'Flere flygtninge og familiesammenførte skal være selvforsørgende',
  source: letter,
});
const years = { from: 2019, to: 2023 };

describe('comparisonRows', () => {
  it('gives each side its wording, certainty and source', () => {
    const [row] = comparisonRows(compareGoalLists([quoted], [own]), years);
    expect(row?.before).toEqual({
      text: `3. ${quoted.wording}`,
      certainty: 'Ministeriets ordlyd, som en kommune, en avis eller en organisation gengiver den',
      source: { title: 'Kilde', url: 'https://example.org/kilde' },
    });
    expect(row?.after?.source).toEqual({ title: 'Brevet for 2023', url: '/2023/#brevet' });
  });

  it('does not call a quotation against the letter a plain new wording', () => {
    const [row] = comparisonRows(compareGoalLists([quoted], [own]), years);
    expect(row?.mixedSources).toBe(true);
    expect(row?.change).not.toBe('Ny ordlyd');
    expect(row?.change).toBe(
      'Ordlyden er forskellig, men kilderne er af forskellig slags: for 2019 en gengivelse ved en kommune, en avis eller en organisation, for 2023 ministeriets egne ord. Forskellen kan ligge i gengivelsen.',
    );
  });

  it('calls a change between two of the ministry’s own wordings a new wording', () => {
    const [row] = comparisonRows(compareGoalLists([{ ...quoted, certainty: 'ministeriet' }], [own]), years);
    expect(row).toMatchObject({ change: 'Ny ordlyd', mixedSources: false });
  });

  it('leaves a goal missing from one list with no cell on that side', () => {
    const [row] = comparisonRows(compareGoalLists([], [own]), years);
    expect(row).toMatchObject({ before: null, change: 'Tilføjet' });
  });
});
