import { join } from 'node:path';
import { expect, test } from 'vitest';
import { searchPlaces } from '../../scripts/search/places-file.ts';
import { readSearchGroups } from '../../scripts/search/read-search-groups.ts';
import { buildSearchGroups, collectionGroups, planOutline, sortPlans } from '../../scripts/search/records.ts';
import { ROOT } from '../support/site/build-site.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { seedRecords, toHans } from './seed-records.ts';

const plans = sortPlans(loadPlans());

test('the cross-plan groups read only a plan’s outline: the same units and documents from outlines as from whole plans', () => {
  const whole = collectionGroups(plans, toHans);
  expect(whole.map((group) => group.key)).toContain('units/index.html#鄞州区');
  expect(whole.some((group) => group.key.startsWith('documents/index.html#'))).toBe(true);
  expect(collectionGroups(plans.map(planOutline), toHans)).toEqual(whole);
});

test('an outline drops the text: no clauses, lines, actions or cover, the units and citations kept', () => {
  const plan = plans.find((p) => p.slug === 'yinzhou-2018')!;
  const outline = planOutline(plan);
  expect(plan.clauses.length).toBeGreaterThan(0);
  expect(outline).toMatchObject({ clauses: [], lines: [], actions: [], assignments: [], cover: null });
  expect(outline.units).toBe(plan.units);
  expect(outline.citations).toBe(plan.citations);
  expect(searchPlaces(plans.map(planOutline), seedRecords())).toEqual(searchPlaces(plans, seedRecords()));
});

test('groups read plan by plan equal the groups of every plan read at once, in the same order', async () => {
  const { groups, outlines } = await readSearchGroups(join(ROOT, 'content'), toHans);
  expect(groups).toEqual(buildSearchGroups(plans, toHans));
  expect(outlines.map((plan) => plan.slug)).toEqual(plans.map((plan) => plan.slug));
});
