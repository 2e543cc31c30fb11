import { describe, expect, test } from 'vitest';
import { timelineProvinces, type DuePlan, type DueYear } from '../../src/lib/timeline-slices.ts';

// Invented places: 鼓楼区 of two provinces share one place page (one pinyin), yet each province's
// list shows it with its own plans; a place of one province or of none stays whole.

/** A plan due in the year with `targets` targets; only what the split reads is filled in. */
const due = (slug: string, placeHans: string, province: string | null, targets: number): DuePlan =>
  ({ entry: { plan: { slug, jurisdiction: { place: placeHans, placeHans, level: 'district', province } } }, targets: Array.from({ length: targets }) }) as unknown as DuePlan;

const place = (key: string, plans: DuePlan[]) => ({
  key,
  label: plans[0]!.entry.plan.jurisdiction.placeHans,
  provinces: [...new Set(plans.map((plan) => plan.entry.plan.jurisdiction.province))],
  plans,
  total: plans.reduce((sum, plan) => sum + plan.targets.length, 0),
});

const year: DueYear = {
  key: '2025',
  year: 2025,
  places: [
    place('gulouqu', [due('gulou-su-2021', '鼓楼区', '江苏省', 3), due('gulou-min-2022', '鼓楼区', '福建省', 2), due('gulou-su-2023', '鼓楼区', '江苏省', 1)]),
    place('qinghequ', [due('qinghe-2021', '清河区', '江苏省', 4)]),
    place('taipingxian', [due('taiping-2020', '太平县', null, 5)]),
  ],
  plans: 5,
  total: 15,
};

describe('a year’s places by province', () => {
  const groups = timelineProvinces(year);
  const rows = Object.fromEntries(groups.map((group) => [group.province ?? '省份不详', group.items.map((item) => [item.key, item.plans.map((plan) => plan.entry.plan.slug), item.total])]));

  test('鼓楼区 is listed under each of its provinces with that province’s plans and targets, not in the unknown bucket', () => {
    expect(rows).toEqual({
      江苏省: [
        ['gulouqu', ['gulou-su-2021', 'gulou-su-2023'], 4],
        ['qinghequ', ['qinghe-2021'], 4],
      ],
      福建省: [['gulouqu', ['gulou-min-2022'], 2]],
      省份不详: [['taipingxian', ['taiping-2020'], 5]],
    });
  });

  test('every plan is counted once over all provinces', () => {
    expect(groups.flatMap((group) => group.items.flatMap((item) => item.plans)).length).toBe(year.plans);
    expect(groups.reduce((sum, group) => sum + group.items.reduce((total, item) => total + item.total, 0), 0)).toBe(year.total);
  });
});
