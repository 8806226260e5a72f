import { readFileSync } from 'node:fs';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS, EMBED_WIDTHS, MAX_STRETCH } from '../../../../src/lib/charts/chart-widths.ts';

// The widths live in TypeScript; chart-figure.css states them again for its container queries.
// This test keeps the two in step: a changed width or stretch fails here until the CSS follows.
const css = postcss.parse(
  readFileSync(new URL('../../../../src/components/charts/chart-figure.css', import.meta.url), 'utf8'),
);

/** The declarations of each rule, keyed by its container query (or "") and its selector. */
function widthRules(): Map<string, string> {
  const rules = new Map<string, string>();
  css.walkRules(/data-w=/, (rule: Rule) => {
    const parent = rule.parent?.type === 'atrule' ? (rule.parent as AtRule) : null;
    const declarations = rule.nodes.map((node) => node.toString()).join('; ');
    rules.set(`${parent ? `@${parent.name} ${parent.params} ` : ''}${rule.selector}`, declarations);
  });
  return rules;
}

/** The rules the widths call for: a stretch limit per drawing, a range per drawing, the widest serving wider columns. */
function expectedRules(): Map<string, string> {
  const rules = new Map<string, string>();
  EMBED_WIDTHS.forEach((width) => {
    rules.set(`.chart-variant[data-w='${width}'] svg`, `max-width: ${Math.floor(width * MAX_STRETCH)}px`);
  });
  EMBED_WIDTHS.forEach((width, i) => {
    const next = EMBED_WIDTHS[i + 1];
    const range =
      next === undefined
        ? `(min-width: ${width}px)`
        : i === 0
          ? `(max-width: ${next - 0.02}px)`
          : `(min-width: ${width}px) and (max-width: ${next - 0.02}px)`;
    rules.set(`@container ${range} .chart-variant[data-w='${width}']`, 'display: block');
  });
  const widest = CHART_WIDTHS[CHART_WIDTHS.length - 1];
  rules.set(
    `@container (min-width: ${widest}px) .chart-variant.is-widest[data-w='${widest}']`,
    'display: block',
  );
  return rules;
}

describe('chart-figure.css', () => {
  it('states the widths of chart-widths.ts and no others', () => {
    expect(Object.fromEntries(widthRules())).toEqual(Object.fromEntries(expectedRules()));
  });

  it('draws the page widths as the first of the embed widths', () => {
    expect(EMBED_WIDTHS.slice(0, CHART_WIDTHS.length)).toEqual([...CHART_WIDTHS]);
  });
});
