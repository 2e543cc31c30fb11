import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, serveInChromium } from '../support/site/site-in-chromium.ts';

/** Viewports as Lighthouse's presets use them: a phone, and a desktop window with a classic scrollbar. */
const VIEWPORTS = {
  mobile: { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
  desktop: { viewport: { width: 1350, height: 940 } },
} as const;

/** Layout shifts the browser reports while the search page loads and answers; the sum is the page's CLS. */
async function shifts(browser: Browser, options: (typeof VIEWPORTS)[keyof typeof VIEWPORTS], url: string, answered: boolean): Promise<{ value: number; sources: string[] }[]> {
  const context = await browser.newContext(options);
  // The search's scripts arrive late, as on a slow phone network: the page paints before them.
  await context.route(/\/search\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const page = await context.newPage();
  // Installed before any of the page's scripts run, so no shift of the first frames is missed.
  await page.addInitScript(() => {
    const seen: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof seen }).__shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : String(source.node?.nodeName)));
        seen.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector(`[data-search-status][data-state="${answered ? 'done' : 'idle'}"]`);
  // Let the last frames after the answer paint, and their shifts be reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  const found = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  await context.close();
  return found;
}

describeInChromium('the search page does not shift in chromium', () => {
  const site = serveInChromium(siteDist);

  // 健康 fills a page of results, which once pushed the footer down (and, on a desktop, brought the
  // scrollbar that moved the centred layout 7 px sideways); the bare page only says what to do.
  test.each([
    ['mobile', '健康', true],
    ['desktop', '健康', true],
    ['mobile', '', false],
    ['desktop', '', false],
  ] as const)('%s, query %j: no layout shift while results arrive', async (device, query, answered) => {
    const url = `${site.server.url}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
    const found = await shifts(site.browser, VIEWPORTS[device], url, answered);
    expect(found).toEqual([]);
  }, 60_000);

  // A URL that chooses a filter (the 任务 form's place and kind) opens the filters above the
  // results: opened by search.js after the first paint, they pushed the results down (CLS 0.215).
  test.each(['mobile', 'desktop'] as const)('%s, a filtered search: the filters are open before the results paint', async (device) => {
    const url = `${site.server.url}search/?q=${encodeURIComponent('卫生')}&kind=action&place=${encodeURIComponent('鄞州')}`;
    const found = await shifts(site.browser, VIEWPORTS[device], url, true);
    expect(found).toEqual([]);
  }, 60_000);
});
