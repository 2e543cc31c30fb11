import { readPageLog } from './page-log.ts';
import type { PageRoute } from './page-routes.ts';
import { routeOf } from './page-routes.ts';

/** The time Astro spent rendering the pages of one route. */
export interface RouteTime {
  route: string;
  pages: number;
  /** Sum of the pages' render times, as Astro prints them. */
  ms: number;
  msPerPage: number;
}

/**
 * Render time per route from `astro build`'s page log (page-log.ts; pages copied from the
 * incremental cache, and the rare page whose time another page's line took, are left out).
 * Costliest route first. With two pages in flight a page's time also holds the other page's
 * rendering while it was being written, so the times compare routes with one another; their sum
 * is more than the render's wall time.
 */
export function routeTimes(log: string, routes: readonly PageRoute[]): RouteTime[] {
  const totals = new Map<string, { pages: number; ms: number }>();
  for (const page of readPageLog(log)) {
    if (page.ms === null) continue;
    const route = routeOf(routes, page.path.slice(1));
    const total = totals.get(route) ?? { pages: 0, ms: 0 };
    total.pages++;
    total.ms += page.ms;
    totals.set(route, total);
  }
  return [...totals]
    .map(([route, { pages, ms }]) => ({ route, pages, ms, msPerPage: ms / pages }))
    .sort((a, b) => b.ms - a.ms);
}
