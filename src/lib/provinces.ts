import { slugify } from '../../scripts/parse/slug.ts';
import { t } from '../i18n/zh-CN.ts';
import type { Crumb } from './breadcrumbs.ts';
import { placeKey, type PlaceGroup } from './slices.ts';

/**
 * The level above the place in every cross-plan list: a top page counts at most 34 provinces and
 * one bucket of plans whose province could not be read; a province's page counts its places and
 * links to their slice pages. A province's URL segment comes from its name alone.
 */

/** The segment of the bucket of places whose province is not known. */
export const UNKNOWN_PROVINCE = 'unknown';

/** 陕西 and 山西 are both "shanxi" without tones; 陕西's official spelling keeps them apart. */
const SPELLED = new Map([['陕西', 'shaanxi']]);

/**
 * A province's URL segment: the pinyin of its name without its level and peoples.
 * @example provinceKey('广西壮族自治区') // 'guangxi'
 * @example provinceKey(null) // 'unknown'
 */
export function provinceKey(province: string | null): string {
  if (province === null) return UNKNOWN_PROVINCE;
  const bare = province.replace(/(壮族|回族|维吾尔)?(特别行政区|自治区|省|市)$/, '');
  return SPELLED.get(bare) ?? (slugify(bare) || UNKNOWN_PROVINCE);
}

/** How a province is shown; the unknown bucket by its label. */
export const provinceLabel = (province: string | null): string => province ?? t.slices.unknownProvince;

/** The items of one province (or of the unknown bucket). */
export interface ProvinceGroup<T> {
  key: string;
  province: string | null;
  items: T[];
}

/** Group items by province; provinces in key order, the unknown bucket last, items in the order given. */
export function groupByProvince<T>(items: readonly T[], provinceOf: (item: T) => string | null): ProvinceGroup<T>[] {
  const byProvince = new Map<string, ProvinceGroup<T>>();
  for (const item of items) {
    const province = provinceOf(item);
    const key = provinceKey(province);
    const group = byProvince.get(key);
    if (group) group.items.push(item);
    else byProvince.set(key, { key, province, items: [item] });
  }
  const last = (key: string) => (key === UNKNOWN_PROVINCE ? 1 : 0);
  return [...byProvince.values()].sort((a, b) => last(a.key) - last(b.key) || a.key.localeCompare(b.key));
}

/** The one province of several plans' places, or null when they are of none or of several. */
export function sharedProvince(provinces: readonly (string | null)[]): string | null {
  const distinct = new Set(provinces);
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/**
 * The crumb of a place's province on its slice pages, linking to that province's page of the list;
 * none when homophone places of two provinces share the slice.
 */
export function provinceCrumb(place: Pick<PlaceGroup<unknown>, 'provinces'>, href: (key: string) => string): Crumb[] {
  if (place.provinces.length !== 1) return [];
  const province = place.provinces[0]!;
  return [{ label: provinceLabel(province), href: href(provinceKey(province)) }];
}

/** How many place slices the items fall in: the places a province's page lists. */
export function countPlaces<T>(items: readonly T[], placeOf: (item: T) => string): number {
  return new Set(items.map((item) => placeKey(placeOf(item)))).size;
}
