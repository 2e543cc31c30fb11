import type { APIRoute } from 'astro';
import { listSitePaths, sitemapLocation } from '../lib/site-locations.ts';
import { renderSitemap, renderSitemapIndex, splitSitemap } from '../lib/sitemap.ts';
import { paths } from '../lib/urls.ts';

/**
 * /sitemap.xml: every page of the site while they fit in one sitemap file (50,000 URLs); past that, a
 * sitemap index of sitemaps/1.xml, 2.xml … (src/pages/sitemaps/[part].xml.ts). Absolute URLs when SITE_URL
 * gives the site's address.
 */
export const GET: APIRoute = async ({ site }) => {
  const parts = splitSitemap(await listSitePaths());
  const body =
    parts.length === 1
      ? renderSitemap(parts[0]!.map((path) => sitemapLocation(path, site)))
      : renderSitemapIndex(parts.map((_, index) => sitemapLocation(paths.sitemapPart(index + 1), site)));
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
