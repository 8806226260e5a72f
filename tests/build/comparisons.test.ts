/**
 * The comparison pages and the goal-in-year pages agree with the goals' timelines: other years
 * with their certainty, each compared wording with its certainty and source, reversed pairs that
 * lead to the ordered page, and a year picker that works without JavaScript.
 */
import { describe, expect, it, vi } from 'vitest';
import { getYearViews } from '../../src/lib/content/queries.ts';
import { certaintyLabel } from '../../src/lib/content/certainty.ts';
import {
  COMPARE_PATH,
  comparePath,
  reversedComparePath,
  yearGoalPath,
  yearPath,
} from '../../src/lib/paths.ts';
import { buildGoalTimeline } from '../../src/lib/versions/goal-timeline.ts';
import { yearPairs } from '../../src/lib/versions/year-pairs.ts';
import { decodeEntities, visibleText } from '../support/html.ts';
import { baseUrl, readBuilt } from '../support/site.ts';

vi.mock('astro:content', () => import('../support/content.ts'));

const views = await getYearViews();
const letterGoals = views
  .filter((view) => view.letter)
  .flatMap((view) => view.goals.map((goal) => ({ year: view.year, goal: goal.goal })));

describe('"Samme mål i andre år" on a goal-in-year page', () => {
  it.for(letterGoals.map(({ year, goal }) => yearGoalPath(year, goal)))(
    '%s lists every other year of the goal with its certainty',
    (path) => {
      const [, year = '', , goal = ''] = path.split('/');
      const timeline = buildGoalTimeline(goal, views).filter((entry) => entry.year !== Number(year));
      const html = readBuilt(path);
      const list = /<ul class="other-years"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
      const items = [...list.matchAll(/<li data-year="(\d{4})"[^>]*>([\s\S]*?)<\/li>/g)];
      expect(items.map(([, listed]) => Number(listed))).toEqual(timeline.map((entry) => entry.year));
      items.forEach(([, , item = ''], i) =>
        expect(decodeEntities(item)).toContain(certaintyLabel(timeline[i]!.certainty)),
      );
    },
  );

  it('lists 2017-2022 and 2024 on /2023/maal/flygtninge-selvforsoergelse/', () => {
    const html = readBuilt('/2023/maal/flygtninge-selvforsoergelse/');
    const years = [...html.matchAll(/<li data-year="(\d{4})"/g)].map(([, year]) => Number(year));
    expect(years).toEqual(expect.arrayContaining([2017, 2018, 2019, 2020, 2021, 2022, 2024]));
    expect(html).toContain(`href="${yearPath(2019)}"`);
    expect(html).toContain(`href="${yearGoalPath(2024, 'flygtninge-selvforsoergelse')}"`);
  });
});

describe('the wordings compared on /sammenlign/<år>-<år>/', () => {
  it('each carry their certainty and source', () => {
    const html = readBuilt(comparePath(2019, 2023));
    const cells = [...html.matchAll(/<td[^>]*><span class="goal-comparison__wording"[\s\S]*?<\/td>/g)];
    expect(cells.length).toBeGreaterThan(0);
    for (const [cell] of cells) {
      expect(cell).toContain('data-certainty');
      expect(cell).toMatch(/Kilde: <a href="[^"]+"/);
    }
  });

  it('do not call a difference between the letter and a quotation a plain "Ny ordlyd"', () => {
    const html = readBuilt(comparePath(2019, 2023));
    const row =
      /<tr class="goal-comparison__row" data-mixed-sources[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row).toContain('/maal/flygtninge-selvforsoergelse/');
    const change = visibleText(row.split('<td>').at(-1) ?? '');
    expect(change).not.toBe('Ny ordlyd');
    expect(change).toContain('forskellig slags');
    expect(visibleText(html)).toContain('kan ligge i gengivelsen');
  });
});

describe('a comparison asked for with the later year first', () => {
  const years = views.map((view) => view.year);

  it.for(yearPairs(years).map(({ from, to }) => [from, to] as const))(
    '/sammenlign/%s-%s/ is reached from the reversed pair',
    ([from, to]) => {
      const html = readBuilt(reversedComparePath(from, to));
      const target = comparePath(from, to);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${target}">`));
      expect(html).toContain(`<a href="${target}">`);
    },
  );
});

describe('the year picker on /sammenlign/', () => {
  it('is a GET form with two year fields', () => {
    const html = readBuilt(COMPARE_PATH);
    const form = /<form method="get" action="\/sammenlign\/"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toMatch(/<select id="sammenlign-fra" name="fra"/);
    expect(form).toMatch(/<select id="sammenlign-til" name="til"/);
    expect(form).toMatch(/<button type="submit"/);
  });

  it('leads to the pair without JavaScript: the server redirects the query, later year first or not', async () => {
    for (const [query, target] of [
      ['fra=2019&til=2023', comparePath(2019, 2023)],
      ['fra=2023&til=2019', comparePath(2019, 2023)],
      ['fra=2023&til=2023', yearPath(2023)],
    ] as const) {
      const response = await fetch(`${baseUrl()}${COMPARE_PATH}?${query}`, { redirect: 'manual' });
      expect(response.status, query).toBe(302);
      expect(response.headers.get('location'), query).toBe(target);
      expect((await fetch(`${baseUrl()}${target}`)).status, target).toBe(200);
    }
    expect((await fetch(`${baseUrl()}${COMPARE_PATH}`, { redirect: 'manual' })).status).toBe(200);
  });
});
