import type { Theme } from '../model/index.ts';
import type { ThemeEntry, ThemedAction } from './insight/theme-index.ts';
import type { PlanEntry } from './plan-entry.ts';
import { groupByProvince } from './provinces.ts';
import { placeLabel, sliceByPlace, type PlaceSlice } from './slices.ts';

/** One plan's actions on a theme. */
export interface ThemePlanGroup {
  entry: PlanEntry;
  actions: ThemedAction[];
}

/** A place's plans on a theme, by year. */
export type ThemePlace = PlaceSlice<ThemePlanGroup> & { label: string };

/** A theme split by place and year: only places and years with actions on it. */
export interface ThemeSlices {
  theme: Theme;
  places: ThemePlace[];
  total: number;
  planCount: number;
}

const slicePlaces = (groups: readonly ThemePlanGroup[]): ThemePlace[] =>
  sliceByPlace(groups, (group) => group.entry.plan).map((place) => ({ ...place, label: placeLabel(place) }));

/** Split a theme's plans (ThemeEntry.byPlan) by place and year (src/lib/slices.ts). */
export function themeSlices(entry: ThemeEntry): ThemeSlices {
  return { theme: entry.theme, places: slicePlaces(entry.byPlan), total: entry.total, planCount: entry.byPlan.length };
}

/** A theme's places in one province (src/lib/provinces.ts). */
export interface ThemeProvince {
  key: string;
  province: string | null;
  places: ThemePlace[];
}

/** Split a theme's plans by province, then place and year: what its page counts and each province's page lists. */
export function themeProvinces(entry: ThemeEntry): ThemeProvince[] {
  return groupByProvince(entry.byPlan, (group) => group.entry.plan.jurisdiction.province).map((group) => ({
    key: group.key,
    province: group.province,
    places: slicePlaces(group.items),
  }));
}

/** How many plans and actions a slice of a theme holds: the counts its parent page shows. */
export function placeCounts(groups: readonly ThemePlanGroup[]): [number, number] {
  return [groups.length, groups.reduce((sum, group) => sum + group.actions.length, 0)];
}
