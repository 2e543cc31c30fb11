import { PAGE_BUDGET_KB, type PageSize, type PageSizes } from './page-sizes.ts';
import type { RouteTime } from './route-times.ts';

const kb = (size: PageSize | null): string => (size ? `${size.kb.toFixed(1)} KB (${size.route}: ${size.file})` : '—');

/** Print the page figures of a bench run: largest and 95th percentile page with their routes, pages over budget, each route's largest page and render time. */
export function printPageFigures(sizes: PageSizes, times: readonly RouteTime[]): void {
  console.log(`\nlargest page ${kb(sizes.largest)} · 95th percentile ${kb(sizes.p95)} · ${sizes.overBudget.length} over the ${PAGE_BUDGET_KB} KB budget`);
  for (const page of sizes.overBudget.slice(0, 10)) console.log(`  over budget: ${kb(page)}`);
  const time = new Map(times.map((entry) => [entry.route, entry]));
  console.log('| route | largest page KB | pages rendered | ms a page | render s |');
  console.log('|---|---|---|---|---|');
  const routes = [...new Set([...sizes.largestByRoute.map((page) => page.route), ...times.map((entry) => entry.route)])];
  for (const route of routes) {
    const largest = sizes.largestByRoute.find((page) => page.route === route);
    const spent = time.get(route);
    console.log(`| ${route} | ${largest ? largest.kb.toFixed(1) : '—'} | ${spent?.pages ?? '—'} | ${spent ? spent.msPerPage.toFixed(1) : '—'} | ${spent ? (spent.ms / 1000).toFixed(1) : '—'} |`);
  }
}

/** Print the pages a rebuild after one changed notice rendered again (the others were copied from Astro's cache), by route. */
export function printRebuiltRoutes(rendered: readonly { route: string; pages: number }[]): void {
  const pages = rendered.reduce((sum, entry) => sum + entry.pages, 0);
  console.log(`\nthe rebuild rendered ${pages} pages again: ${rendered.map((entry) => `${entry.route} ${entry.pages}`).join(', ') || 'none'}`);
}
