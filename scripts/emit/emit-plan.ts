import { type Plan, PlanSchema } from '../../src/model/index.ts';
import type { EmittedFile } from './emitted-file.ts';
import { createPlanTree } from './plan-tree.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { stringifyStableJson } from './stable-json.ts';

/**
 * The files of one plan: its readable page (`plans/<slug>.mdx`) and its whole model (`plan-data/<slug>.json`).
 * Pure and deterministic: the same plan always gives the same strings. Throws if the plan fails `PlanSchema`.
 */
export function emitPlan(plan: Plan): EmittedFile[] {
  const valid = PlanSchema.parse(plan);
  return [
    { path: `plans/${valid.slug}.mdx`, contents: serializeMdx(createPlanTree(valid)) },
    { path: `plan-data/${valid.slug}.json`, contents: stringifyStableJson(valid) },
  ];
}
