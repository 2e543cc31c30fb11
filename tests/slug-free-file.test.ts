import { describe, expect, test } from 'vitest';
import { emitPlan } from '../scripts/emit/index.ts';
import { emitSlugFree } from '../scripts/ingest/emit-slug-free.ts';
import { fillSlug } from '../scripts/ingest/slug-free-file.ts';
import type { Plan } from '../src/model/index.ts';
import { planSample } from './fixtures/plan-sample.ts';

/** The sample plan with a preamble that prints the given text. */
function printing(text: string): Plan {
  return { ...planSample, clauses: [{ ...planSample.clauses[0]!, text }, ...planSample.clauses.slice(1)] };
}

const written = (plan: Plan, slug: string) =>
  emitSlugFree(plan).map((file) => {
    const { path, contents } = fillSlug(file, slug);
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

  test('the slug is left out of the paths and of the contents, nothing else', () => {
    const [page, data] = emitSlugFree(planSample);
    expect(page!.path).toEqual(['plans/', '.mdx']);
    expect(data!.path).toEqual(['plan-data/', '.json']);
    // Once in the page's frontmatter, once in the model.
    expect(page!.contents).toHaveLength(2);
    expect(data!.contents).toHaveLength(2);
    expect(Buffer.from(page!.contents[0]!).toString('utf8')).toBe('---\nslug: "');
  });
});
