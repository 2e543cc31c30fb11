import type { Theme } from '../../model/index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import type { ThemeIndex } from './theme-index.ts';

/** One theme's number of actions in each plan (in the order of `plans`) and in all. */
export interface ThemeCount {
  theme: Theme;
  counts: number[];
  total: number;
}

/** How many actions of each plan are on each theme, themes in taxonomy order. */
export function themeCounts(themes: ThemeIndex, plans: readonly PlanEntry[]): ThemeCount[] {
  return themes.themes.map(({ theme, byPlan, total }) => ({
    theme,
    counts: plans.map((entry) => byPlan.find((group) => group.entry.plan.slug === entry.plan.slug)?.actions.length ?? 0),
    total,
  }));
}
