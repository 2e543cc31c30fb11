/**
 * The places a search can be filtered by, as search/places.js ships them: grouped by province, so
 * a province is written once (every province, prefecture and county of China, 3,350 names, is
 * 46 KB, 17 KB gzipped), loaded only when a search names a place. Shared by the writer
 * (scripts/search/places-file.ts) and the search page. Pure.
 */
import type { PlaceList } from './fallback-data.ts';
import type { KnownPlace } from './place-match.ts';
import { compareNames } from '../unit-index.ts';

/**
 * The list of places, each name once a province; provinces in pinyin order, the unknown one ("") first.
 * @example packPlaces([{ name: '鼓楼区', province: '福建省' }, { name: '白河县', province: null }]) // { '': ['白河县'], 福建省: ['鼓楼区'] }
 */
export function packPlaces(places: Iterable<KnownPlace>): PlaceList {
  const byProvince = new Map<string, Set<string>>();
  for (const { name, province } of places) {
    const key = province ?? '';
    byProvince.set(key, (byProvince.get(key) ?? new Set()).add(name));
  }
  const provinces = [...byProvince.keys()].sort(compareNames);
  return Object.fromEntries(provinces.map((province) => [province, [...byProvince.get(province)!].sort(compareNames)]));
}

/** The places of one or several lists (the shards of a collection), each name and province once. */
export function unpackPlaces(lists: readonly PlaceList[]): KnownPlace[] {
  const seen = new Set<string>();
  const places: KnownPlace[] = [];
  for (const list of lists) {
    for (const [province, names] of Object.entries(list)) {
      for (const name of names) {
        const key = `${province} ${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        places.push({ name, province: province || null });
      }
    }
  }
  return places;
}
