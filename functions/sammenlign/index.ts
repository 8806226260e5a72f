/**
 * Cloudflare Pages Function for /sammenlign/: the year picker there is a plain GET form, so
 * `/sammenlign/?fra=2019&til=2023` must become `/sammenlign/2019-2023/` on the host, without
 * JavaScript in the browser. A static `_redirects` file cannot match a query string on
 * Cloudflare Pages; this function does, with the same rule scripts/serve.ts applies.
 * Every other request to /sammenlign/ gets the static page.
 */
import { pickedComparePath } from '../../src/lib/paths.ts';

interface PagesContext {
  request: Request;
  next: () => Promise<Response>;
}

export async function onRequestGet({ request, next }: PagesContext): Promise<Response> {
  const target = pickedComparePath(new URL(request.url).searchParams);
  return target === undefined ? next() : Response.redirect(new URL(target, request.url).href, 302);
}
