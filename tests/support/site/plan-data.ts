import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema, type Clause, type Plan } from '../../../src/model/index.ts';
import { ROOT } from './build-site.ts';

/** The folder `npm run ingest` writes each plan's model to. */
export const PLAN_DATA_DIR = join(ROOT, 'content', 'plan-data');

/** Every plan of content/plan-data/*.json, validated by the model, sorted by slug. */
export function loadPlans(): Plan[] {
  return readdirSync(PLAN_DATA_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => PlanSchema.parse(JSON.parse(readFileSync(join(PLAN_DATA_DIR, file), 'utf8'))));
}

/** Every clause of an outline, depth first in document order. */
export function flattenClauses(clauses: readonly Clause[]): Clause[] {
  return clauses.flatMap((clause) => [clause, ...flattenClauses(clause.children)]);
}

/** Ids of the clauses that carry a number (一、 (一) 1. (1)…), which the plan page must anchor. */
export function numberedClauseIds(plan: Plan): string[] {
  return flattenClauses(plan.clauses)
    .filter((clause) => clause.number !== null)
    .map((clause) => clause.id);
}
