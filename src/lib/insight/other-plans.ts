import type { Theme } from '../../model/index.ts';
import type { ActionEntry } from '../plan-entry.ts';
import type { ThemeEntry, ThemeIndex } from './theme-index.ts';

/** For each theme of an action (in taxonomy order), the other plans' actions on that theme. */
export function otherPlansOnTheme(themes: ThemeIndex, action: ActionEntry): { theme: Theme; byPlan: ThemeEntry['byPlan'] }[] {
  const slugs = [...new Set(themes.hitsOf(action).map((hit) => hit.theme))];
  return slugs.flatMap((slug) => {
    const entry = themes.bySlug.get(slug);
    if (!entry) return [];
    return [{ theme: entry.theme, byPlan: entry.byPlan.filter((group) => group.entry.plan.slug !== action.plan.slug) }];
  });
}
