import { bareName } from './bare-name.ts';
import { gazetteer, type Division } from './gazetteer.ts';

/** What a notice prints that can tell its province: its place and its own texts. */
export interface ProvinceSources {
  /** The plan's place in Simplified script (鄞州区), as the jurisdiction reads it. */
  placeHans: string;
  /** True when the notice printed the place without its level ending (健康余杭): its ending was inferred. */
  bare: boolean;
  /** The notice's own lines that name its issuer, normalized: issuer, notice title, plan title. */
  own: readonly string[];
  /** The whole normalized notice: units' prefixes, the signature, metadata. */
  allNorm: string;
}

/** The most characters a parent name printed before the place can have (新疆维吾尔自治区 has 8). */
const LONGEST_PARENT = 12;

/**
 * The province a plan's place lies in, by the gazetteer and the notice's own words; null when
 * they cannot tell. A province (or 北京市…) is its own. A parent printed right before the place
 * (宁波市鄞州区, 上海市普陀区) decides first; else a name found once in the gazetteer decides;
 * else (鼓楼区 is in four prefectures, a bare 余杭 is no full name) the candidates' provinces
 * and prefectures named in the notice decide, its issuer and titles before its other lines. When
 * two candidates stay, none is chosen: a wrong province would file the plan under it for good.
 * @example readProvince({ placeHans: '鄞州区', bare: false, own: [], allNorm: '' }) // '浙江省'
 */
export function readProvince(from: ProvinceSources): string | null {
  const { provinces, byName } = gazetteer();
  const place = from.placeHans;
  // A full name the gazetteer lacks may be short for one it has (黔南州 for 黔南布依族苗族自治州):
  // then it is asked like a bare name, and only a parent the notice names can decide.
  const bare = from.bare || !byName.has(place);
  const own = provinces.find((province) => province === place || (bare && bareName(province) === bareName(place)));
  if (own) return own;
  const candidates = bare ? bareCandidates(place) : (byName.get(place) ?? []);
  const fits = (province: string) => candidates.length === 0 || candidates.some((c) => c.province === province);
  // A bare name is printed bare (健康余杭), so that is what a parent is printed before.
  const prefixed = unique(parentsPrintedBefore(from.bare ? bareName(place) : place, from.allNorm).filter(fits));
  if (prefixed) return prefixed;
  const inGazetteer = distinct(candidates.map((c) => c.province));
  if (!bare && inGazetteer.length === 1) return inGazetteer[0]!;
  for (const text of [from.own.join('\n'), from.allNorm]) {
    const named = unique(inGazetteer.filter((province) => namesParent(text, province, candidates)));
    if (named) return named;
  }
  return null;
}

/** The divisions a bare or shortened name can be, of its kind: 健康鼓楼 is no 鼓楼街道, 东岭区 no 东岭镇. */
function bareCandidates(place: string): Division[] {
  // 桐乡 is a city: an ending that would leave one character is part of the name.
  const town = /(镇|乡|街道)$/.test(place) && bareName(place) !== place;
  return (gazetteer().byBareName.get(bareName(place)) ?? []).filter((d) => d.town === town);
}

/** Provinces of the province or prefecture names printed right before the place (宁波市鄞州区 → 浙江省). */
function parentsPrintedBefore(place: string, allNorm: string): string[] {
  const { byName } = gazetteer();
  const found: string[] = [];
  for (let at = allNorm.indexOf(place); at >= 0; at = allNorm.indexOf(place, at + place.length)) {
    const before = allNorm.slice(Math.max(0, at - LONGEST_PARENT), at);
    for (let k = 2; k <= before.length; k++) {
      const parent = before.slice(-k);
      const division = byName.get(parent)?.filter((d) => d.name === d.province || d.name === d.city) ?? [];
      found.push(...division.map((d) => d.province));
    }
  }
  return found;
}

/** Whether a text names the province (浙江省, or 浙江) or the prefecture of one of its candidates. */
function namesParent(text: string, province: string, candidates: readonly Division[]): boolean {
  if (text.includes(bareName(province))) return true;
  return candidates.some((c) => c.province === province && c.city !== null && c.city !== c.name && text.includes(c.city));
}

const distinct = (names: readonly string[]): string[] => [...new Set(names)];

/** The one name of a list, or null when it has none or several. */
function unique(names: readonly string[]): string | null {
  const set = distinct(names);
  return set.length === 1 ? set[0]! : null;
}
