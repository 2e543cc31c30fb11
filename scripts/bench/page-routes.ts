import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A page route of src/pages and the dist/ files it builds. */
export interface PageRoute {
  /** As a path under src/pages: "actions/[place]/[year].astro". */
  route: string;
  pattern: RegExp;
  /** Static segments count first, as Astro matches them before parameters. */
  rank: number;
}

function toPattern(route: string): RegExp {
  const path = route.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  if (path === '404') return /^404\.html$/;
  // A rest parameter ([...year]) may be empty: units/[unitSlug]/[...year] builds units/x/ and units/x/2020/.
  const source = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\[\.\.\..+\]$/.test(segment) ? '(?:[^/]+/)*' : /^\[.+\]$/.test(segment) ? '[^/]+/' : `${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`))
    .join('');
  return new RegExp(`^${source}index\\.html$`);
}

/** Every .astro page route under a pages folder, most specific first. */
export function listPageRoutes(pagesDir: string): PageRoute[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((route) => ({ route, pattern: toPattern(route), rank: route.split('/').filter((segment) => !segment.startsWith('[')).length * 100 - route.split('/').length }))
    .sort((a, b) => b.rank - a.rank || a.route.localeCompare(b.route));
}

/**
 * The route a built file comes from ("actions/x/2020/index.html" → "actions/[place]/[year].astro"),
 * or "(endpoints)" for a file no page route builds (sitemap.xml, sources/*.txt).
 */
export function routeOf(routes: readonly PageRoute[], file: string): string {
  return routes.find((route) => route.pattern.test(file))?.route ?? '(endpoints)';
}
