import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** One URL-valued attribute found in a page, e.g. `<a href="../c1/">`. */
export interface PageLink {
  tag: string;
  attribute: 'href' | 'src';
  value: string;
}

// hast property names of URL attributes; srcset and inline CSS urls are not followed.
const URL_PROPERTIES = ['href', 'src'] as const;

/** Every href and src in a page (a, link, area, img, script, iframe, source…), in document order. */
export function collectLinks(tree: Root): PageLink[] {
  const links: PageLink[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_PROPERTIES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push({ tag: node.tagName, attribute, value });
    }
  });
  return links;
}

/** Every fragment target of a page: element ids, and the names of `<a name>` as HTML also scrolls to those. */
export function collectAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string') anchors.add(id);
    if (node.tagName === 'a' && typeof name === 'string') anchors.add(name);
  });
  return anchors;
}

/** Every element carrying an id, by id, so tests can ask what an anchor is. */
export function collectIds(tree: Root): Map<string, Element> {
  const ids = new Map<string, Element>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string' && !ids.has(node.properties.id)) ids.set(node.properties.id, node);
  });
  return ids;
}
