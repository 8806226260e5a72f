/**
 * The `test` of the browser files: Chromium and pages come as fixtures and are closed when
 * their scope ends, so a file says only what it checks.
 *
 * - `session`: one page the whole file shares, in test order, so a test may go on from where
 *   the previous one left off (history, focus, the problems of the last visit). It opens at
 *   `sessionOptions`; a file that needs another size or no JavaScript says so once at its top
 *   with `test.override('sessionOptions', { width: 375, javaScriptEnabled: false })`.
 * - `openPage(options)`: a fresh page for one test, closed after it.
 */
import { test as base } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import type { NewPageOptions, PageSession } from './browser.ts';

export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('sessionOptions', { scope: 'file' }, { width: 1280 } as NewPageOptions)
  .extend('session', { scope: 'file' }, async ({ browser, sessionOptions }, { onCleanup }) => {
    const session = await newPage(browser, sessionOptions);
    onCleanup(() => session.close());
    return session;
  })
  .extend('openPage', async ({ browser }, { onCleanup }) => {
    const opened: PageSession[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map((session) => session.close()));
    });
    return async (options: NewPageOptions = {}): Promise<PageSession> => {
      const session = await newPage(browser, options);
      opened.push(session);
      return session;
    };
  });
