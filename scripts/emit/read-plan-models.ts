import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PlanSchema, type Plan } from '../../src/model/index.ts';

/**
 * Every plan model the ingest wrote (<content>/plan-data/<slug>.json), validated again, in file
 * order: what the build steps after astro (open data, search index) read, as the site's
 * collection does.
 */
export async function readPlanModels(contentDir: string): Promise<Plan[]> {
  const planDir = join(contentDir, 'plan-data');
  const files = (await readdir(planDir)).filter((file) => file.endsWith('.json')).sort();
  // One file at a time: a collection of thousands must not open them all at once.
  const plans: Plan[] = [];
  for (const file of files) plans.push(PlanSchema.parse(JSON.parse(await readFile(join(planDir, file), 'utf8'))));
  return plans;
}
