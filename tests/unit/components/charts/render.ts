import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect } from 'vitest';

export const container = await AstroContainer.create();

/** The CSP forbids inline scripts and inline styles: every script has a src, no element has style="". */
export function expectCspSafe(html: string): void {
  expect(html).not.toMatch(/\sstyle=/);
  for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\ssrc=/);
}
