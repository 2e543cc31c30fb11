import { expect, test } from 'vitest';
import { siteDist } from '../support/site/dist.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';

/**
 * The site on a phone (375 px wide, the narrowest common width). The header's eight links are too
 * many for one line: they wrap as words; a label cut into single characters (规/划) is the failure
 * this guards, and so is a header wider than the screen. The 任务 form keeps each label beside its
 * control.
 */
describeInChromium('the site on a phone, in chromium', () => {
  const site = serveInChromium(siteDist);
  const tab = openTab(() => site.browser, { context: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } });

  test.each(['', 'search/?q=家庭医生', 'units/'])('%s: every navigation label on one line, nothing wider than the screen', async (path) => {
    await tab.page.goto(`${site.server.url}${path}`);
    const seen = await tab.page.evaluate(() => ({
      labels: [...document.querySelectorAll<HTMLElement>('.site-nav a')].map((a) => ({ text: a.textContent!.trim(), lines: a.getClientRects().length, height: a.getBoundingClientRect().height, line: parseFloat(getComputedStyle(a).lineHeight) })),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(seen.labels).toHaveLength(8);
    for (const label of seen.labels) {
      expect(label.lines, label.text).toBe(1);
      expect(label.height, label.text).toBeLessThan(label.line * 1.5);
    }
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(tab.errors).toEqual([]);
  });

  test('actions/: the 任务 form keeps each label on the line of its control, every control within the screen', async () => {
    await tab.page.goto(`${site.server.url}actions/`);
    const fields = await tab.page.evaluate(() =>
      [...document.querySelectorAll<HTMLLabelElement>('.action-search label')].map((label) => {
        const control = document.getElementById(label.htmlFor)!.getBoundingClientRect();
        const own = label.getBoundingClientRect();
        return { text: label.textContent!.trim(), middle: own.top + own.height / 2, top: control.top, bottom: control.bottom, right: control.right };
      }),
    );
    expect(fields.map((field) => field.text)).toEqual(['关键词', '地区', '年份']);
    for (const field of fields) {
      expect(field.middle, field.text).toBeGreaterThan(field.top);
      expect(field.middle, field.text).toBeLessThan(field.bottom);
      expect(field.right, field.text).toBeLessThanOrEqual(375);
    }
  });
});
