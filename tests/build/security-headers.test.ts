/**
 * The Content-Security-Policy in public/_headers is strict, the test server
 * sends it, and the built pages need nothing it forbids: no inline scripts,
 * inline styles, style attributes, event-handler attributes or javascript: URLs.
 * HSTS is set for every path and sent by the server too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { SECURITY_TXT_PATH } from '../../src/lib/paths.ts';
import { rawTextElements, tags } from '../support/html.ts';
import { assertNone } from '../support/report.ts';
import { baseUrl, builtPages, distDir } from '../support/site.ts';

const rules = parseHeadersFile(readFileSync(join(distDir(), '_headers'), 'utf8'));

function policyFor(urlPath: string): Map<string, string> {
  const csp = headersFor(rules, urlPath).get('content-security-policy')?.value ?? '';
  const directives = csp.split(';').map((part) => part.trim().split(/\s+/));
  return new Map(directives.map(([name = '', ...values]) => [name, values.join(' ')]));
}

describe('_headers', () => {
  test('every page gets a strict Content-Security-Policy', () => {
    const policy = policyFor('/');
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toMatch(/^'(self|none)'$/);
  });

  test('embeds get one policy of their own that lets other sites frame them', () => {
    const csp = headersFor(rules, '/embed/x/').get('content-security-policy')?.value ?? '';
    expect(csp.split(',')).toHaveLength(1);
    expect(policyFor('/embed/x/').get('frame-ancestors')).toBe('*');
    expect(headersFor(rules, '/embed/x/').has('x-frame-options')).toBe(false);
  });

  test('the other security headers are set for every page', () => {
    const headers = headersFor(rules, '/');
    expect(headers.get('x-content-type-options')?.value).toBe('nosniff');
    expect(headers.get('referrer-policy')?.value).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')?.value).toContain('camera=()');
  });

  test('every path, embeds included, gets Strict-Transport-Security for at least a year', () => {
    for (const path of ['/', '/embed/x/', '/_astro/x.js', SECURITY_TXT_PATH]) {
      const hsts = headersFor(rules, path).get('strict-transport-security')?.value ?? '';
      const maxAge = Number(/(?:^|;\s*)max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
      expect(maxAge, `max-age of Strict-Transport-Security for ${path}: "${hsts}"`).toBeGreaterThanOrEqual(
        31_536_000,
      );
    }
  });

  test('the test server (npm run serve) sends HSTS with pages and with missing paths', async () => {
    const expected = headersFor(rules, '/').get('strict-transport-security')?.value;
    for (const path of ['/', '/findes-ikke/']) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.headers.get('strict-transport-security'), path).toBe(expected);
    }
  });

  test('the test server sends the headers, so the browser tests run under the real policy', async () => {
    const response = await fetch(`${baseUrl()}/`);
    expect(response.headers.get('content-security-policy')).toBe(
      headersFor(rules, '/').get('content-security-policy')?.value,
    );
  });
});

describe('built pages satisfy the policy', () => {
  test('no inline script, inline style, style attribute, event handler or javascript: URL', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(page.file, 'utf8');
      for (const { tag, body } of rawTextElements(html, 'script')) {
        const type = tag.attributes.get('type') ?? '';
        const isData = /json/.test(type);
        if (!tag.attributes.has('src') && !isData && body.trim())
          problems.push(`${page.urlPath}: inline script ${tag.excerpt}${body.trim().slice(0, 60)}`);
      }
      for (const { tag } of rawTextElements(html, 'style'))
        problems.push(`${page.urlPath}: inline style ${tag.excerpt}`);
      for (const tag of tags(html)) {
        for (const [name, value] of tag.attributes) {
          const where = `${page.urlPath}: ${name}= in ${tag.excerpt}`;
          if (name === 'style') problems.push(`${where} (style attribute)`);
          if (name.startsWith('on')) problems.push(`${where} (event handler attribute)`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${where} (javascript: URL)`);
        }
      }
    }
    assertNone('Markup that the Content-Security-Policy blocks', problems);
  });
});
