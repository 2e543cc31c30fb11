import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content.ts';
import { listPagePaths } from '../lib/page-paths.ts';
import { renderSitemap } from '../lib/sitemap.ts';
import { url } from '../lib/urls.ts';

/** /sitemap.xml: every page of the site; absolute URLs when SITE_URL gives the site's address. */
export const GET: APIRoute = async ({ site }) => {
  const { plans, units } = await loadSite();
  const locations = listPagePaths(plans, units).map((path) => (site ? new URL(url(path), site).href : url(path)));
  return new Response(renderSitemap(locations), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
