import { describe, expect, it } from 'vitest';
import { feedItems, type FeedLetter } from '../../../../src/lib/versions/feed-items.ts';

const site = new URL('https://beskaeftigelsesmaal.dk');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const letter: FeedLetter = {
  year: 2024,
  title: 'De beskæftigelsespolitiske mål for 2024',
  published: day('2026-11-21'),
  changes: [
    { date: day('2026-12-01'), note: 'Rettet en slåfejl.' },
    { date: day('2026-12-01'), note: 'Tilføjet kilde.' },
  ],
};

describe('feedItems', () => {
  const items = feedItems(
    [letter],
    [{ year: 2018, published: day('2026-12-02') }],
    [
      {
        indicator: 'mm13',
        indicatorTitle: 'Selvforsørgende flygtninge',
        date: '2026-11-25',
        sourceLine: "Eksempeldata, dannet efter Jobindsats' måling MM13",
      },
    ],
    site,
  );

  it('has one item for the letter, one per change note, year and snapshot, newest first', () => {
    expect(items.map((item) => item.pubDate.toISOString().slice(0, 10))).toEqual([
      '2026-12-02',
      '2026-12-01',
      '2026-12-01',
      '2026-11-25',
      '2026-11-21',
    ]);
  });

  it('links the letter to its page with a Danish title', () => {
    expect(items.at(-1)).toMatchObject({
      title: 'Brevet om de beskæftigelsespolitiske mål for 2024',
      link: 'https://beskaeftigelsesmaal.dk/2024/',
      guid: 'https://beskaeftigelsesmaal.dk/2024/',
    });
  });

  it('links a year without a letter to its page', () => {
    expect(items[0]).toMatchObject({
      title: 'De beskæftigelsespolitiske mål for 2018',
      link: 'https://beskaeftigelsesmaal.dk/2018/',
    });
  });

  it('gives two change notes of one day different ids', () => {
    const changes = items.filter((item) => item.title.startsWith('Ændring'));
    expect(changes).toHaveLength(2);
    expect(new Set(changes.map((item) => item.guid)).size).toBe(2);
    expect(changes[0]!.link).toBe('https://beskaeftigelsesmaal.dk/2024/#sidens-historik');
  });

  it('links a snapshot to its frozen page and carries the sample-data label', () => {
    const snapshot = items.find((item) => item.title.startsWith('Nye tal'))!;
    expect(snapshot.link).toBe('https://beskaeftigelsesmaal.dk/indikatorer/mm13/2026-11-25/');
    expect(snapshot.description).toContain("Eksempeldata, dannet efter Jobindsats' måling MM13.");
    expect(snapshot.description).not.toContain('Kilde');
  });
});
