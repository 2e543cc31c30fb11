import { expect, test } from 'vitest';
import { OTHER_ACTIONS_SHOWN, OTHER_PLANS_SHOWN, otherPlansOnTheme } from '../../src/lib/insight/other-plans.ts';
import { buildThemeIndex } from '../../src/lib/insight/theme-index.ts';
import { buildPlanEntry } from '../../src/lib/plan-entry.ts';
import type { Plan } from '../../src/model/index.ts';
import { themeTaxonomy } from '../../scripts/insight/themes.ts';
import { loadPlans } from '../support/site/plan-data.ts';

// An action page lists other plans on its themes; with many plans it must stay bounded, and a
// plan of the same place comes first (a reader compares with their own district's other plans).
const seeds = loadPlans();
const yinzhou = seeds.find((plan) => plan.slug === 'yinzhou-2018')!;

/** A copy of a seed plan standing for another plan, of another place or the same. */
function copyOf(plan: Plan, slug: string, placeHans: string): Plan {
  return { ...plan, slug, jurisdiction: { ...plan.jurisdiction, place: placeHans, placeHans } };
}

const copies = Array.from({ length: 12 }, (_, i) => copyOf(yinzhou, `copy-${i}`, `某${i}区`));
const samePlace = copyOf(yinzhou, 'yinzhou-2019', yinzhou.jurisdiction.placeHans);
const entries = [...copies, samePlace, ...seeds].map(buildPlanEntry);
const index = buildThemeIndex(entries, themeTaxonomy());
const action = entries.find((entry) => entry.plan.slug === 'yinzhou-2018')!.actions.find((a) => index.hitsOf(a).length > 0)!;

test('an action page shows a bounded number of other plans and of their actions per theme', () => {
  const groups = otherPlansOnTheme(index, action);
  expect(groups.length).toBeGreaterThan(0);
  for (const group of groups) {
    expect(group.byPlan.length).toBeLessThanOrEqual(OTHER_PLANS_SHOWN);
    for (const plan of group.byPlan) expect(plan.actions.length).toBeLessThanOrEqual(OTHER_ACTIONS_SHOWN);
    // Every copy of yinzhou-2018 and its same-place sibling share its themes: all are counted.
    expect(group.planCount).toBeGreaterThanOrEqual(copies.length + 1);
    expect(group.byPlan.map((plan) => plan.slug)).not.toContain('yinzhou-2018');
  }
});

test('a plan of the same place is listed first', () => {
  for (const group of otherPlansOnTheme(index, action)) expect(group.byPlan[0]!.slug).toBe('yinzhou-2019');
});
