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
  return Promise.all(files.map(async (file) => PlanSchema.parse(JSON.parse(await readFile(join(planDir, file), 'utf8')))));
}
