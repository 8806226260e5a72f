import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts';
import './context.ts';

/** The shared Chromium of the site project, or a fresh one outside it. */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserWsEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  const reason = inject('browserError');
  if (reason) throw new Error(reason);
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
}

/** What went wrong while a page loaded; each entry names the URL. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
  /** Requests that left the test server's origin. */
  externalRequests: string[];
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Opens a path on the test server with the problem lists emptied; resolves with the document response. */
  visit: (urlPath: string) => Promise<Response | null>;
  close: () => Promise<void>;
}

export interface NewPageOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  /** A phone's touch screen: touch events, taps, a mobile viewport (default false). */
  touch?: boolean;
}

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}

/** A page in its own context (axe needs one), recording problems as it goes. */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<PageSession> {
  const { width = 1280, height = 800, javaScriptEnabled = true, touch = false } = options;
  const origin = inject('baseUrl') ?? 'http://127.0.0.1';
  const context = await browser.newContext({
    viewport: { width, height },
    javaScriptEnabled,
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const problems: PageProblems = {
    consoleErrors: [],
    failedRequests: [],
    cspViolations: [],
    externalRequests: [],
  };
  await context.exposeBinding('reportCspViolation', (source, text: string) => {
    problems.cspViolations.push(`${source.page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportCspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${page.url()}: ${message.text()}`;
    if (/content security policy/i.test(message.text())) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.externalRequests.push(`${page.url()} → ${url}`);
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response) => {
    const isDocument = response.request().isNavigationRequest();
    if (response.status() >= 400 && !isDocument)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return {
    page,
    context,
    problems,
    visit: async (urlPath) => {
      // Leaving the previous page aborts its late requests (the favicon); those are not this page's problems.
      await page.goto('about:blank');
      for (const list of Object.values(problems)) list.length = 0;
      return page.goto(new URL(urlPath, origin).href, { waitUntil: 'load' });
    },
    close: () => context.close(),
  };
}
