import { stripVTControlCharacters } from 'node:util';
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
 * Render time per route from `astro build`'s page log, where each page prints as
 * "├─ /actions/x/2020/index.html (+8ms)" (pages copied from the incremental cache print without a
 * time and are left out). Costliest route first.
 */
export function routeTimes(log: string, routes: readonly PageRoute[]): RouteTime[] {
  const totals = new Map<string, { pages: number; ms: number }>();
  for (const line of stripVTControlCharacters(log).split('\n')) {
    const match = /[├└]─ \/(\S+) \(\+(\d+(?:\.\d+)?)m?s\)/.exec(line);
    if (!match) continue;
    const seconds = line.includes(`(+${match[2]}s)`);
    const route = routeOf(routes, match[1]!);
    const total = totals.get(route) ?? { pages: 0, ms: 0 };
    total.pages++;
    total.ms += Number(match[2]) * (seconds ? 1000 : 1);
    totals.set(route, total);
  }
  return [...totals]
    .map(([route, { pages, ms }]) => ({ route, pages, ms, msPerPage: ms / pages }))
    .sort((a, b) => b.ms - a.ms);
}
