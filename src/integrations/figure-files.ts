import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { figureStore } from './figure-files-store.ts';

/**
 * The files the chart figures offer (figure-files-store.ts): in a build, staged while pages
 * render and copied into the output once every page is rendered, so that each figure's CSV
 * links work without JavaScript; in `astro dev`, served from memory once their page has been
 * rendered.
 */
export function figureFilesIntegration(): AstroIntegration {
  let staging = '';
  return {
    name: 'beskaeftigelsesmaal:figure-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(new URL('figure-files/', config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const body = figureStore().files.get(path);
          if (body === undefined) return next();
          response.setHeader('Content-Type', 'text/csv; charset=utf-8');
          response.end(body);
        });
      },
      'astro:build:start': async () => {
        await rm(staging, { recursive: true, force: true });
        await mkdir(staging, { recursive: true });
        figureStore().staging = staging;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          await cp(staging, root, { recursive: true });
          const files = await readdir(staging, { recursive: true, withFileTypes: true });
          logger.info(`${files.filter((entry) => entry.isFile()).length} CSV files of chart figures`);
        } catch (error) {
          throw new Error(`Copying the chart figures' CSV files from ${staging} into ${root} failed`, {
            cause: error,
          });
        } finally {
          figureStore().staging = undefined;
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
