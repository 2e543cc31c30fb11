import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, skipChromium } from '../support/site/chromium.ts';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, serveInChromium } from '../support/site/site-in-chromium.ts';

/**
 * The responsibility matrix is wider and taller than a phone: scrolled inside its box, its header
 * row and first column stay in view. (Its axe checks are in tests/gates/axe.test.ts.)
 */

if (skipChromium) console.warn(`matrix scroll check SKIPPED: ${CHROMIUM_PATH} is missing; apt-get install -y chromium`);

const VIEWS = [
  { name: 'desktop', options: {} },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

describeInChromium('the matrix scrolled', () => {
  const site = serveInChromium(siteDist);

  test.each(VIEWS)('$name: /plans/yinzhou-2018/matrix/ keeps its header row and first column in view', async ({ options }) => {
    const context = await site.browser.newContext(options);
    const page: Page = await context.newPage();
    try {
      await page.goto(`${site.server.url}plans/yinzhou-2018/matrix/`);
      const before = await page.evaluate(() => ({
        head: document.querySelector('.matrix thead')!.getBoundingClientRect().top,
        first: document.querySelector('.matrix tbody th')!.getBoundingClientRect().left,
      }));
      const scrolled = await page.locator('.matrix-scroll').evaluate((element) => {
        element.scrollTo(600, 400);
        return { left: element.scrollLeft, top: element.scrollTop };
      });
      // Without a scroll box (overflow visible) nothing scrolls and a sticky header proves nothing.
      expect(scrolled.left, 'the matrix box scrolled sideways').toBeGreaterThan(0);
      expect(scrolled.top, 'the matrix box scrolled down').toBeGreaterThan(0);
      const after = await page.evaluate(() => ({
        head: document.querySelector('.matrix thead')!.getBoundingClientRect().top,
        first: document.querySelector('.matrix tbody tr:nth-child(12) th')!.getBoundingClientRect().left,
      }));
      expect(after.head).toBeCloseTo(before.head, 0);
      expect(after.first).toBeCloseTo(before.first, 0);
    } finally {
      await context.close();
    }
  });
});
