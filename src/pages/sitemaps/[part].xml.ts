import type { APIRoute, GetStaticPaths } from 'astro';
import { listSitePaths, sitemapLocation } from '../../lib/site-locations.ts';
import { renderSitemap, splitSitemap } from '../../lib/sitemap.ts';

/**
 * sitemaps/N.xml: the Nth 50,000 pages, numbered from 1 in sitemap order, when the site has more pages
 * than one sitemap file holds; none while sitemap.xml lists every page itself.
 */
export const getStaticPaths = (async () => {
  const parts = splitSitemap(await listSitePaths());
  if (parts.length === 1) return [];
  return parts.map((part, index) => ({ params: { part: String(index + 1) }, props: { part } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: string[] }> = ({ props, site }) =>
  new Response(renderSitemap(props.part.map((path) => sitemapLocation(path, site))), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
