import { describe, expect, it, vi } from 'vitest';
import { getCollection } from 'astro:content';
import { collections } from '../../../src/content.config.ts';

// The test double runs each collection's own loader and schema from the config.
vi.mock('astro:content', () => import('../../support/content.ts'));

describe('the collections of content.config.ts', () => {
  it.each(Object.keys(collections))('%s loads through its loader and schema', async (name) => {
    const entries = await getCollection(name as keyof typeof collections);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.collection === name && entry.id !== '')).toBe(true);
  });

  it('gives entries in id order with the body and path the glob loader keeps', async () => {
    const goals = await getCollection('goals');
    expect(goals.map((goal) => goal.id)).toEqual(goals.map((goal) => goal.id).sort());
    expect(goals[0]).toMatchObject({ filePath: expect.stringMatching(/^content\/goals\/.+\.md$/) });
    expect(typeof goals[0]?.body).toBe('string');
  });
});
