import type { Jurisdiction, PlaceLevel } from '../../src/model/index.ts';
import { toHans } from './normalize.ts';
import { slugify } from './slug.ts';

const LEVEL_BY_SUFFIX: Array<[RegExp, PlaceLevel]> = [
  [/(省|自治区)$/, 'province'],
  [/(自治县|县|旗)$/, 'county'],
  [/(新区|区)$/, 'district'],
  [/(自治州|市|州|盟)$/, 'city'],
  [/(镇|乡|街道)$/, 'town'],
];

/**
 * The place a plan is for, from its "健康X" name (健康鄞州, “健康余杭”, 健康麗水).
 * @example readPlaceName('2018年健康鄞州建设工作要点') // '鄞州'
 */
export function readPlaceName(titleNorm: string): string | null {
  const named = /健康([\u4e00-\u9fff]{2,6}?)(?:建设|行动|工作|城市|促进|[”"’\d]|20|\s|$)/.exec(titleNorm)?.[1];
  if (named && !GENERIC.test(named)) return named;
  // 芜湖市健康城市建设…: the place is printed before 健康, with its suffix.
  const before = /([\u4e00-\u9fff]{2,6}?)(?:省|市|区|县|自治县|自治州)(?:人民政府)?(?:办公室)?(?:关于)?(?:印发)?(?:\d{4}年)?健康/.exec(titleNorm)?.[1];
  return before ?? named ?? null;
}

/** Words after 健康 that name a kind of programme, not a place (健康城市, 健康村镇…). */
const GENERIC = /^(城市|城镇|乡村|村镇|促进|中国|细胞|社区|家庭|企业|学校|单位|素养|教育|产业|服务|生活)/;

/**
 * The full place (鄞州区, 桓仁满族自治县) as most often printed in the notice, and its level.
 * `textNorm` and `textRaw` are the whole notice, normalized and as printed (same length).
 */
export function readJurisdiction(place: string | null, textNorm: string, textRaw: string): { jurisdiction: Jurisdiction; placeSlug: string } {
  if (!place) {
    return { jurisdiction: { place: '未知', placeHans: '未知', level: 'unknown' }, placeSlug: 'unknown' };
  }
  const hans = toHans(place);
  const pattern = new RegExp(`${hans}[\\u4e00-\\u9fff]{0,4}?(自治县|自治州|自治区|新区|省|市|区|县|旗|镇|乡|街道)`, 'g');
  const counts = new Map<string, { n: number; at: number }>();
  for (const m of textNorm.matchAll(pattern)) {
    const hit = counts.get(m[0]) ?? { n: 0, at: m.index };
    hit.n++;
    counts.set(m[0], hit);
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0];
  if (!best) return { jurisdiction: { place, placeHans: hans, level: 'unknown' }, placeSlug: slugify(hans) };
  const [fullHans, { at }] = best;
  const printed = textRaw.slice(at, at + fullHans.length);
  const level = LEVEL_BY_SUFFIX.find(([re]) => re.test(fullHans))?.[1] ?? 'unknown';
  return { jurisdiction: { place: printed, placeHans: fullHans, level }, placeSlug: slugify(hans) };
}
