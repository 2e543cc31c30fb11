import type { Page } from 'playwright-core';

// Fragments a browser handles without an element: "#" and "#top" scroll to the top.
const TOP_FRAGMENTS = new Set(['', 'top']);

/** Every link (a, area) of the current page, resolved by the browser, grouped by document: URL without fragment → fragments. */
async function linksByDocument(page: Page): Promise<Map<string, Set<string>>> {
  const hrefs = await page.locator('a[href], area[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const documents = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href);
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : null;
    url.hash = '';
    const fragments = documents.get(url.href) ?? new Set<string>();
    if (fragment !== null) fragments.add(fragment);
    documents.set(url.href, fragments);
  }
  return documents;
}

/** Fragments of `fragments` that name no element (id, or a[name]) of the page now open. */
async function missingAnchors(page: Page, fragments: ReadonlySet<string>): Promise<string[]> {
  const wanted = [...fragments].filter((fragment) => !TOP_FRAGMENTS.has(fragment));
  if (wanted.length === 0) return [];
  return page.evaluate(
    (names) => names.filter((name) => !document.getElementById(name) && !document.querySelector(`a[name="${CSS.escape(name)}"]`)),
    wanted,
  );
}

/** Open one linked document in `tab`: the problems found, "from → to (why)". */
async function openLinked(tab: Page, from: string, document: string, fragments: ReadonlySet<string>): Promise<string[]> {
  try {
    const response = await tab.goto(document);
    if (!response?.ok()) return [`${from} → ${document} (status ${response?.status() ?? 'none'})`];
    return (await missingAnchors(tab, fragments)).map((anchor) => `${from} → ${document}#${anchor} (no such id)`);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    // A file the browser saves rather than shows (a CSV) was answered; a missing one shows an error page.
    return message.includes('Download is starting') ? [] : [`${from} → ${document} (${message})`];
  }
}

// Tabs opening linked documents at once: the site is static, so order does not matter.
const TABS = 3;

/**
 * Follow every internal link of the page now open, as a person clicking each in turn would land:
 * open each linked document once (skipping those in `visited`, which is updated), in a few tabs
 * of the page's context, and check that it loads and holds every fragment linked to it. Returns
 * the problems, "from → to (why)". Failed requests, console errors and CSP violations on the way
 * are for the context's watchers to record.
 */
export async function followEveryLink(page: Page, contains: (url: string) => boolean, visited: Set<string>): Promise<string[]> {
  const from = page.url();
  const here = new URL(from);
  here.hash = '';
  const problems: string[] = [];
  const queue: [string, Set<string>][] = [];
  for (const [document, fragments] of await linksByDocument(page)) {
    if (!contains(document)) continue;
    if (document === here.href) {
      for (const anchor of await missingAnchors(page, fragments)) problems.push(`${from} → #${anchor} (no such id)`);
    } else if (!visited.has(document) || fragments.size > 0) {
      visited.add(document);
      queue.push([document, fragments]);
    }
  }
  const tabs = await Promise.all(Array.from({ length: TABS }, () => page.context().newPage()));
  await Promise.all(
    tabs.map(async (tab) => {
      for (let next = queue.shift(); next; next = queue.shift()) problems.push(...(await openLinked(tab, from, ...next)));
    }),
  );
  await Promise.all(tabs.map((tab) => tab.close()));
  return problems.sort();
}
