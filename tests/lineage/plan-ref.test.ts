import { expect, test } from 'vitest';
import { PLAN_SLUG, readPlanRef } from '../../src/lib/lineage/plan-ref.ts';
import { PlanSchema } from '../../src/model/index.ts';

test.each([
  ['yinzhou-2018', 'yinzhou-2018'],
  ['  Lanxi-2021 ', 'lanxi-2021'],
  ['https://example.org/plans/cixi-2020/', 'cixi-2020'],
  ['http://intranet/docs/health/plans/huanren-2018-2020/actions/c3-1/', 'huanren-2018-2020'],
  ['file:///D:/site/plans/yuhang-2017-2019/index.html#c1-2-3', 'yuhang-2017-2019'],
  ['plans/lishui-2021', 'lishui-2021'],
  ['../../plans/lanxi-2022/index.html?x=1', 'lanxi-2022'],
])('%j names the plan %s', (input, slug) => {
  expect(readPlanRef(input)).toBe(slug);
});

test.each([
  ['鄞州 2018'],
  ['健康岚溪2021年工作要点'],
  ['https://example.org/units/lanxi-xianweijianju/'],
  ['https://example.org/plans/places/lanxixian/'],
  ['yinzhou--2018'],
  [''],
  ['%E4%ZZ'],
])('%j names no plan', (input) => {
  expect(readPlanRef(input)).toBeNull();
});

// The browser bundle cannot carry zod: the pattern is written twice and held to the model's here.
test.each(['yinzhou-2018', 'plan-2020-gongzuoyaodian-3fa2c1', 'a', 'yinzhou--2018', '-yinzhou', 'yinzhou-', 'Yinzhou-2018', 'yin_zhou', ''])(
  'the slug %j is read by the compare page as the model reads it',
  (slug) => {
    expect(PLAN_SLUG.test(slug)).toBe(PlanSchema.shape.slug.safeParse(slug).success);
  },
);
