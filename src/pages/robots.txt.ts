import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site-path';

/** Every crawler may read every page; the sitemap (written by @astrojs/sitemap) is at the site's address. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
