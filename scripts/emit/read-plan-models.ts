import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PlanSchema, type Plan } from '../../src/model/index.ts';

/**
 * Each plan model the ingest wrote (<content>/plan-data/<slug>.json), validated again, in file
 * order, read one file at a time: a collection of thousands must not open them all at once, and a
 * step that keeps less than the whole model (the search index) never holds them all.
 */
export async function* eachPlanModel(contentDir: string): AsyncGenerator<Plan> {
  const planDir = join(contentDir, 'plan-data');
  const files = (await readdir(planDir)).filter((file) => file.endsWith('.json')).sort();
  for (const file of files) yield PlanSchema.parse(JSON.parse(await readFile(join(planDir, file), 'utf8')));
}

/**
 * Every plan model the ingest wrote, validated again, in file order: what the build steps after
 * astro (open data, search index) read, as the site's collection does.
 */
export async function readPlanModels(contentDir: string): Promise<Plan[]> {
  return Array.fromAsync(eachPlanModel(contentDir));
}
