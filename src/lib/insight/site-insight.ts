import type { Theme } from '../../model/index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { buildFunctionLoads, type FunctionLoad } from './function-load.ts';
import { planTargets, type TargetEntry } from './target-index.ts';
import { buildThemeIndex, type ThemeIndex } from './theme-index.ts';

/** The view across plans: themes and their actions, every target, and the load of each function group. */
export interface SiteInsight {
  themes: ThemeIndex;
  /** Every target of every plan, plans newest first, each plan's in reading order. */
  targets: TargetEntry[];
  targetsByPlan: Map<string, TargetEntry[]>;
  functionLoads: FunctionLoad[];
}

/** Derive the cross-plan insight from the plans (newest first) and the theme taxonomy, once per build. */
export function buildSiteInsight(plans: readonly PlanEntry[], taxonomy: readonly Theme[]): SiteInsight {
  const themes = buildThemeIndex(plans, taxonomy);
  const targetsByPlan = new Map(plans.map((entry) => [entry.plan.slug, planTargets(entry, themes)]));
  return {
    themes,
    targets: [...targetsByPlan.values()].flat(),
    targetsByPlan,
    functionLoads: buildFunctionLoads(plans),
  };
}
