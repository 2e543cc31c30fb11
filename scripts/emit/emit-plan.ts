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
  return emitParsedPlan(PlanSchema.parse(plan));
}

/**
 * The files of a plan that `PlanSchema` has already parsed (readNotice's plan), without
 * validating it a second time: the ingest validates each plan once (issue 12).
 */
export function emitParsedPlan(valid: Plan): EmittedFile[] {
  return [
    { path: `plans/${valid.slug}.mdx`, contents: serializeMdx(createPlanTree(valid)) },
    { path: `plan-data/${valid.slug}.json`, contents: stringifyStableJson(valid) },
  ];
}
