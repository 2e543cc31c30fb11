import type { Theme, ThemeHit, ThemeSlug } from '../../model/index.ts';
import type { ActionEntry, PlanEntry } from '../plan-entry.ts';

/** An action on a theme, with the rules that put it there (usually one keyword). */
export interface ThemedAction {
  action: ActionEntry;
  hits: ThemeHit[];
}

/** One theme across plans: every plan (newest first) with its actions on the theme, in reading order. */
export interface ThemeEntry {
  theme: Theme;
  byPlan: { entry: PlanEntry; actions: ThemedAction[] }[];
  /** How many actions of all plans are on the theme. */
  total: number;
}

/** Themes of every action and every theme's actions, derived once from each plan's insight. */
export interface ThemeIndex {
  /** Every theme of the taxonomy, in taxonomy order, with or without actions. */
  themes: ThemeEntry[];
  bySlug: Map<ThemeSlug, ThemeEntry>;
  /** The theme hits of one action, in taxonomy order ([] when it matched none). */
  hitsOf: (action: ActionEntry) => ThemeHit[];
}

/** Group a plan's theme hits by theme, keeping the order of its actions. */
function actionsByTheme(entry: PlanEntry): Map<ThemeSlug, ThemedAction[]> {
  const groups = new Map<ThemeSlug, ThemedAction[]>();
  for (const { action, themes } of entry.plan.insight.themes) {
    const found = entry.actionById.get(action);
    if (!found) throw new Error(`${entry.plan.slug}: insight names a theme for a missing action ${action}`);
    for (const theme of new Set(themes.map((hit) => hit.theme))) {
      const hits = themes.filter((hit) => hit.theme === theme);
      const group = groups.get(theme);
      if (group) group.push({ action: found, hits });
      else groups.set(theme, [{ action: found, hits }]);
    }
  }
  return groups;
}

/**
 * Index the themes of every plan's actions (plan.insight.themes) under the taxonomy. A plan with no
 * action on a theme is left out of that theme's `byPlan`; a theme no plan touches keeps its entry.
 */
export function buildThemeIndex(plans: readonly PlanEntry[], taxonomy: readonly Theme[]): ThemeIndex {
  const perPlan = plans.map((entry) => ({ entry, groups: actionsByTheme(entry) }));
  const themes = taxonomy.map((theme): ThemeEntry => {
    const byPlan = perPlan.flatMap(({ entry, groups }) => {
      const actions = groups.get(theme.slug) ?? [];
      return actions.length > 0 ? [{ entry, actions }] : [];
    });
    return { theme, byPlan, total: byPlan.reduce((sum, group) => sum + group.actions.length, 0) };
  });
  // Keyed by plan and action id, not by object: pages may hand in an equal entry built elsewhere.
  const hits = new Map<string, ThemeHit[]>();
  for (const { entry } of perPlan) {
    for (const { action, themes: found } of entry.plan.insight.themes) hits.set(`${entry.plan.slug}#${action}`, found);
  }
  return {
    themes,
    bySlug: new Map(themes.map((entry) => [entry.theme.slug, entry])),
    hitsOf: (action) => hits.get(`${action.plan.slug}#${action.action.id}`) ?? [],
  };
}
