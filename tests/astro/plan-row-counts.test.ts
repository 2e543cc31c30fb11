import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATASET_NAMES, datasetRows } from '../../src/lib/open-data/datasets.ts';
import { planRowCounts, rowCountsOf } from '../../src/lib/plan-row-counts.ts';
import { buildSiteContent } from '../../src/lib/site-content.ts';
import { ThemeSchema } from '../../src/model/index.ts';
import { loadPlans } from '../support/site/plan-data.ts';
import { ROOT } from '../support/site/build-site.ts';

/** The seeds' site, as the pages derive it. */
const site = buildSiteContent(loadPlans(), ThemeSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'content', 'themes.json'), 'utf8'))));

describe('row counts the data pages show, counted once a build', () => {
  test.each(site.plans.map((entry) => [entry.plan.slug, entry] as const))('%s: each dataset counts the rows its files hold', (_slug, entry) => {
    expect(planRowCounts(site, entry)).toEqual(DATASET_NAMES.map((dataset) => datasetRows(site, [entry], dataset).length));
  });

  test('a plan is counted once: the second page asking gets the same counts', () => {
    const [entry] = site.plans;
    expect(planRowCounts(site, entry!)).toBe(planRowCounts(site, entry!));
  });

  test('the collection’s counts are the sums of its plans’, as data/all/ holds them', () => {
    const all = rowCountsOf(site, site.plans);
    expect(all).toEqual(DATASET_NAMES.map((dataset) => datasetRows(site, site.plans, dataset).length));
    // The seeds hold actions: a count of nothing would pass the sums too.
    expect(all[DATASET_NAMES.indexOf('actions')]).toBeGreaterThan(100);
  });
});
