import type { Theme, ThemeHit } from '../../model/index.ts';
import type { ActionEntry } from '../plan-entry.ts';
import { textLang } from '../plan-format.ts';
import { planShortLabel } from './plan-short-label.ts';
import type { ThemeEntry, ThemeIndex } from './theme-index.ts';

/**
 * How many other plans an action page lists per theme, and how many of each plan's actions. An
 * action page must stay small however many plans the site holds: the theme page lists them all.
 */
export const OTHER_PLANS_SHOWN = 5;
export const OTHER_ACTIONS_SHOWN = 3;

/** Another plan as an action page names it, with its first actions on a theme. */
export interface OtherPlan {
  /** The plan's slug: the page links its actions on the theme (planThemeUrl) as it renders, relative to itself. */
  slug: string;
  label: string;
  lang: 'zh-Hant' | undefined;
  actions: { id: string; number: string; title: string }[];
}

/** One theme of an action and a bounded sample of other plans' actions on it. */
export interface OtherPlansOnTheme {
  theme: Pick<Theme, 'slug' | 'name'>;
  /** The plans shown: same place first, then in site order (newest first); their actions capped. */
  byPlan: OtherPlan[];
  /** How many other plans have actions on the theme, shown or not. */
  planCount: number;
}

/**
 * What an action page shows of its themes: each hit with its theme's name, and other plans on each
 * theme. Only what the page prints, so that the page's key (src/lib/page-key.ts) changes with it
 * and with nothing else: editing a plan re-renders another plan's action page only if it shows it.
 */
export interface ActionThemesView {
  hits: (ThemeHit & { name: string })[];
  others: OtherPlansOnTheme[];
}

/** A theme's plans grouped by place, in site order, and the slugs of all: built once per theme. */
interface PlacesOnTheme {
  byPlace: Map<string, ThemeEntry['byPlan']>;
  slugs: Set<string>;
}

const placesOnTheme = new WeakMap<ThemeEntry, PlacesOnTheme>();

function placesOf(entry: ThemeEntry): PlacesOnTheme {
  let found = placesOnTheme.get(entry);
  if (!found) {
    const byPlace = new Map<string, ThemeEntry['byPlan']>();
    for (const group of entry.byPlan) {
      const place = group.entry.plan.jurisdiction.placeHans;
      const list = byPlace.get(place);
      if (list) list.push(group);
      else byPlace.set(place, [group]);
    }
    found = { byPlace, slugs: new Set(entry.byPlan.map((group) => group.entry.plan.slug)) };
    placesOnTheme.set(entry, found);
  }
  return found;
}

/**
 * For each theme of an action (in taxonomy order), other plans' actions on that theme, bounded.
 * Reads only as many of the theme's plans as it shows: every action page of a large site asks.
 */
export function otherPlansOnTheme(themes: ThemeIndex, action: ActionEntry): OtherPlansOnTheme[] {
  const slugs = [...new Set(themes.hitsOf(action).map((hit) => hit.theme))];
  const place = action.plan.jurisdiction.placeHans;
  const own = action.plan.slug;
  return slugs.flatMap((slug) => {
    const entry = themes.bySlug.get(slug);
    if (!entry) return [];
    const { byPlace, slugs: onTheme } = placesOf(entry);
    // Same place first, then the others in site order (newest first).
    const shown = (byPlace.get(place) ?? []).filter((group) => group.entry.plan.slug !== own).slice(0, OTHER_PLANS_SHOWN);
    for (const group of entry.byPlan) {
      if (shown.length >= OTHER_PLANS_SHOWN) break;
      if (group.entry.plan.jurisdiction.placeHans !== place) shown.push(group);
    }
    const byPlan = shown.map(
      ({ entry: { plan }, actions }): OtherPlan => ({
        slug: plan.slug,
        label: planShortLabel(plan),
        lang: textLang(plan),
        actions: actions.slice(0, OTHER_ACTIONS_SHOWN).map(({ action: { action: other } }) => ({ id: other.id, number: other.number, title: other.title })),
      }),
    );
    return [{ theme: { slug: entry.theme.slug, name: entry.theme.name }, byPlan, planCount: onTheme.size - (onTheme.has(own) ? 1 : 0) }];
  });
}

/** An action's theme hits, named, and the other plans on each of its themes. */
export function actionThemesView(themes: ThemeIndex, action: ActionEntry): ActionThemesView {
  return {
    hits: themes.hitsOf(action).map((hit) => ({ ...hit, name: themes.bySlug.get(hit.theme)?.theme.name ?? hit.theme })),
    others: otherPlansOnTheme(themes, action),
  };
}
