import type { Insight, PlanCore } from '../../src/model/index.ts';
import { assignThemes } from './assign-themes.ts';
import { extractTargets } from './extract-targets.ts';
import { unitFunction } from './unit-function.ts';

export { assignThemes } from './assign-themes.ts';
export { describeTarget } from './describe-target.ts';
export { extractTargets } from './extract-targets.ts';
export { THEMES, themeTaxonomy } from './themes.ts';
export { unitFunction } from './unit-function.ts';

/**
 * The cross-plan insight of one plan: the themes of each action and the plan's quantitative
 * targets. Pure and deterministic: the same plan gives the same insight, in reading order.
 */
export function buildInsight(plan: PlanCore): Insight {
  return {
    themes: assignThemes(plan),
    targets: extractTargets(plan),
    units: plan.units.map((u) => ({ unit: u.slug, function: unitFunction(u.name) })),
  };
}
