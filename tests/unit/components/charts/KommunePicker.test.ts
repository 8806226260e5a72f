import { describe, expect, it } from 'vitest';
import KommunePicker from '../../../../src/components/charts/KommunePicker.astro';
import { container, expectCspSafe } from './render.ts';

const areas = [
  { code: '101', name: 'København' },
  { code: '751', name: 'Aarhus' },
];

describe('KommunePicker', () => {
  it('is a plain GET form that works without JavaScript', async () => {
    const html = await container.renderToString(KommunePicker, {
      props: { target: 'mm13', dataUrl: '/data/mm13/{kommune}.json', areas, selected: '751' },
    });
    expect(html).toMatch(
      /<kommune-picker data-target="mm13" data-src="\/data\/mm13\/\{kommune\}.json" data-param="kommune"/,
    );
    expect(html).toMatch(/<form class="kommune-picker" method="get" action="\/kommuner\/"/);
    expect(html).toMatch(/<label for="mm13-picker"[^>]*>Vis tallene for en kommune<\/label>/);
    expect(html).toMatch(/<select id="mm13-picker" name="kommune"/);
    expect(html).toMatch(/<option value="751" selected[^>]*>Aarhus<\/option>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Vis<\/button>/);
    expect(html).toMatch(/role="status"/);
    expectCspSafe(html);
  });
});
