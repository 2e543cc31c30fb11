import { expect, test } from 'vitest';
import { CHROMIUM_PATH, skipChromium } from '../support/site/chromium.ts';
import { siteDist } from '../support/site/dist.ts';
import { clickThrough, linkTo, pagePath, tabToButton } from '../support/site/page-helpers.ts';
import { flattenClauses, loadPlans, numberedClauseIds } from '../support/site/plan-data.ts';
import { serveStatic } from '../support/site/serve.ts';
import { describeInChromium, openTab, serveInChromium } from '../support/site/site-in-chromium.ts';

if (skipChromium) console.warn(`browser tests SKIPPED: ${CHROMIUM_PATH} is missing; apt-get install -y chromium`);

const plan = loadPlans().find((p) => p.slug === 'yinzhou-2018')!;
const TARGET = 'c1-2-3';
// A numbered sibling of the target under the same parent, for "looks different from an ordinary clause".
const sibling = flattenClauses(plan.clauses).find((c) => c.children.some((child) => child.id === TARGET))!
  .children.find((c) => c.id !== TARGET && c.number !== null)!.id;
const HIGHLIGHT = ['background-color', 'outline-style', 'outline-color', 'box-shadow', 'border-left-color', 'border-left-width'];

describeInChromium('a person in chromium', () => {
  const site = serveInChromium(siteDist);
  const tab = openTab(() => site.browser, {
    context: { viewport: { width: 1280, height: 900 } },
    prepare: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin }),
  });

  test(`a link to #${TARGET} lands on that clause, in view and highlighted`, async () => {
    const response = await tab.page.goto(`${site.server.url}plans/${plan.slug}/#${TARGET}`);
    expect(response?.status()).toBe(200);
    const seen = await tab.page.evaluate(
      ([target, other, properties]) => {
        const element = document.getElementById(target)!;
        const box = element.getBoundingClientRect();
        const style = (id: string) => properties.map((p) => getComputedStyle(document.getElementById(id)!).getPropertyValue(p));
        // Probe the middle of the top edge: a rounded corner is outside the element for hit testing.
        const onTop = document.elementFromPoint(box.left + box.width / 2, Math.max(box.top, 0) + 4);
        return {
          target: document.querySelector(':target')?.id ?? null,
          inView: box.top >= 0 && box.top < innerHeight && box.bottom > 0,
          uncovered: onTop !== null && element.contains(onTop),
          targetStyle: style(target),
          otherStyle: style(other),
        };
      },
      [TARGET, sibling, HIGHLIGHT] as const,
    );
    expect(seen.target).toBe(TARGET);
    expect(seen.inView, 'the clause top is inside the viewport').toBe(true);
    expect(seen.uncovered, 'nothing (a sticky header…) covers the clause top').toBe(true);
    expect(seen.targetStyle, `${HIGHLIGHT.join(', ')} of #${TARGET} vs #${sibling}`).not.toEqual(seen.otherStyle);
  });

  const withUnits = plan.actions.filter((a) => a.lead.length + a.participating.length > 0).map((a) => a.id);
  // Page paths below the site's base, as regular expression sources.
  const WALK = [`plans/${plan.slug}/`, `plans/${plan.slug}/actions/(${withUnits.join('|')})/`, 'units/[^/]+/'];

  /** From `home`, click a link matching each step in turn; every page must answer 200 with one visible h1. */
  async function walk(home: string, base: string): Promise<void> {
    expect((await tab.page.goto(home))?.status()).toBe(200);
    for (const step of WALK) {
      const local = new RegExp(`^${base}${step}$`);
      expect(await clickThrough(tab.page, await linkTo(tab.page, local)), `status of ${tab.page.url()}`).toBe(200);
      expect(pagePath(tab.page.url())).toMatch(local);
      await expect(tab.page.locator('h1').count()).resolves.toBe(1);
      expect(await tab.page.locator('h1').isVisible(), `h1 of ${tab.page.url()} is visible`).toBe(true);
    }
  }

  test('home → a plan card → an action → a unit: every page answers 200 and has its h1', async () => {
    await walk(site.server.url, '/');
  });

  test('the same walk works with the site served under a sub-path (/healthy/plans-site/)', async () => {
    const sub = await serveStatic(siteDist(), '/healthy/plans-site/');
    try {
      await walk(sub.url, '/healthy/plans-site/');
    } finally {
      await sub.close();
    }
  });

  // 复制链接 copies the URL alone; 复制引用 copies the citation and the URL, which is what a person pastes.
  test('Tab to the first 复制引用 button of a clause, Enter: the clipboard holds 《title》 and the clause URL', async () => {
    await tab.page.goto(`${site.server.url}plans/${plan.slug}/`);
    await tab.page.evaluate(() => navigator.clipboard.writeText(''));
    const clause = await tabToButton(tab.page, /复制引用/, numberedClauseIds(plan));
    expect(clause, 'a 复制引用 button inside a numbered clause takes the focus from the keyboard').not.toBeNull();
    await tab.page.keyboard.press('Enter');
    await expect.poll(() => tab.page.evaluate(() => navigator.clipboard.readText()), { timeout: 3_000 }).not.toBe('');
    const copied = await tab.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`《${plan.planTitle}》`);
    // Either spelling of the page names the clause: the postbuild writes ".../index.html" links.
    const urls = [`plans/${plan.slug}/#${clause}`, `plans/${plan.slug}/index.html#${clause}`].map((path) => new URL(path, site.server.url).href);
    expect(urls.some((url) => copied.includes(url)), `${JSON.stringify(copied)} holds ${urls.join(' or ')}`).toBe(true);
  });

  test('no console error, uncaught error or failed request on any page visited', () => {
    // The tests above visit these; run alone (or filtered), this check would speak for no page.
    const paths = tab.visits.map(pagePath);
    for (const visited of [`/plans/${plan.slug}/`, `/plans/${plan.slug}/actions/`, '/units/', '/healthy/plans-site/units/']) {
      expect(paths.some((path) => path.startsWith(visited)), `a tab.page under ${visited} was visited`).toBe(true);
    }
    expect(tab.errors).toEqual([]);
  });
});
