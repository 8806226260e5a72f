import { describe, expect, it } from 'vitest';
import {
  compareGoalLists,
  countGoalChanges,
  goalChangeLabel,
  type ListedGoal,
} from '../../../../src/lib/versions/compare-goal-lists.ts';

const goal = (id: string, number: number, wording: string): ListedGoal => ({ goal: id, number, wording });

const before = [goal('a', 1, 'Alle skal med'), goal('b', 2, 'Flere i job'), goal('c', 3, 'Færre på ydelse')];

describe('compareGoalLists', () => {
  it('calls every goal unchanged when id, number and wording match', () => {
    const result = compareGoalLists(before, before);
    expect(result.map((r) => r.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('finds a goal only the later list has as added, and one only the earlier had as removed', () => {
    const after = [
      goal('a', 1, 'Alle skal med'),
      goal('b', 2, 'Flere i job'),
      goal('d', 3, 'Flere i uddannelse'),
    ];
    const result = compareGoalLists(before, after);
    expect(result.find((r) => r.goal === 'd')).toMatchObject({ kind: 'added', after: { number: 3 } });
    expect(result.find((r) => r.goal === 'd')?.before).toBeUndefined();
    expect(result.find((r) => r.goal === 'c')).toMatchObject({ kind: 'removed', before: { number: 3 } });
    expect(result.find((r) => r.goal === 'c')?.after).toBeUndefined();
  });

  it('calls a goal with new wording but the same number reworded', () => {
    const after = [goal('a', 1, 'Alle ledige skal med'), before[1]!, before[2]!];
    expect(compareGoalLists(before, after)[0]).toMatchObject({ goal: 'a', kind: 'reworded' });
  });

  it('calls goals that swapped places renumbered, matched by id and not by number', () => {
    const after = [goal('b', 1, 'Flere i job'), goal('a', 2, 'Alle skal med'), before[2]!];
    const result = compareGoalLists(before, after);
    expect(result.map((r) => [r.goal, r.kind])).toEqual([
      ['b', 'renumbered'],
      ['a', 'renumbered'],
      ['c', 'unchanged'],
    ]);
  });

  it('calls a goal with both a new number and new wording reworded-renumbered', () => {
    const after = [goal('c', 1, 'Færre på offentlig forsørgelse')];
    expect(compareGoalLists(before, after)[0]).toMatchObject({ goal: 'c', kind: 'reworded-renumbered' });
  });

  it('lists the later order first and removed goals after it in the earlier order', () => {
    const after = [goal('c', 1, 'Færre på ydelse')];
    expect(compareGoalLists(before, after).map((r) => r.goal)).toEqual(['c', 'a', 'b']);
  });

  it('counts the kinds and names them in Danish words', () => {
    const after = [goal('b', 1, 'Flere i job'), goal('d', 2, 'Nyt mål')];
    const counts = countGoalChanges(compareGoalLists(before, after));
    expect(counts).toMatchObject({ renumbered: 1, added: 1, removed: 2, unchanged: 0 });
    expect(goalChangeLabel('added')).toBe('Tilføjet');
    expect(goalChangeLabel('removed')).toBe('Fjernet');
    expect(goalChangeLabel('unchanged')).toBe('Uændret');
  });
});
