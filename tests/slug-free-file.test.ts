import { describe, expect, test } from 'vitest';
import { emitPlan } from '../scripts/emit/index.ts';
import { emitSlugFree } from '../scripts/ingest/emit-slug-free.ts';
import { fillSlug } from '../scripts/ingest/slug-free-file.ts';
import { unitPlace } from '../scripts/ingest/unit-place.ts';
import type { Plan } from '../src/model/index.ts';
import { planSample } from './fixtures/plan-sample.ts';

/** The sample plan with a preamble that prints the given text. */
function printing(text: string): Plan {
  return { ...planSample, clauses: [{ ...planSample.clauses[0]!, text }, ...planSample.clauses.slice(1)] };
}

/** The plan's files as the ingest writes them under `slug`, its units' place part `place` (the parser's when not given). */
const written = (plan: Plan, slug: string, place = unitPlace(plan)?.prefix ?? null) =>
  emitSlugFree(plan, unitPlace(plan)).map((file) => {
    const { path, contents } = fillSlug(file, { plan: slug, place });
    return { path, contents: Buffer.from(contents).toString('utf8') };
  });

describe('a plan emitted before its slug is known', () => {
  test.each([
    ['the sample plan under its own slug', planSample, 'yinzhou-2018'],
    ['under a slug the ledger gave it', planSample, 'yinzhou-2018-gongzuoyaodian-1bbd8f70'],
    // The text prints the parser's slug and a slug-like word: only the slug's own places change.
    ['text that prints a slug stays as printed', printing('详见 www.example.cn/yinzhou-2018 与 slug-yinzhou 页面。'), 'yinzhou-2018-gongzuoyaodian'],
    ['text that prints the notice digest stays as printed', printing(`校验码 ${'0'.repeat(64)}。`), 'yinzhou-2018'],
  ])('%s: the same bytes as emitting it under that slug', (_name, plan, slug) => {
    expect(written(plan, slug)).toEqual(emitPlan({ ...plan, slug }));
  });

  test('the slug is left out of the paths and of the contents, and every unit slug\'s place part', () => {
    const [page, data] = emitSlugFree(planSample, unitPlace(planSample));
    expect(page!.path).toEqual(['plans/', '.mdx']);
    expect(data!.path).toEqual(['plan-data/', '.json']);
    // Once in the page's frontmatter; once in the model, then once in each unit slug it holds.
    expect(page!.holes).toEqual(['plan']);
    expect(data!.holes.filter((hole) => hole === 'plan')).toHaveLength(1);
    const unitSlugs = JSON.stringify(planSample).match(/"yinzhou-(?!2018")[a-z0-9-]+"/g)!;
    expect(data!.holes.filter((hole) => hole === 'place')).toHaveLength(unitSlugs.length);
    expect(Buffer.from(page!.contents[0]!).toString('utf8')).toBe('---\nslug: "');
  });

  test('units take the place part the ledger gave their place, in every field that names them', () => {
    const [, data] = written(planSample, 'yinzhou-2018', 'zhejiang-yinzhou');
    const model = JSON.parse(data!.contents) as Plan;
    const named = [...model.units.map((u) => u.slug), ...model.actions.flatMap((a) => [...a.lead, ...a.participating]), ...model.assignments.flatMap((a) => a.units.map((u) => u.unit)), ...model.insight.units.map((u) => u.unit)];
    expect(named.length).toBeGreaterThan(0);
    for (const slug of named) expect(slug).toMatch(/^zhejiang-yinzhou-[a-z]/);
    expect(model.slug).toBe('yinzhou-2018');
  });

  test('a plan whose place was not read gives its units its own slug', () => {
    const placeless = { ...planSample, slug: 'unknown-2018', units: planSample.units.map((u) => ({ ...u, slug: u.slug.replace(/^yinzhou/, 'unknown') })) };
    const [, data] = written({ ...placeless, actions: [], assignments: [], insight: { ...placeless.insight, units: [] } }, 'plan-2018-gongzuoyaodian-0a1b2c3d', null);
    const model = JSON.parse(data!.contents) as Plan;
    expect(model.units.map((u) => u.slug)).toEqual(placeless.units.map((u) => u.slug.replace(/^unknown/, 'plan-2018-gongzuoyaodian-0a1b2c3d')));
  });
});
