import type { Locator, Page } from 'playwright-core';

/**
 * The path of a URL as the site's directory format names it: the postbuild writes links to
 * ".../index.html" so the site also opens from disk, and both forms name the same page.
 * @example pagePath('http://127.0.0.1:5/plans/a/index.html#c1') // '/plans/a/'
 */
export function pagePath(url: string): string {
  return new URL(url).pathname.replace(/\/index\.html$/, '/');
}

/** The first visible link of the page whose page path matches `pathname`; throws naming the page if none. */
export async function linkTo(page: Page, pathname: RegExp): Promise<Locator> {
  const links = page.locator('a[href]');
  const index = await links.evaluateAll(
    (anchors, source) =>
      anchors.findIndex((a) => {
        const path = new URL((a as HTMLAnchorElement).href).pathname.replace(/\/index\.html$/, '/');
        return new RegExp(source).test(path) && a.getClientRects().length > 0;
      }),
    pathname.source,
  );
  if (index < 0) throw new Error(`no visible link to ${pathname} on ${page.url()}`);
  return links.nth(index);
}

/** Click a link as a person does and wait for the page it opens; returns that page's HTTP status. */
export async function clickThrough(page: Page, link: Locator): Promise<number> {
  const navigation = page.waitForResponse((response) => response.request().isNavigationRequest() && response.frame() === page.mainFrame());
  await link.click();
  const response = await navigation;
  await page.waitForLoadState('load');
  return response.status();
}

/**
 * Press Tab until a button whose text, aria-label or title matches `label` (e.g. /复制引用/) inside
 * one of `clauseIds` has the focus; returns that clause's id, or null after `limit` presses.
 */
export async function tabToButton(page: Page, label: RegExp, clauseIds: readonly string[], limit = 400): Promise<string | null> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const clause = await page.evaluate(
      ([source, ids]) => {
        const focused = document.activeElement;
        if (!focused || !(focused.tagName === 'BUTTON' || focused.getAttribute('role') === 'button')) return null;
        const words = [focused.textContent, focused.getAttribute('aria-label'), focused.getAttribute('title')].join(' ');
        if (!new RegExp(source).test(words)) return null;
        for (let node = focused.parentElement; node; node = node.parentElement) if (ids.includes(node.id)) return node.id;
        return null;
      },
      [label.source, clauseIds] as const,
    );
    if (clause) return clause;
  }
  return null;
}
