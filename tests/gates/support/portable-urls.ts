import type { Element, Root } from 'hast';
import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import { visit } from 'unist-util-visit';

// hast names of attributes holding one URL.
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data'] as const;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Why a URL found in the site would not work in every place, or null: a root-absolute path
 * fails under a sub-path and from disk; a folder link ("plans/") opens a directory, not its
 * index.html, from disk. External URLs, fragments and queries alone are fine.
 * @example urlProblem('/plans/') // 'root-absolute'
 */
export function urlProblem(url: string): string | null {
  const value = url.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('?') || value.startsWith('//') || SCHEME.test(value)) return null;
  if (value.startsWith('/')) return 'root-absolute';
  const path = value.split(/[?#]/)[0]!;
  const last = path.split('/').at(-1)!;
  return last === '' || last === '.' || last === '..' || !last.includes('.') ? 'names a folder, not its index.html' : null;
}

/** URLs of url() and @import in CSS text. */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const collect = (value: string): void => {
    valueParser(value).walk((node) => {
      if (node.type === 'function' && node.value.toLowerCase() === 'url' && node.nodes[0]) urls.push(node.nodes[0].value);
    });
  };
  const root = postcss.parse(css);
  root.walkDecls((decl) => collect(decl.value));
  root.walkAtRules('import', (rule) => {
    const first = valueParser(rule.params).nodes[0];
    if (first?.type === 'string') urls.push(first.value);
    else collect(rule.params);
  });
  return urls;
}

/** Problems of a stylesheet's url()s, as "url (why)". */
export function findCssUrlProblems(css: string): string[] {
  return cssUrls(css).flatMap((url) => {
    const why = urlProblem(url);
    return why ? [`url(${url}) (${why})`] : [];
  });
}

function keptAbsolute(node: Element): boolean {
  // Canonical and Open Graph URLs name the deployed site and must stay absolute.
  const rel = node.properties['rel'];
  if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical')) return true;
  return node.tagName === 'meta' && String(node.properties['property'] ?? '').startsWith('og:');
}

/** Every URL of a page that would not work in every place, as "<tag attr=url> (why)". */
export function findHtmlUrlProblems(tree: Root): string[] {
  const problems: string[] = [];
  const check = (node: Element, attribute: string, url: string) => {
    const why = urlProblem(url);
    if (why) problems.push(`<${node.tagName} ${attribute}="${url}"> (${why})`);
  };
  visit(tree, 'element', (node: Element) => {
    if (keptAbsolute(node)) return;
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') check(node, name, value);
    }
    for (const name of ['srcSet', 'imageSrcSet']) {
      const value = node.properties[name];
      const candidates = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
      for (const candidate of candidates) check(node, name, candidate.trim().split(/\s+/)[0] ?? '');
    }
    if (node.tagName === 'meta' && String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]*)/i.exec(String(node.properties['content'] ?? ''))?.[1];
      if (target !== undefined) check(node, 'http-equiv=refresh', target);
    }
    const style = node.properties['style'];
    if (typeof style === 'string') for (const problem of findCssUrlProblems(`x{${style}}`)) problems.push(`<${node.tagName} style> ${problem}`);
    if (node.tagName === 'style') {
      for (const child of node.children) if (child.type === 'text') for (const problem of findCssUrlProblems(child.value)) problems.push(`<style> ${problem}`);
    }
  });
  return problems;
}
