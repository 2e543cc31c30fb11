import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src/model/index.ts';
import { readNotice } from '../../scripts/ingest/read-notice.ts';

/** The seeds folder of the repository. */
export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

/** Every seed file name, sorted. */
export const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

const cache = new Map<string, Plan>();

/** Parse one seed (by its 3-digit prefix) and fail loudly if it does not parse. */
export function seedPlan(prefix: string): Plan {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  let plan = cache.get(file);
  if (!plan) {
    const outcome = readNotice(file, readFileSync(join(SEEDS_DIR, file)));
    if (!outcome.ok) throw new Error(outcome.error);
    plan = outcome.plan;
    cache.set(file, plan);
  }
  return plan;
}

/** Unit name by slug, for readable assertions. */
export function unitNames(plan: Plan, slugs: readonly string[]): string[] {
  return slugs.map((s) => plan.units.find((u) => u.slug === s)!.name);
}
