import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The file a route of src/pages builds to, as a pattern over dist/ paths (directory format).
 * @example routePattern('plans/[slug]/actions/[clauseId].astro') // /^plans\/[^/]+\/actions\/[^/]+\/index\.html$/
 */
export function routePattern(route: string): RegExp {
  const path = route.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  const source = path
    .split('/')
    .map((segment) => (/^\[\.\.\..+\]$/.test(segment) ? '.+' : /^\[.+\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  if (path === '404') return /^404\.html$/;
  return new RegExp(`^${source === '' ? '' : `${source}/`}index\\.html$`);
}

/** Every HTML page route of a pages folder (src/pages), as paths relative to it: "plans/[slug]/index.astro". */
export function listRoutes(pagesDir: string): string[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * One built page of each route, so every page type is checked as the site grows: route → file.
 * A file a static route builds (units/functions/) never stands for a dynamic one (units/[unitSlug]);
 * among the rest the first in `prefer` order wins, then the first by name.
 */
export function pageOfEachType(routes: readonly string[], files: readonly string[], prefer: (file: string) => number = () => 0): Map<string, string> {
  const staticFiles = new Set(files.filter((file) => routes.some((route) => !route.includes('[') && routePattern(route).test(file))));
  const chosen = new Map<string, string>();
  for (const route of routes) {
    const dynamic = route.includes('[');
    const candidates = files.filter((file) => routePattern(route).test(file) && !(dynamic && staticFiles.has(file)));
    const best = [...candidates].sort((a, b) => prefer(a) - prefer(b) || a.localeCompare(b))[0];
    if (best) chosen.set(route, best);
  }
  return chosen;
}
