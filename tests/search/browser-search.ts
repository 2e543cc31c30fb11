import type { Page } from 'playwright-core';

/** What the search page showed for one search. */
export interface ShownSearch {
  /** "pagefind" or "fallback". */
  engine: string;
  status: string;
  /** The result links, as absolute URLs, in order. */
  hrefs: string[];
}

/** Open a search page URL and wait until the search has answered (or failed). */
export async function showSearch(page: Page, url: string): Promise<ShownSearch> {
  await page.goto(url);
  await page.waitForSelector('[data-search-status][data-state="done"], [data-search-status][data-state="failed"]', { timeout: 30_000 });
  return page.evaluate(() => ({
    engine: document.querySelector<HTMLElement>('[data-search-results]')!.dataset['searchEngine'] ?? '',
    status: document.querySelector('[data-search-status]')!.textContent ?? '',
    hrefs: [...document.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')].map((a) => a.href),
  }));
}

/**
 * A result link as the site-relative URL search records store, given the URL of the site root.
 * @example siteRelative('http://127.0.0.1:5/sub/plans/a/index.html#c1', 'http://127.0.0.1:5/sub/') // 'plans/a/index.html#c1'
 */
export function siteRelative(href: string, root: string): string {
  if (!href.startsWith(root)) throw new Error(`${href} is outside the site ${root}`);
  return decodeURI(href.slice(root.length));
}
