import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { linkTo } from '../../support/site/page-helpers.ts';

/** Whether a built site has its search index (Pagefind's bundle, pagefind/); without it the search steps cannot run. */
export function hasSearchIndex(site: string): boolean {
  return existsSync(join(site, 'pagefind'));
}

/** Type a query into the header's search form and submit it, as a person does; waits for the search page. */
export async function searchFromHeader(page: Page, query: string): Promise<void> {
  const input = page.locator('form[role="search"] input[name="q"]').first();
  await input.fill(query);
  const opened = page.waitForURL((url) => url.searchParams.get('q') === query, { waitUntil: 'load' });
  await input.press('Enter');
  await opened;
}

/** The first visible result link whose page path matches `pathname`, once the search has shown it; throws after `timeout`. */
export async function waitForResult(page: Page, pathname: RegExp, timeout = 15_000): Promise<Locator> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await linkTo(page, pathname);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await page.waitForTimeout(200);
  }
}
