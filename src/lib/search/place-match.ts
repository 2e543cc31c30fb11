/**
 * Matching a typed place against the places of the collection, as people type them: 鄞州 for
 * 鄞州区, 甘孜州 for 甘孜藏族自治州, 宁波市鄞州区 for 鄞州区, 沙 (a name cut short) for 沙县; a name
 * several places share (鼓楼区 of two provinces, 朝阳 for 朝阳区 and 朝阳市) matches them all. When
 * nothing matches, the closest names are suggested. The text is folded (Simplified, half-width)
 * before it comes here. Pure.
 */
import { distance } from 'fastest-levenshtein';
import { bareName } from '../../../scripts/parse/bare-name.ts';

/** One place of the collection: its Simplified name and its province (null: not known). */
export interface KnownPlace {
  name: string;
  province: string | null;
}

/** What a typed place matched: the places to search, or, when none, the closest names to offer. */
export type PlaceMatch = { found: KnownPlace[] } | { found: []; suggestions: KnownPlace[] };

/** Suggestions offered at most when nothing matches. */
export const SUGGESTIONS = 5;

// A stem keeps two characters at least (bareName): 沙县 stays 沙县, and 杭州 is not 杭 with a level.
const MIN_STEM = 2;

const compact = (text: string): string => text.replace(/\s+/gu, '');

const sharedStart = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/**
 * The closest names to a typed place that matched none: by edit distance of the bare names (a bare
 * name holding the other counts as none), then by how many first characters they share (鄞洲 is
 * more likely 鄞州 than 秀洲), then in pinyin order.
 */
function suggest(typed: string, places: readonly KnownPlace[]): KnownPlace[] {
  const stem = bareName(typed);
  const scored = places.map((place) => {
    const other = bareName(place.name);
    const holds = other.includes(stem) || stem.includes(other);
    return { place, score: holds ? 0 : distance(stem, other), start: sharedStart(stem, other) };
  });
  // Past half the typed name (one edit for two or three characters), a name shares too little to be what was meant.
  const limit = Math.max(1, Math.floor(stem.length / 2));
  return scored
    .filter((entry) => entry.score <= limit)
    .sort((a, b) => a.score - b.score || b.start - a.start || a.place.name.localeCompare(b.place.name, 'zh-CN'))
    .slice(0, SUGGESTIONS)
    .map((entry) => entry.place);
}

/** The places whose full or bare name the typed text ends with, the longest such name only (宁波市鄞州区, 宁波鄞州). */
function placesAtEnd(text: string, places: readonly KnownPlace[]): KnownPlace[] {
  const ending = (place: KnownPlace) => Math.max(...[place.name, bareName(place.name)].map((name) => (name.length >= MIN_STEM && text.endsWith(name) ? name.length : 0)));
  const lengths = places.map(ending);
  const longest = Math.max(0, ...lengths);
  const found = longest > 0 ? places.filter((_, i) => lengths[i] === longest) : [];
  // A province printed first (江苏南京鼓楼区) picks its own among places of one name.
  const inProvince = found.filter((place) => place.province !== null && text.startsWith(bareName(place.province)));
  return inProvince.length > 0 ? inProvince : found;
}

/**
 * The places whose name starts with the typed text, a name cut short: 沙 for 沙县, whose stem keeps
 * both characters (MIN_STEM), 桓 for 桓仁满族自治县. Every such place is meant alike, as every place
 * of one stem is (朝阳): the search covers them all and says which.
 */
function placesStartingWith(text: string, places: readonly KnownPlace[]): KnownPlace[] {
  return text === '' ? [] : places.filter((place) => place.name.startsWith(text));
}

/**
 * The places a typed place means: those of that exact name; else those whose name without its
 * level is what was typed without its level; else those whose name the typed text ends with
 * (浙江省宁波市鄞州区), in the province it starts with if it names one; else those whose name starts
 * with it (沙 → 沙县). None found: up to SUGGESTIONS closest names instead.
 * @example matchPlace('慈溪', places) // { found: [{ name: '慈溪市', province: '浙江省' }] }
 * @example matchPlace('沙', places) // { found: [{ name: '沙县', province: '福建省' }] }
 */
export function matchPlace(typed: string, places: readonly KnownPlace[]): PlaceMatch {
  const text = compact(typed);
  const exact = places.filter((place) => place.name === text);
  if (exact.length > 0) return { found: exact };
  const stem = bareName(text);
  const stemmed = places.filter((place) => bareName(place.name) === stem);
  if (stemmed.length > 0) return { found: stemmed };
  const atEnd = placesAtEnd(text, places);
  if (atEnd.length > 0) return { found: atEnd };
  const started = placesStartingWith(text, places);
  if (started.length > 0) return { found: started };
  return { found: [], suggestions: suggest(text, places) };
}

/** A place name as a search filters by it, with how it is shown. */
export interface NamedPlace {
  name: string;
  /** The name with its provinces, e.g. 鼓楼区（江苏省、福建省）; the name alone where no province is known. */
  label: string;
}

/**
 * The names of some places, each once in the order first met, with their provinces: a search filters
 * by the name, so one name of two provinces is one filter value and searches both.
 * @example namePlaces([{ name: '鼓楼区', province: '江苏省' }, { name: '鼓楼区', province: '福建省' }]) // [{ name: '鼓楼区', label: '鼓楼区（江苏省、福建省）' }]
 */
export function namePlaces(places: readonly KnownPlace[]): NamedPlace[] {
  const provinces = new Map<string, string[]>();
  for (const { name, province } of places) {
    const list = provinces.get(name) ?? [];
    if (province !== null && !list.includes(province)) list.push(province);
    provinces.set(name, list);
  }
  return [...provinces].map(([name, list]) => ({ name, label: list.length > 0 ? `${name}（${list.join('、')}）` : name }));
}
