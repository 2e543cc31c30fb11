import { statSync } from 'node:fs';
import { join } from 'node:path';
import { listPageRoutes, routeOf } from './page-routes.ts';

/** The budget of one page's HTML (issue 13): no page may pass it, at any size of the collection. */
export const PAGE_BUDGET_KB = 250;

/** One page by its HTML size. */
export interface PageSize {
  /** The file under dist/, e.g. "actions/yinzhouqu/2018/index.html". */
  file: string;
  /** The src/pages route that built it. */
  route: string;
  kb: number;
}

/** How big the pages of a built site are: the largest, the 95th percentile, and every page over the budget. */
export interface PageSizes {
  largest: PageSize | null;
  p95: PageSize | null;
  overBudget: PageSize[];
  /** The largest page of each route, largest first. */
  largestByRoute: PageSize[];
}

/**
 * Size every HTML page of dist/ (as stored: the bytes a browser parses) and name the route of each.
 * `htmlFiles` are paths relative to dist.
 */
export function measurePageSizes(dist: string, htmlFiles: readonly string[], pagesDir: string): PageSizes {
  const routes = listPageRoutes(pagesDir);
  const sizes = htmlFiles
    .map((file): PageSize => ({ file, route: routeOf(routes, file), kb: statSync(join(dist, file)).size / 1024 }))
    .sort((a, b) => a.kb - b.kb);
  const byRoute = new Map<string, PageSize>();
  for (const size of sizes) byRoute.set(size.route, size);
  return {
    largest: sizes.at(-1) ?? null,
    // Nearest rank: the smallest page that at least 95% of pages do not pass.
    p95: sizes[Math.max(0, Math.ceil(sizes.length * 0.95) - 1)] ?? null,
    overBudget: sizes.filter((size) => size.kb > PAGE_BUDGET_KB).reverse(),
    largestByRoute: [...byRoute.values()].sort((a, b) => b.kb - a.kb),
  };
}
