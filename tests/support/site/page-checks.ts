import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const HEADING = /^h[1-6]$/;

/** Heading levels in document order: h2 → 2. */
export function headingLevels(tree: Root): number[] {
  return elements(tree, (node) => HEADING.test(node.tagName)).map((node) => Number(node.tagName.slice(1)));
}

/** Where the outline skips a level going down (h2 followed by h4), as "h2 → h4"; the first heading counts from h0. */
export function headingSkips(levels: readonly number[]): string[] {
  return levels.flatMap((level, i) => {
    const previous = i === 0 ? 0 : levels[i - 1]!;
    return level > previous + 1 ? [`h${previous} → h${level}`] : [];
  });
}

/** What every page must have: lang="zh-CN", one h1, a title, a description, an outline without skips, unique ids. */
export function checkPageBasics(tree: Root): string[] {
  const problems: string[] = [];
  const html = elements(tree, (node) => node.tagName === 'html')[0];
  if (html?.properties.lang !== 'zh-CN') problems.push(`<html lang> is ${JSON.stringify(html?.properties.lang ?? null)}, not "zh-CN"`);
  const h1 = elements(tree, (node) => node.tagName === 'h1').length;
  if (h1 !== 1) problems.push(`${h1} h1 elements`);
  const title = elements(tree, (node) => node.tagName === 'title')[0];
  if (!title || toText(title).trim() === '') problems.push('empty or missing <title>');
  const description = elements(tree, (node) => node.tagName === 'meta' && node.properties.name === 'description')[0];
  if (typeof description?.properties.content !== 'string' || description.properties.content.trim() === '') {
    problems.push('empty or missing <meta name="description">');
  }
  for (const skip of headingSkips(headingLevels(tree))) problems.push(`heading skips a level: ${skip}`);
  const seen = new Set<string>();
  for (const node of elements(tree, (node) => typeof node.properties.id === 'string')) {
    const id = node.properties.id as string;
    if (seen.has(id)) problems.push(`duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}
