/**
 * The municipality and region pages against the data: every page exists with the right
 * name and region, and the figures on it are the latest snapshot's, recomputed here from
 * the CSV files with papaparse and written the Danish way, independently of the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html.ts';
import { readBuilt } from '../support/site.ts';
import { municipalityPath, regionPath } from '../../src/lib/paths.ts';

interface Kommune {
  code: string;
  name: string;
  region_code: string;
  region_name: string;
}
interface Row {
  area: string;
  period: string;
  value: string;
  status: string;
}

const kommuner = Papa.parse<Kommune>(readFileSync('data/reference/kommuner.csv', 'utf8').trim(), {
  header: true,
}).data;
const regions = [...new Map(kommuner.map((k) => [k.region_code, k.region_name])).entries()];

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Goal id → indicator id (or null), from the goals' frontmatter: the goals of the last letters,
 * which have a number there. Earlier goals have no area pages.
 */
const goals = readdirSync('content/goals')
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) => {
    const frontmatter = readFileSync(`content/goals/${file}`, 'utf8');
    if (/^number:\s*null\s*$/m.test(frontmatter)) return [];
    const indicator = /^indicator:\s*(\S+)\s*$/m.exec(frontmatter)?.[1];
    return [{ id: file.replace(/\.md$/, ''), indicator: indicator === 'null' ? null : (indicator ?? null) }];
  });
const measured = goals.filter((goal) => goal.indicator !== null);
const unmeasured = goals.filter((goal) => goal.indicator === null);

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const danishDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${MONTHS[(month ?? 1) - 1]} ${year}`;
};

/** The latest snapshot of an indicator: its date, latest national period and values by area and period. */
function latest(indicator: string) {
  const dir = `data/indicators/${indicator}/snapshots`;
  const file = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .at(-1)!;
  const rows = Papa.parse<Row>(readFileSync(`${dir}/${file}`, 'utf8').trim(), { header: true }).data;
  const values = new Map(
    rows.filter((r) => r.status === 'ok').map((r) => [`${r.area}|${r.period}`, Number(r.value)]),
  );
  const period = rows
    .filter((r) => r.area === '000' && r.status === 'ok')
    .map((r) => r.period)
    .sort()
    .at(-1)!;
  const yearBefore = `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
  const at = (area: string, when = period): number | undefined => values.get(`${area}|${when}`);
  const status = (area: string): string =>
    rows.find((r) => r.area === area && r.period === period)?.status ?? 'missing';
  return { date: file.replace('.csv', ''), period, at, status, yearBefore };
}
const snapshots = new Map(measured.map((goal) => [goal.id, latest(goal.indicator!)]));

const pct = (value: number): string => `${value.toFixed(1).replace('.', ',')} pct.`;
const change = (difference: number): string => {
  const rounded = Math.round(difference * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${Math.abs(rounded).toFixed(1).replace('.', ',')} procentpoint`;
};
const shown = (snapshot: ReturnType<typeof latest>, area: string): string => {
  const value = snapshot.at(area);
  if (value !== undefined) return pct(value);
  return snapshot.status(area) === 'suppressed' ? 'diskretioneret' : 'ikke oplyst';
};
const shownChange = (snapshot: ReturnType<typeof latest>, area: string): string => {
  const now = snapshot.at(area);
  const before = snapshot.at(area, snapshot.yearBefore);
  return now === undefined || before === undefined
    ? 'kan ikke beregnes'
    : change(Math.round((now - before) * 1e6) / 1e6);
};

const text = (html: string): string =>
  decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const section = (html: string, id: string): string =>
  new RegExp(`<section[^>]*\\bid="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
const figure = (html: string, name: string): string =>
  text(new RegExp(`<dd[^>]*data-figure="${name}"[^>]*>([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? '');

describe.each(kommuner.map((k) => [k.name, k] as const))('/kommuner/ page of %s', (_, kommune) => {
  const path = municipalityPath(slug(kommune.name));

  it('names the municipality and its region, with the sample label', () => {
    const html = readBuilt(path);
    expect(text(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '')).toBe(kommune.name);
    expect(html).toContain(`href="${regionPath(slug(kommune.region_name))}"`);
    expect(text(html)).toMatch(/[Ee]ksempeldata – ikke officielle tal/);
  });

  it('has a stable anchor and an own page for each of the goals', () => {
    const html = readBuilt(path);
    for (const goal of goals) {
      expect(html, goal.id).toMatch(new RegExp(`<section[^>]*\\bid="${goal.id}"`));
      expect(text(readBuilt(`${path}${goal.id}/`)), goal.id).toContain(kommune.name);
    }
  });

  it.each(measured.map((goal) => goal.id))('shows the latest %s figures of the snapshot', (goalId) => {
    const snapshot = snapshots.get(goalId)!;
    const part = section(readBuilt(path), goalId);
    expect(figure(part, 'value')).toBe(shown(snapshot, kommune.code));
    expect(figure(part, 'change')).toBe(shownChange(snapshot, kommune.code));
    expect(figure(part, 'region')).toBe(shown(snapshot, kommune.region_code));
    expect(figure(part, 'country')).toBe(shown(snapshot, '000'));
    const own = snapshot.at(kommune.code);
    const ranked = kommuner.map((k) => snapshot.at(k.code)).filter((v): v is number => v !== undefined);
    const rank = own === undefined ? null : ranked.filter((v) => v > own).length + 1;
    expect(figure(part, 'rank')).toBe(
      rank === null
        ? 'ingen (tallet er ikke offentliggjort)'
        : `nr. ${rank} af ${ranked.length} kommuner med tal`,
    );
    expect(text(part)).toContain(`data pr. ${danishDate(snapshot.date)}`);
    expect(part).toContain(`id="${goalId}-graf"`);
  });
});

describe('goals without an indicator', () => {
  it.each(unmeasured.map((goal) => goal.id))(
    '%s quotes the letter: the municipalities follow up themselves',
    (goalId) => {
      const part = text(section(readBuilt('/kommuner/aarhus/'), goalId));
      expect(part).toContain('kommunerne vil selv skulle følge op herpå');
      const own = text(readBuilt(municipalityPath('aarhus', goalId)));
      expect(own).toContain('Det skriver brevet for 2023 om målet');
    },
  );
});

describe.each(regions)('/regioner/ page of region %s', (code, name) => {
  const path = regionPath(slug(name));
  const members = kommuner.filter((k) => k.region_code === code);

  it('names the region and links all its municipalities', () => {
    const html = readBuilt(path);
    expect(text(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '')).toBe(name);
    for (const kommune of members) expect(html).toContain(`href="${municipalityPath(slug(kommune.name))}"`);
  });

  it.each(measured.map((goal) => goal.id))(
    'shows the region, the country and each municipality for %s',
    (goalId) => {
      const snapshot = snapshots.get(goalId)!;
      const part = section(readBuilt(path), goalId);
      expect(figure(part, 'value')).toBe(shown(snapshot, code));
      expect(figure(part, 'country')).toBe(shown(snapshot, '000'));
      for (const kommune of members) {
        const row = new RegExp(`<tr[^>]*data-code="${kommune.code}"[\\s\\S]*?</tr>`).exec(part)?.[0] ?? '';
        expect(text(row), kommune.name).toBe(
          `${kommune.name} ${shown(snapshot, kommune.code)} ${shownChange(snapshot, kommune.code)}`,
        );
      }
      expect(readBuilt(`${path}${goalId}/`)).toContain(`data-code="${members[0]!.code}"`);
    },
  );

  it('captions its municipality tables as a sentence, with the period and the data date', () => {
    const captions = [
      ...readBuilt(path).matchAll(/<table[^>]*class="municipality-table"[^>]*><caption>([^<]*)<\/caption>/g),
    ].map((match) => match[1]!);
    expect(captions).toHaveLength(measured.length);
    for (const caption of captions)
      expect(caption).toMatch(
        new RegExp(
          `^\\S.* i kommunerne i ${name}, [a-z]+ \\d{4} \\(data pr\\. \\d{1,2}\\. [a-z]+ \\d{4}\\)$`,
        ),
      );
  });
});

describe('/kommuner/ and /regioner/', () => {
  it('/kommuner/ lists the 98 municipalities under their regions', () => {
    const html = readBuilt('/kommuner/');
    for (const kommune of kommuner) expect(html).toContain(`href="${municipalityPath(slug(kommune.name))}"`);
    for (const [, name] of regions) expect(html).toContain(`href="${regionPath(slug(name))}"`);
  });

  it('/kommuner/ has its filter field hidden until the script shows it', () => {
    expect(readBuilt('/kommuner/')).toMatch(/<div[^>]*data-filter-field[^>]*hidden/);
  });

  it('/regioner/ gives each region and the country its latest values', () => {
    const html = readBuilt('/regioner/');
    expect(html).toMatch(
      /<caption[^>]*>Seneste værdi for hver indikator \(data pr\. \d{1,2}\. [a-z]+ \d{4}\)<\/caption>/,
    );
    for (const area of [...regions.map(([code]) => code), '000']) {
      const row = text(new RegExp(`<tr[^>]*data-code="${area}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '');
      for (const goal of measured)
        expect(row, `${area} ${goal.id}`).toContain(shown(snapshots.get(goal.id)!, area));
    }
  });
});
