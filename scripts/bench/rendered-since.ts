import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routeOf, type PageRoute } from './page-routes.ts';

/**
 * How many pages of each route `astro build` rendered into `dist` since `since` (ms since the epoch),
 * most first: the pages a rebuild rendered again rather than reused. Astro's incremental build
 * keeps a copy of each page it renders under `<cacheDir>/dist/` and writes that copy only when it
 * renders the page; a page it reuses is left in dist/ (scripts/astro/keep-built-pages.ts), or copied
 * back with `copyFile` when dist/ was emptied, which gives the copy in dist/ a new time but leaves
 * the cached one as it was. So a page was rendered
 * when its cached copy is missing (a route without a page key) or newer than the build's start;
 * dist/'s own times say nothing. Read from the files rather than from Astro's page log: with
 * several render threads the log prints a page's name and its time on separate writes, so other
 * pages' lines fall between them.
 */
export function renderedSince(dist: string, astroCache: string, since: number, routes: readonly PageRoute[]): { route: string; pages: number }[] {
  const counts = new Map<string, number>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const page = relative(dist, join(entry.parentPath, entry.name));
    if (!renderedAfter(join(astroCache, 'dist', page), since)) continue;
    const route = routeOf(routes, page.split(sep).join('/'));
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return [...counts].map(([route, pages]) => ({ route, pages })).sort((a, b) => b.pages - a.pages || a.route.localeCompare(b.route));
}

/** The page whose incremental-cache copy is at `cached` was rendered after `since`: its copy is newer, or there is none. */
function renderedAfter(cached: string, since: number): boolean {
  const stat = statSync(cached, { throwIfNoEntry: false });
  return stat === undefined || stat.mtimeMs >= since;
}
