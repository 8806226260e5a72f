/**
 * Keyboard journeys on one page of each type: the skip link is the first Tab
 * stop and takes focus to <main>; every link in the header navigation is
 * reached by Tab and shows a visible focus indicator.
 */
import { describe, expect } from 'vitest';
import type { PageSession } from '../support/browser.ts';
import { test } from '../support/browser-test.ts';
import { onePerType, sitemapUrls } from '../support/site.ts';

interface Focused {
  tag: string;
  text: string;
  href: string;
  inMain: boolean;
  inHeaderNav: boolean;
  visible: boolean;
  indicator: boolean;
}

function focused(session: PageSession): Promise<Focused> {
  return session.page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = (css: CSSStyleDeclaration): string =>
      `${css.outlineStyle} ${css.outlineWidth} ${css.boxShadow}`;
    // An unfocused link beside it must look different, or the "indicator" is just its normal style.
    const peer = [...(element.closest('nav, ul')?.querySelectorAll('a') ?? [])].find(
      (other) => other !== element,
    );
    const differs = peer === undefined || ring(getComputedStyle(peer)) !== ring(style);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().slice(0, 40),
      href: element.getAttribute('href') ?? '',
      inMain: element.closest('main') !== null,
      inHeaderNav: element.closest('header nav') !== null,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      indicator: (outline || style.boxShadow !== 'none') && differs,
    };
  });
}

describe.for(onePerType(sitemapUrls()))('keyboard on %s', (urlPath) => {
  test('the skip link is the first Tab stop, visible, and moves focus to main', async ({ session }) => {
    await session.visit(urlPath);
    await session.page.keyboard.press('Tab');
    const first = await focused(session);
    expect(first.tag, `first Tab stop is "${first.text}"`).toBe('a');
    expect(first.href).toMatch(/^#/);
    expect(first.visible && first.indicator, 'the focused skip link is visible with a focus indicator').toBe(
      true,
    );
    await session.page.keyboard.press('Enter');
    const afterSkip = await focused(session);
    if (afterSkip.tag !== 'main') {
      await session.page.keyboard.press('Tab');
      expect((await focused(session)).inMain, 'the next Tab stop after the skip link lies in <main>').toBe(
        true,
      );
    }
  });

  test('every header navigation link is reachable by Tab and shows focus', async ({ session }) => {
    await session.visit(urlPath);
    const navLinks = await session.page.locator('header nav a').count();
    expect(navLinks, 'links in <header> <nav>').toBeGreaterThan(0);
    const reached: Focused[] = [];
    for (let press = 0; press < 40 && reached.length < navLinks; press += 1) {
      await session.page.keyboard.press('Tab');
      const current = await focused(session);
      if (current.inHeaderNav) reached.push(current);
    }
    expect(reached.length, 'header navigation links reached by Tab').toBe(navLinks);
    const unmarked = reached.filter((link) => !link.visible || !link.indicator).map((link) => link.text);
    expect(unmarked, 'navigation links without a visible focus indicator').toEqual([]);
  });
});
