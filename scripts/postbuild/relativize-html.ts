import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { relativizeCss } from './relativize-css.ts';
import { relativeSrcset, relativeUrl, type UrlKind } from './relative-url.ts';

/** Attributes holding one URL, by hast property name. */
const URL_PROPERTIES = ['href', 'src', 'action', 'poster', 'formAction', 'cite', 'data'] as const;

// <link rel> values naming a resource the page loads rather than a page a person opens.
const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'apple-touch-icon', 'mask-icon']);
// Elements whose src opens a page.
const FRAMES = new Set(['iframe', 'frame']);

/** Whether an attribute's URL names a page (a folder then means its index.html) or a resource the page loads. */
function urlKind(node: Element, name: string): UrlKind {
  if (name === 'poster' || name === 'data') return { document: false };
  if (name === 'src') return { document: FRAMES.has(node.tagName) };
  if (name === 'href' && node.tagName === 'link') {
    const rel = node.properties['rel'];
    return { document: !(Array.isArray(rel) ? rel : [rel]).some((value) => RESOURCE_RELS.has(String(value).toLowerCase())) };
  }
  return { document: true };
}

function isKeptAbsolute(node: Element): boolean {
  // Canonical and Open Graph URLs name the deployed site; they stay absolute.
  const rel = node.properties['rel'];
  if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical')) return true;
  const property = String(node.properties['property'] ?? '');
  return node.tagName === 'meta' && property.startsWith('og:');
}

function rewriteRefresh(content: string, fromFile: string): string | null {
  const m = /^(\s*\d+\s*;\s*url\s*=\s*)(['"]?)(.*?)\2\s*$/i.exec(content);
  if (!m) return null;
  const rewritten = relativeUrl(fromFile, m[3]!);
  return rewritten === null ? null : `${m[1]}${m[2]}${rewritten}${m[2]}`;
}

/**
 * Rewrite every internal URL of a built HTML page (href, src, srcset, action, poster, meta
 * refresh, inline style url()) relative to the page, so the site opens from disk and under
 * any sub-path; a link to a folder page names its index.html, a resource URL never does.
 * Parses the HTML (hast); never edits markup with regular expressions.
 */
export function relativizeHtml(html: string, fromFile: string): string {
  const tree: Root = fromHtml(html);
  visit(tree, 'element', (node: Element) => {
    if (isKeptAbsolute(node)) return;
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value !== 'string') continue;
      const rewritten = relativeUrl(fromFile, value, urlKind(node, name));
      if (rewritten !== null) node.properties[name] = rewritten;
    }
    for (const name of ['srcSet', 'imageSrcSet'] as const) {
      const value = node.properties[name];
      const joined = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : null;
      if (joined === null) continue;
      const rewritten = relativeSrcset(fromFile, joined);
      if (rewritten !== null) node.properties[name] = rewritten;
    }
    if (node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh') {
      const rewritten = rewriteRefresh(String(node.properties['content'] ?? ''), fromFile);
      if (rewritten !== null) node.properties['content'] = rewritten;
    }
    const style = node.properties['style'];
    if (typeof style === 'string' && /url\(/i.test(style)) {
      node.properties['style'] = relativizeCss(`x{${style}}`, fromFile).slice(2, -1);
    }
    if (node.tagName === 'style') {
      for (const child of node.children) if (child.type === 'text') child.value = relativizeCss(child.value, fromFile);
    }
  });
  return toHtml(tree, { allowDangerousHtml: true });
}
