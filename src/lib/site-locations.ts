import { loadSite } from './content.ts';
import { listPagePaths } from './page-paths.ts';
import { listSlicePaths } from './slice-paths.ts';
import { absoluteUrl, rootUrl } from './urls.ts';

/** A page path as a sitemap location: absolute when the deployment gives the site's address (SITE_URL), else rooted. */
export function sitemapLocation(path: string, site: URL | undefined): string {
  return site ? absoluteUrl(rootUrl(path), site) : rootUrl(path);
}

/** Site-relative paths of every page of the site, in the order the sitemap lists them. */
export async function listSitePaths(): Promise<string[]> {
  const content = await loadSite();
  return [...listPagePaths(content.plans, content.units, content.themes, content.lineage), ...listSlicePaths(content)];
}
