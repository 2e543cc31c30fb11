import type { Page } from 'playwright-core';

/**
 * Tag names a text mentions as markup ("<iframe …>", "</b>"), lower-cased: what a template that
 * failed to escape the text would turn into elements.
 * @example tagsNamedIn('a<b data-x="1">b</b> <mailto:x@y>') // ['b']
 */
export function tagsNamedIn(text: string): string[] {
  return [...new Set([...text.matchAll(/<\/?([a-z][a-z0-9-]*)(?=[\s/>])/gi)].map((m) => m[1]!.toLowerCase()))].sort();
}

/**
 * Elements and attributes of the page now open that its templates did not make, when the page
 * shows text containing markup: elements of the `foreign` tags (named in the text, used by no
 * template), elements carrying `marker` (an attribute every hostile element of the text has),
 * inline scripts, event handler attributes, javascript: URLs, and more than one h1 or main.
 */
export function findForeignElements(page: Page, foreign: readonly string[], marker: string): Promise<string[]> {
  return page.evaluate(
    ([foreign, marker]) => {
      const problems: string[] = [];
      const name = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
      for (const element of document.querySelectorAll('*')) {
        if (foreign.includes(element.localName)) problems.push(`${name(element)} element`);
        if (element.hasAttribute(marker)) problems.push(`${name(element)} with ${marker}`);
        if (element.localName === 'script' && !element.hasAttribute('src')) problems.push('inline <script>');
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) problems.push(`${attribute.name} on ${name(element)}`);
          if (/^\s*javascript:/i.test(attribute.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name)) {
            problems.push(`javascript: ${attribute.name} on ${name(element)}`);
          }
        }
      }
      for (const tag of ['h1', 'main']) {
        const count = document.getElementsByTagName(tag).length;
        if (count !== 1) problems.push(`${count} <${tag}> elements`);
      }
      return problems;
    },
    [foreign, marker] as const,
  );
}
