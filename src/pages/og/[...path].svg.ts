import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPages } from '../../lib/og/og-pages.ts';
import { ogImagePath } from '../../lib/paths.ts';

/**
 * The preview images as SVG; src/integrations/og-images.ts renders each to the PNG the pages
 * name in og:image and removes the SVG.
 */
export const getStaticPaths = (async () => {
  const site = new URL(import.meta.env.SITE ?? 'http://127.0.0.1:4321/');
  return (await ogPages(site)).map(({ pagePath, svg }) => ({
    params: { path: ogImagePath(pagePath, 'svg').replace(/^\/og\/|\.svg$/g, '') },
    props: { svg },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: () => string }).svg(), { headers: { 'Content-Type': 'image/svg+xml' } });
