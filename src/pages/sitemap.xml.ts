import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content.ts';
import { listPagePaths } from '../lib/page-paths.ts';
import { listSlicePaths } from '../lib/slice-paths.ts';
import { renderSitemap } from '../lib/sitemap.ts';
import { absoluteUrl, rootUrl } from '../lib/urls.ts';

/** /sitemap.xml: every page of the site; absolute URLs when SITE_URL gives the site's address. */
export const GET: APIRoute = async ({ site }) => {
  const content = await loadSite();
  const pagePaths = [...listPagePaths(content.plans, content.units, content.themes, content.lineage), ...listSlicePaths(content)];
  const locations = pagePaths.map((path) => (site ? absoluteUrl(rootUrl(path), site) : rootUrl(path)));
  return new Response(renderSitemap(locations), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
