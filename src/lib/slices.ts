import { slugify } from '../../scripts/parse/slug.ts';
import type { Jurisdiction, Plan } from '../model/index.ts';
import { sortDate } from './plan-format.ts';
import { paths, url } from './urls.ts';

/**
 * How cross-plan lists are split so that no page grows with the collection: by place, then by
 * year. A slice's URL segment is derived from the plan alone (its place as printed, its year), so
 * a cited slice URL keeps meaning the same place and year whatever notices are added or removed.
 * Above the place, the top pages count provinces (src/lib/provinces.ts); a place's slice pages
 * keep the place key alone, so a place read into a province later keeps its URLs.
 */

/** The segment of a slice that holds plans without any readable year. */
export const UNDATED = 'undated';

/**
 * A place's URL segment: the toneless pinyin of its Simplified name with its suffix, run together.
 * Two places that share a pinyin (homophones) share a slice page and are shown side by side on it,
 * so no segment ever depends on which other places exist.
 * @example placeKey('鄞州区') // 'yinzhouqu'
 */
export function placeKey(placeHans: string): string {
  // The same pinyin as every other slug of the site (plans, units).
  return slugify(placeHans) || 'place';
}

/**
 * A plan's year segment: the first year of its period, else the year it was issued, else "undated".
 * @example yearKey(huanren2018to2020) // '2018'
 */
export function yearKey(plan: Plan): string {
  if (plan.period) return String(plan.period.start);
  const year = sortDate(plan).slice(0, 4);
  return /^\d{4}$/.test(year) ? year : UNDATED;
}

/** The plans of one place and year. */
export interface YearSlice<T> {
  key: string;
  items: T[];
}

/** One place (or places sharing a pinyin) with its items by year, newest first. */
export interface PlaceSlice<T> extends PlaceGroup<T> {
  years: YearSlice<T>[];
}

const compareYears = (a: string, b: string): number => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a));

/** Items of one place key (usually one place; homophone places share a key). */
export interface PlaceGroup<T> {
  key: string;
  /** The Simplified place names in the group, usually one. */
  names: string[];
  /** The provinces of its items, usually one (null: not known); 鼓楼区 of two provinces gives two. */
  provinces: (string | null)[];
  items: T[];
}

/** Group items by the place key of their place's Simplified name; places in key order, items in the order given. */
export function groupByPlaceKey<T>(items: readonly T[], jurisdictionOf: (item: T) => Jurisdiction): PlaceGroup<T>[] {
  const places = new Map<string, PlaceGroup<T>>();
  for (const item of items) {
    const { placeHans: name, province } = jurisdictionOf(item);
    const key = placeKey(name);
    let place = places.get(key);
    if (!place) places.set(key, (place = { key, names: [], provinces: [], items: [] }));
    if (!place.names.includes(name)) place.names.push(name);
    if (!place.provinces.includes(province)) place.provinces.push(province);
    place.items.push(item);
  }
  for (const place of places.values()) place.names.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...places.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Group items (plans, or anything of one plan) by place key, then year key; places in key order,
 * years newest first, items in the order given.
 */
export function sliceByPlace<T>(items: readonly T[], planOf: (item: T) => Plan): PlaceSlice<T>[] {
  return groupByPlaceKey(items, (item) => planOf(item).jurisdiction).map((place) => {
    const years = new Map<string, T[]>();
    for (const item of place.items) {
      const year = yearKey(planOf(item));
      const slice = years.get(year);
      if (slice) slice.push(item);
      else years.set(year, [item]);
    }
    const sorted = [...years].map(([key, grouped]) => ({ key, items: grouped })).sort((a, b) => compareYears(a.key, b.key));
    return { ...place, years: sorted };
  });
}

/** The name a place slice is shown by: its place, or its homophone places joined. */
export const placeLabel = (place: Pick<PlaceSlice<unknown>, 'names'>): string => place.names.join('、');

/** The slice a plan falls in: its place key and year key. */
export const planSlice = (plan: Plan): { place: string; year: string } => ({ place: placeKey(plan.jurisdiction.placeHans), year: yearKey(plan) });

/** A plan's own page of open data files, e.g. "/plans/yinzhou-2018/data/": its URL never depends on other plans. */
export function planDataUrl(plan: Plan): string {
  return url(paths.planData(plan.slug));
}

