import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { letterSchema } from '../../../../src/lib/content/letter-schema.ts';
import { readGoalIds } from '../../../../src/lib/content/goal-ids.ts';

const root = new URL('../../../../', import.meta.url);
const schema = letterSchema(readGoalIds(new URL('content/goals', root).pathname));

function frontmatter(year: number): Record<string, unknown> {
  const text = readFileSync(new URL(`content/letters/${year}.mdx`, root), 'utf8');
  return parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
}

const issuePaths = (data: unknown): string[] => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('letterSchema', () => {
  it.each([2023, 2024])('accepts the real letter for %i', (year) => {
    expect(schema.safeParse(frontmatter(year)).error).toBeUndefined();
  });

  it('names a missing sender name by its path', () => {
    const data = frontmatter(2023);
    data['sender'] = { office: 'Beskæftigelsesminister' };
    expect(issuePaths(data)).toEqual(['sender.name']);
  });

  it('rejects a kind that is neither udmelding nor hoering', () => {
    expect(issuePaths({ ...frontmatter(2023), kind: 'brev' })).toEqual(['kind']);
  });

  it('rejects an unknown goal id in the goal list', () => {
    const data = frontmatter(2024);
    (data['goals'] as { goal: string }[])[4]!.goal = 'arbejdskraft';
    expect(issuePaths(data)).toEqual(['goals.4.goal']);
  });

  it('rejects a field the schema does not know, such as an invented sending date', () => {
    expect(issuePaths({ ...frontmatter(2023), sent: '2022-12-01' })).toEqual(['']);
  });
});
