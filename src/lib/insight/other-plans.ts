import type { Theme } from '../../model/index.ts';
import type { ActionEntry } from '../plan-entry.ts';
import type { ThemeEntry, ThemeIndex } from './theme-index.ts';

/**
 * How many other plans an action page lists per theme, and how many of each plan's actions. An
 * action page must stay small however many plans the site holds: the theme page lists them all.
 */
export const OTHER_PLANS_SHOWN = 5;
export const OTHER_ACTIONS_SHOWN = 3;

/** One theme of an action and a bounded sample of other plans' actions on it. */
export interface OtherPlansOnTheme {
  theme: Theme;
  /** The plans shown: same place first, then in site order (newest first); their actions capped. */
  byPlan: ThemeEntry['byPlan'];
  /** How many other plans have actions on the theme, shown or not. */
  planCount: number;
}

/** For each theme of an action (in taxonomy order), other plans' actions on that theme, bounded. */
export function otherPlansOnTheme(themes: ThemeIndex, action: ActionEntry): OtherPlansOnTheme[] {
  const slugs = [...new Set(themes.hitsOf(action).map((hit) => hit.theme))];
  const place = action.plan.jurisdiction.placeHans;
  return slugs.flatMap((slug) => {
    const entry = themes.bySlug.get(slug);
    if (!entry) return [];
    const others = entry.byPlan.filter((group) => group.entry.plan.slug !== action.plan.slug);
    const samePlace = others.filter((group) => group.entry.plan.jurisdiction.placeHans === place);
    const elsewhere = others.filter((group) => group.entry.plan.jurisdiction.placeHans !== place);
    const byPlan = [...samePlace, ...elsewhere]
      .slice(0, OTHER_PLANS_SHOWN)
      .map((group) => ({ ...group, actions: group.actions.slice(0, OTHER_ACTIONS_SHOWN) }));
    return [{ theme: entry.theme, byPlan, planCount: others.length }];
  });
}
