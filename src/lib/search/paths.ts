/**
 * Where search results point, relative to the site root without a leading slash, in the form
 * every page writes its links (…/index.html, src/lib/urls.ts), so the same URL works at a web
 * root, under a sub-path and from disk. The browser resolves them against the site root it
 * computes from its own script's URL. Mirrors `paths` in urls.ts, which reads Astro's
 * environment and cannot load outside a build (tests/search/paths.test.ts keeps the two equal).
 */

/** The plan page. */
export const planPath = (slug: string): string => `plans/${slug}/index.html`;

/** A clause of a plan, on the plan page: "plans/yinzhou-2018/index.html#c3-1-3". */
export const clausePath = (slug: string, clauseId: string): string => `${planPath(slug)}#${clauseId}`;

/** The page of a responsible unit. */
export const unitPath = (unitSlug: string): string => `units/${unitSlug}/index.html`;

/** The page of a cited document. */
export const documentPath = (slug: string): string => `documents/${slug}/index.html`;

/** The search folder, relative to the site root: the client, the converter, facets and the fallback index. */
export const SEARCH_DIR = 'search/';

/** The Pagefind bundle folder, relative to the site root. */
export const PAGEFIND_DIR = 'pagefind/';
