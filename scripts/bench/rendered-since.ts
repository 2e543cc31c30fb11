import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routeOf, type PageRoute } from './page-routes.ts';

/**
 * How many pages of each route `astro build` wrote into `dist` since `since` (ms since the epoch),
 * most first: the pages a rebuild rendered again. Astro empties dist/ and copies each page it
 * reuses from its incremental cache with the cached file's times, so only a page it rendered has
 * a time after the build's start. Read
 * from the files rather than from Astro's page log: with several render threads the log prints a
 * page's name and its time on separate writes, so other pages' lines fall between them.
 */
export function renderedSince(dist: string, since: number, routes: readonly PageRoute[]): { route: string; pages: number }[] {
  const counts = new Map<string, number>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).mtimeMs < since) continue;
    const route = routeOf(routes, relative(dist, path).split(sep).join('/'));
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return [...counts].map(([route, pages]) => ({ route, pages })).sort((a, b) => b.pages - a.pages || a.route.localeCompare(b.route));
}
