/**
 * Global setup of the site project: build once, serve dist/ the way the host
 * does, start one shared Chromium, and provide their addresses to the tests.
 * SKIP_BUILD=1 reuses an existing dist/ (handy while writing a gate);
 * DIST_DIR=<dir> with SKIP_BUILD=1 tests another build, e.g. a deliberately broken copy.
 */
import '../support/context.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts';
import { run, tail } from '../../scripts/lib/run.ts';
import { startServer } from '../../scripts/lib/static-server.ts';

async function buildSite(root: string, distDir: string): Promise<void> {
  if (process.env['SKIP_BUILD'] === '1' && existsSync(distDir)) {
    console.log(`[site] SKIP_BUILD=1: testing the existing ${distDir}`);
    return;
  }
  // `astro build` itself, not scripts/build.ts: its integration hook must finish the site (preview
  // images, search index; tests/build/og-images.test.ts), within the memory budget or it stops.
  // With npm run build's heap ceiling: without it Astro's process alone is near the budget.
  console.log('[site] building the site and its search index (astro build)…');
  const env = {
    ...process.env,
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=768`.trim(),
  };
  const result = await run('node_modules/.bin/astro', ['build', '--outDir', distDir], { cwd: root, env });
  mkdirSync(resolve(root, 'test-results'), { recursive: true });
  writeFileSync(resolve(root, 'test-results/build.log'), result.output);
  if (result.code !== 0) {
    throw new Error(`the build failed (full log in test-results/build.log):\n${tail(result.output)}`);
  }
  console.log(`[site] built in ${result.seconds.toFixed(1)} s`);
}

async function launchSharedBrowser(): Promise<BrowserServer | string> {
  try {
    return await chromium.launchServer({ executablePath: chromiumPath(), args: chromiumFlags });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  const distDir = resolve(root, process.env['DIST_DIR'] ?? 'dist');
  await buildSite(root, distDir);

  const server = await startServer({ root: distDir, port: 0 });
  const browser = await launchSharedBrowser();
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('browserWsEndpoint', typeof browser === 'string' ? '' : browser.wsEndpoint());
  project.provide('browserError', typeof browser === 'string' ? browser : '');

  return async () => {
    if (typeof browser !== 'string') await browser.close();
    await server.close();
  };
}
