import { describe, expect, test } from 'vitest';
import { ThemeSlugSchema, type Plan, type ThemeSlug } from '../../src/model/index.ts';
import { OTHER_ACTIONS_SHOWN, OTHER_PLANS_SHOWN } from '../../src/lib/insight/other-plans.ts';
import type { SitePage } from '../support/site/html-pages.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { sliceLeaves } from './support/slice-pages.ts';
import { hrefOf, linkTarget, openBuiltSite, select } from './support/built-site.ts';

const site = openBuiltSite();
const plans = loadPlans();

/** The action ids of a plan on a theme, from the model, in reading order. */
function actionsOn(plan: Plan, theme: ThemeSlug): string[] {
  return plan.insight.themes.filter((entry) => entry.themes.some((hit) => hit.theme === theme)).map((entry) => entry.action);
}

/**
 * Each plan section of a theme's pages (its landing page splits it by place and year: the sections
 * are on the year pages it leads to): the plan's slug (from its id) and the action pages its list links to.
 */
function themeSections(theme: ThemeSlug): Map<string, string[]> {
  return new Map(sliceLeaves(site, `/themes/${theme}/`).flatMap((page) => planSections(theme, page)));
}

function planSections(theme: ThemeSlug, page: SitePage): [string, string[]][] {
  return (
    select(page.tree, 'section.theme-plan').map((section): [string, string[]] => {
      const slug = String(section.properties['id']).replace(/^plan-/, '');
      const actions = select(section, '.theme-actions > li > a').map((link) => {
        const file = linkTarget(site, page, hrefOf(link)).file ?? '';
        const match = /^plans\/([^/]+)\/actions\/([^/]+)\/index\.html$/.exec(file);
        expect(match?.[1], `${theme}: ${hrefOf(link)} is an action page of ${slug}`).toBe(slug);
        return match![2]!;
      });
      return [slug, actions];
    })
  );
}

describe.each(ThemeSlugSchema.options)('theme %s', (theme) => {
  test('its page lists, plan by plan, exactly the actions the model puts on it', () => {
    const expected = new Map(plans.flatMap((plan) => (actionsOn(plan, theme).length > 0 ? [[plan.slug, actionsOn(plan, theme)] as const] : [])));
    const built = themeSections(theme);
    expect(new Map([...built].toSorted(([a], [b]) => a.localeCompare(b)))).toEqual(new Map([...expected].toSorted(([a], [b]) => a.localeCompare(b))));
  });
});

describe.each(plans.map((plan) => [plan.slug, plan] as const))('the themes page of %s', (slug, plan) => {
  test('lists, theme by theme, exactly the actions the model puts on each', () => {
    const page = site.page(`/plans/${slug}/themes/`);
    const built = new Map(
      select(page.tree, 'section.theme-plan').map((section) => [
        String(section.properties['id']).replace(/^theme-/, ''),
        select(section, '.theme-actions > li > a').map((link) => /\/actions\/([^/]+)\//.exec(linkTarget(site, page, hrefOf(link)).file ?? '')?.[1]),
      ]),
    );
    const expected = new Map(ThemeSlugSchema.options.flatMap((theme) => (actionsOn(plan, theme).length > 0 ? [[theme, actionsOn(plan, theme)] as const] : [])));
    expect(built).toEqual(expected);
  });
});

describe('themes shared by places', () => {
  test.each(['tobacco-alcohol', 'fitness', 'health-literacy', 'medical-services'] as const)('%s lists the actions of at least two plans side by side', (theme) => {
    expect(themeSections(theme).size).toBeGreaterThanOrEqual(2);
  });

  test('控烟限酒 puts cixi-2020’s 控烟限酒行动 beside yinzhou-2018’s 倡导全民健康生活方式', () => {
    const sections = themeSections('tobacco-alcohol');
    expect(sections.get('cixi-2020')).toEqual(['c2-1-4']);
    expect(sections.get('yinzhou-2018')).toEqual(['c1-2']);
  });

  test('the themes index links every theme page', () => {
    const page = site.page('/themes/');
    const linked = new Set(select(page.tree, 'a[href]').map((link) => linkTarget(site, page, hrefOf(link)).file));
    expect(ThemeSlugSchema.options.filter((theme) => !linked.has(`themes/${theme}/index.html`))).toEqual([]);
  });
});

describe.each(plans.map((plan) => [plan.slug, plan] as const))('action pages of %s', (slug, plan) => {
  // The seeds are fewer plans than an action page lists (OTHER_PLANS_SHOWN): every other plan on
  // the theme is there, with its first OTHER_ACTIONS_SHOWN actions (tests/insight/other-plans.test.ts
  // holds the bound for a larger site).
  test('link to each of their themes, and to the same theme in every other plan that has it', () => {
    expect(plans.length - 1).toBeLessThanOrEqual(OTHER_PLANS_SHOWN);
    const problems: string[] = [];
    for (const { action, themes } of plan.insight.themes) {
      const page = site.page(`/plans/${slug}/actions/${action}/`);
      const links = select(page.tree, 'a[href]').map((link) => linkTarget(site, page, hrefOf(link)));
      const has = (file: string, fragment: string | null) => links.some((link) => link.file === file && link.fragment === fragment);
      for (const theme of new Set(themes.map((hit) => hit.theme))) {
        if (!has(`themes/${theme}/index.html`, null)) problems.push(`${action}: no link to theme ${theme}`);
        for (const other of plans.filter((p) => p.slug !== slug && actionsOn(p, theme).length > 0)) {
          if (!has(`plans/${other.slug}/themes/index.html`, `theme-${theme}`)) problems.push(`${action}: no link to ${theme} in ${other.slug}`);
          for (const id of actionsOn(other, theme).slice(0, OTHER_ACTIONS_SHOWN)) {
            if (!has(`plans/${other.slug}/actions/${id}/index.html`, null)) problems.push(`${action}: no link to ${other.slug} ${id} (${theme})`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
