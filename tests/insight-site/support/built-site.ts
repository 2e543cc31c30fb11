import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { siteDist } from '../../support/site/dist.ts';
import { listFiles, loadPage, type SitePage } from '../../support/site/html-pages.ts';
import { collectAnchors } from '../../support/site/page-links.ts';
import { resolveLink } from '../../support/site/resolve-link.ts';

/** The built site of this run and lookups over it, loaded once per test file. */
export interface BuiltSite {
  dist: string;
  files: Set<string>;
  /** The page served at a URL such as "/themes/fitness/"; throws naming the URL when it was not built. */
  page: (url: string) => SitePage;
  /** Whether a file of dist/ has an element with this id. */
  hasAnchor: (file: string, id: string) => boolean;
}

/** Open the built site (see tests/support/site/dist.ts), or another build's dist/. */
export function openBuiltSite(dist = siteDist()): BuiltSite {
  const files = new Set(listFiles(dist));
  const pages = new Map<string, SitePage>();
  const anchors = new Map<string, Set<string>>();
  const page = (url: string): SitePage => {
    const file = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
    if (!files.has(file)) throw new Error(`no page ${url} (${file}) in ${dist}`);
    let found = pages.get(file);
    if (!found) pages.set(file, (found = loadPage(dist, file)));
    return found;
  };
  const hasAnchor = (file: string, id: string): boolean => {
    let ids = anchors.get(file);
    if (!ids) anchors.set(file, (ids = collectAnchors(page(`/${file.replace(/index\.html$/, '')}`).tree)));
    return ids.has(id);
  };
  return { dist, files, page, hasAnchor };
}

/** The bytes of a built file. */
export function readBuilt(site: BuiltSite, file: string): Buffer {
  return readFileSync(join(site.dist, file));
}

/** Where a link of a page leads: the dist file (or null) and the fragment. */
export function linkTarget(site: BuiltSite, from: SitePage, href: string): { file: string | null; fragment: string | null } {
  const target = resolveLink(site.files, from.url, href);
  if (target.kind === 'external') return { file: null, fragment: null };
  return { file: target.file, fragment: target.fragment };
}

/** Elements of a page (or of an element) matching a CSS selector. */
export function select(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

/** The text of an element, whitespace collapsed. */
export function textOf(node: Element): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** The href of a link element. */
export function hrefOf(node: Element): string {
  const href = node.properties['href'];
  if (typeof href !== 'string') throw new Error(`<${node.tagName}> has no href`);
  return href;
}
