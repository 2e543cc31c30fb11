import type { Plan, Theme } from '../../src/model/index.ts';
import { emitPlan } from './emit-plan.ts';
import { emitThemes } from './emit-themes.ts';
import type { EmittedFile } from './emitted-file.ts';

/**
 * Every file of content/ for a set of plans and the theme taxonomy, sorted by path, and nothing
 * else: the CLI writes exactly these. Throws when two plans share a slug, since one would
 * silently overwrite the other.
 */
export function emitContent(plans: readonly Plan[], themes: readonly Theme[] = []): EmittedFile[] {
  const files = [...plans.flatMap(emitPlan), ...(themes.length > 0 ? [emitThemes(themes)] : [])];
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new Error(`two plans emit ${file.path}: slugs must be unique`);
    paths.add(file.path);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
