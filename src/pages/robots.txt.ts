import type { APIRoute } from 'astro';
import { absoluteUrl, publicPath } from '../utils/paths';

/** Everything may be crawled; the sitemap (src/integrations/sitemap.ts) lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(publicPath('sitemap-index.xml'), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
