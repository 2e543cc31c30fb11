import type { SitePage } from './html-pages.ts';
import { collectAnchors, collectLinks } from './page-links.ts';
import { resolveLink } from './resolve-link.ts';

// Fragments a browser handles without an element: "#" and "#top" scroll to the top (HTML, "the indicated part of the document").
const TOP_FRAGMENTS = new Set(['', 'top']);

/**
 * Every broken internal link of a site, as "page → href (why)": no file, a missing slash, or no such id.
 * `base` is the path the site is deployed under (see resolveLink).
 */
export function findBrokenLinks(pages: readonly SitePage[], files: ReadonlySet<string>, base = '/'): string[] {
  const anchorsOf = new Map(pages.map((page) => [page.file, collectAnchors(page.tree)]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const { value } of collectLinks(page.tree)) {
      const target = resolveLink(files, page.url, value, base);
      if (target.kind === 'external') continue;
      const why = !target.file
        ? 'no such file'
        : target.problem ??
          (target.fragment !== null && !TOP_FRAGMENTS.has(target.fragment) && anchorsOf.get(target.file)?.has(target.fragment) === false
            ? `no id "${target.fragment}" in ${target.file}`
            : null);
      if (why) broken.push(`${page.url} → ${value} (${why})`);
    }
  }
  return broken;
}

/** The files of dist/ a page links to (fragments dropped), for "is X linked from Y" checks. */
export function linkedFiles(page: SitePage, files: ReadonlySet<string>): Set<string> {
  const targets = new Set<string>();
  for (const { value } of collectLinks(page.tree)) {
    const target = resolveLink(files, page.url, value);
    if (target.kind === 'internal' && target.file) targets.add(target.file);
  }
  return targets;
}
