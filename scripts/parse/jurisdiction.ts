import type { Jurisdiction, PlaceLevel } from '../../src/model/index.ts';
import { SPAM_WORD } from './furniture.ts';
import { toHans } from './normalize.ts';
import { readProvince } from './province.ts';
import { slugify } from './slug.ts';

/** Endings of place names, longest first, so 自治区 wins over 区 and 新区 over 区. */
const SUFFIX = '自治区|自治州|自治县|示范区|新区|街道|省|市|区|县|州|旗|盟|镇|乡';

const LEVEL_BY_SUFFIX: Array<[RegExp, PlaceLevel]> = [
  [/(省|自治区)$/, 'province'],
  [/(自治县|县|旗)$/, 'county'],
  [/(新区|示范区|区)$/, 'district'],
  [/(自治州|市|州|盟)$/, 'city'],
  [/(镇|乡|街道)$/, 'town'],
];

/** Words after 健康 that name a kind of programme, not a place (健康城市, 健康村镇…). */
const GENERIC =
  /^(城市|城镇|城区|县城|乡村|乡镇|村镇|促进|中国|细胞|社区|家庭|企业|学校|单位|素养|教育|产业|服务|生活|水平|知识|环境|人群|社会|文化|扶贫|科普|管理|保障|医疗|行动|建设|工作|发展|典范|示范|中原|优先|第一|老龄|码)/;

/** A leading place with its level: at most nine characters before the suffix. */
const LEADING = new RegExp(`^(?:中共)?([\\u4e00-\\u9fff]{2,9}?(?:${SUFFIX}))`);
/** A further link of a chain (上海市普陀区): a short name and suffix before the issuer's words. */
const LINK = new RegExp(`^([\\u4e00-\\u9fff]{2,5}?(?:${SUFFIX}))(?=人民政府|政府|办公室|党委|委员会|卫生|健康|关于|[^\\u4e00-\\u9fff]|$)`);
const NOT_A_PLACE = /健康|关于|行动|建设|开展|全市|全区|全县|本市|我市/;
/** A one-character name and its level, only before an issuer's words: 沛县人民政府, 赵县卫生健康局. */
const SHORT = /^((?![全本我该各])[\u4e00-\u9fff](?:县|市|区|旗))(?=人民政府|政府|党委|委员会|县委|市委|区委|卫生|健康|关于)/;

/** A place as found: its name with its level suffix when printed (普陀区), and its bare name (普陀). */
export interface PlaceName {
  full: string | null;
  name: string;
}

/**
 * The place a text starts with, the last link of a chain (上海市普陀区 → 普陀区).
 * @example leadingPlace('某山区人民政府关于印发…') // { full: '某山区', name: '某山' }
 */
export function leadingPlace(norm: string): PlaceName | null {
  const text = norm.trim().replace(/^(19|20)\d{2}年(度)?/, '').replace(/^[“"‘《]/, '');
  const m = SHORT.exec(text) ?? LEADING.exec(text);
  if (!m || NOT_A_PLACE.test(m[1]!)) return null;
  let full = m[1]!;
  for (let at = m[0].length, link = LINK.exec(text.slice(at)); link && !NOT_A_PLACE.test(link[1]!); link = LINK.exec(text.slice(at))) {
    full = link[1]!;
    at += full.length;
  }
  const name = full.replace(new RegExp(`(${SUFFIX})$`), '');
  // A level word alone (自治区健康…领导小组) names no place.
  return name ? { full, name } : null;
}

/** A 健康X place as found, and whether the text prints it with its level suffix (鄞州区). */
export interface HealthPlace extends PlaceName {
  confirmed: boolean;
}

/**
 * Every place a text names as 健康X (健康鄞州, “健康余杭”, 健康中国重庆行动), in order: of the two to
 * four characters after 健康, the longest the text also prints with a level suffix (confirmed), else two.
 * @example healthPlaces('贯彻健康西江行动推进健康临江建设', '…临江市…') // [{ name: '西江', confirmed: false }, { full: '临江市', name: '临江', confirmed: true }]
 */
export function healthPlaces(norm: string, allNorm: string, strict = false): HealthPlace[] {
  const out: HealthPlace[] = [];
  for (const m of norm.matchAll(/健康(?:中国)?([\u4e00-\u9fff]{2,4})/g)) {
    const after = m[1]!;
    // A mirror may put a spam word where the place was (健康彩票建设): never a place.
    if (GENERIC.test(after) || new RegExp(SPAM_WORD.source).test(after)) continue;
    const named = [4, 3, 2].filter((k) => k <= after.length).map((k) => after.slice(0, k));
    const hit = named.map((name) => ({ name, full: new RegExp(`${name}(${SUFFIX})`).exec(allNorm)?.[0] })).find((c) => c.full);
    if (hit) out.push({ full: hit.full!, name: hit.name, confirmed: true });
    // In running text, a bare name only where the genre's words follow it: 推进健康某地行动.
    else if (!strict || /^(行动|建设|工作|[”"]|20\d\d)/.test(norm.slice(m.index + m[0].length - after.length + 2))) out.push({ full: null, name: after.slice(0, 2), confirmed: false });
  }
  return out;
}

/**
 * The first place a text names as 健康X (see healthPlaces).
 * @example placeAfterHealth('2018年健康鄞州建设工作要点', '…鄞州区…') // { full: '鄞州区', name: '鄞州', confirmed: true }
 */
export function placeAfterHealth(norm: string, allNorm: string, strict = false): HealthPlace | null {
  return healthPlaces(norm, allNorm, strict)[0] ?? null;
}

/**
 * Of the 健康X places a title names, the one its issuer is in (a city's plan 贯彻 its province's
 * 健康X), else one the text prints with its level suffix; a bare name confirmed by neither is no pick.
 */
function pickHealthPlace(places: readonly HealthPlace[], issuer: PlaceName | null): PlaceName | null {
  // The 健康X name is the short one (健康桓仁 for 桓仁满族自治县): it keeps the plan's slug.
  // It may sit inside the issuer's place too: 健康高新 by 临江高新区管委会.
  const own = issuer?.full && places.find((p) => issuer.full!.includes(p.name));
  if (!own) return places.find((p) => p.confirmed) ?? null;
  const full = issuer!.full!;
  if (full.startsWith(own.name) && own.name !== full) return { full, name: own.name };
  // The name inside (高新) or the whole place (沛县): the issuer's place, less its one-character level.
  return { full, name: full.length > 2 ? full.replace(/[省市区县州旗盟镇乡]$/, '') : issuer!.name };
}

/** Where a plan's place is read, most telling first. */
export interface PlaceSources {
  title: string;
  noticeTitle: string;
  issuer: string;
  /** A mirror's place tag after the title (《…》(苏州)). */
  tag?: string;
  /** The whole notice, normalized, and as printed (same length). */
  allNorm: string;
  allRaw: string;
}

/**
 * The jurisdiction a plan is for: the place its title starts with (普陀区关于实施…), its 健康X
 * name, the place its issuer or notice title starts with, or the 健康X its text names; with the
 * level its printed suffix or, failing that, its own words (全市, 本区, 市卫生健康委) give.
 */
export function readJurisdiction(from: PlaceSources): { jurisdiction: Jurisdiction; placeSlug: string } {
  const issuer = leadingPlace(from.issuer) ?? leadingPlace(from.noticeTitle);
  const inTitle = healthPlaces(from.title, from.allNorm);
  // A bare 健康X the text never prints with a level (健康口腔) ranks below the issuer's place.
  const found =
    leadingPlace(from.title) ??
    pickHealthPlace(inTitle, issuer) ??
    issuer ??
    inTitle[0] ??
    placeAfterHealth(from.noticeTitle, from.allNorm) ??
    (from.tag ? placeAfterHealth(`健康${from.tag}`, from.allNorm) : null) ??
    placeAfterHealth(from.allNorm, from.allNorm, true);
  if (!found) return { jurisdiction: { place: '未知', placeHans: '未知', level: 'unknown', province: null }, placeSlug: 'unknown' };
  const own = [from.issuer, from.noticeTitle, from.title];
  const hansName = toHans(found.name);
  const full = found.full ?? mostPrinted(hansName, from.allNorm);
  const slug = slugify(hansName);
  if (full) {
    const at = from.allNorm.indexOf(full);
    const printed = at >= 0 ? from.allRaw.slice(at, at + full.length) : full;
    const level = LEVEL_BY_SUFFIX.find(([re]) => re.test(full))?.[1] ?? 'unknown';
    const placeHans = toHans(full);
    return { jurisdiction: { place: printed, placeHans, level, province: readProvince({ placeHans, bare: false, own, allNorm: from.allNorm }) }, placeSlug: slug };
  }
  const at = from.allNorm.indexOf(hansName);
  const printed = at >= 0 ? from.allRaw.slice(at, at + hansName.length) : found.name;
  const [suffix, level] = levelFromWords(from.allNorm);
  // A name that already ends in its level (沛县, 赵县) takes no second one.
  const withSuffix = ['省', '市', '区', '县'].includes(suffix) && !printed.endsWith(suffix);
  const placeHans = withSuffix ? hansName + suffix : hansName;
  // The ending was inferred from the plan's words, so the gazetteer is asked by the bare name.
  const province = readProvince({ placeHans, bare: true, own, allNorm: from.allNorm });
  return {
    jurisdiction: { place: withSuffix ? printed + suffix : printed, placeHans, level, province },
    placeSlug: slug,
  };
}

/** The full place (鄞州区, 桓仁满族自治县) as most often printed after a bare name. */
function mostPrinted(name: string, allNorm: string): string | null {
  const counts = new Map<string, { n: number; at: number }>();
  for (const m of allNorm.matchAll(new RegExp(`${name}[\\u4e00-\\u9fff]{0,4}?(${SUFFIX})`, 'g'))) {
    const hit = counts.get(m[0]) ?? { n: 0, at: m.index };
    hit.n++;
    counts.set(m[0], hit);
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].at - b[1].at)[0]?.[0] ?? null;
}

/** The level a plan's own words give: 全市, 我区, 本县, 全省, 自治区, 市卫生健康委. */
function levelFromWords(allNorm: string): [string, PlaceLevel] {
  const count = (re: RegExp) => (allNorm.match(re) ?? []).length;
  const scores: Array<[string, PlaceLevel, number]> = [
    ['自治区', 'province', count(/自治区/g)],
    ['省', 'province', count(/(全|我|本)省|省(政府|委|人民政府|卫生健康委)/g)],
    ['市', 'city', count(/(全|我|本)市|市(政府|委|人民政府|卫生健康委|直)/g)],
    ['区', 'district', count(/(全|我|本)区|区(政府|委|人民政府|卫生健康局|直)/g)],
    ['县', 'county', count(/(全|我|本)县|县(政府|委|人民政府|卫生健康局|直)/g)],
  ];
  const [best, next] = scores.sort((a, b) => b[2] - a[2]);
  // Only a clear majority decides: a plan cites its province's documents too.
  return best![2] >= 2 && best![2] >= 2 * next![2] ? [best![0], best![1]] : ['', 'unknown'];
}
