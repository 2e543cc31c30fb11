import { describe, expect, test } from 'vitest';
import { splitByBudget } from '../../src/lib/page-budget.ts';
import { placeKey, planDataUrl, sliceByPlace, UNDATED, yearKey } from '../../src/lib/slices.ts';
import type { Plan } from '../../src/model/index.ts';
import { planSample } from '../fixtures/plan-sample.ts';

// Issue 13: a slice's URL is derived from the plan alone (its place as printed, its year), so a
// cited slice keeps meaning the same place and year whatever other notices come and go.

/** A plan of an invented place and year, the rest as the sample. */
function planOf(slug: string, placeHans: string, period: [number, number] | null, published: string | null = null): Plan {
  return {
    ...planSample,
    slug,
    jurisdiction: { place: placeHans, placeHans, level: 'county', province: null },
    period: period && { start: period[0], end: period[1] },
    dates: { written: null, signed: null, published: published === null ? null : { iso: published, printed: published, guessed: false } },
  };
}

describe('placeKey: the toneless pinyin of the Simplified place with its suffix', () => {
  test.each([
    ['青禾县', 'qinghexian'],
    ['白岭区', 'bailingqu'],
    ['松溪满族自治县', 'songximanzuzizhixian'],
    ['未知', 'weizhi'],
  ])('%s → %s', (place, key) => {
    expect(placeKey(place)).toBe(key);
  });
});

describe('yearKey: the first year of the period, else the year issued, else undated', () => {
  test.each([
    ['2018—2020 → 2018', planOf('a', '青禾县', [2018, 2020]), '2018'],
    ['no period, published 2021-03-02 → 2021', planOf('a', '青禾县', null, '2021-03-02'), '2021'],
    ['no year at all → undated', planOf('a', '青禾县', null), UNDATED],
  ])('%s', (_name, plan, key) => {
    expect(yearKey(plan)).toBe(key);
  });
});

describe('slices do not move when other plans come and go', () => {
  const a = planOf('qinghe-2019', '青禾县', [2019, 2019]);
  const b = planOf('qinghe-2020', '青禾县', [2020, 2022]);
  const c = planOf('bailing-2019', '白岭区', null, '2019-05-01');
  // Homophones of 青禾县 share its key and its slice pages, shown side by side there.
  const d = planOf('qinghe-2019-2', '清河县', [2019, 2019]);
  const where = (plans: Plan[]) =>
    new Map(sliceByPlace(plans, (plan) => plan).flatMap((place) => place.years.flatMap((year) => year.items.map((plan) => [plan.slug, `${place.key}/${year.key}`] as const))));

  test('each plan keeps its place and year key in every collection that holds it', () => {
    const all = where([a, b, c, d]);
    for (const subset of [[a], [b, a], [c], [d, c, a], [b, d]]) {
      for (const [slug, key] of where(subset)) expect(key, `${slug} among ${subset.map((plan) => plan.slug).join(', ')}`).toBe(all.get(slug));
    }
    expect(Object.fromEntries(all)).toEqual({ 'qinghe-2019': 'qinghexian/2019', 'qinghe-2020': 'qinghexian/2020', 'bailing-2019': 'bailingqu/2019', 'qinghe-2019-2': 'qinghexian/2019' });
  });

  test('homophone places share a slice that names them both', () => {
    const [place] = sliceByPlace([a, d], (plan) => plan);
    expect(place?.names).toEqual(['青禾县', '清河县'].toSorted((x, y) => x.localeCompare(y, 'zh-CN')));
  });

  test('a plan page links its own page of data files, whatever other plans share its place and year', () => {
    expect(planDataUrl(b)).toBe('/plans/qinghe-2020/data/');
  });
});

describe('splitByBudget: a slice page shows its plans in full, in order, until the next would pass its budget', () => {
  test.each([
    ['all fit', [100, 100, 40], 250, [100, 100, 40], []],
    ['the third would pass it: it and every later plan are listed', [100, 100, 100, 10], 250, [100, 100], [100, 10]],
    ['the first is always shown: one plan is bounded by the plan', [300, 10], 250, [300], [10]],
    ['nothing to show', [], 250, [], []],
  ])('%s', (_name, sizes, budget, shown, listed) => {
    expect(splitByBudget(sizes, (size) => size, budget)).toEqual({ shown, listed });
  });
});
