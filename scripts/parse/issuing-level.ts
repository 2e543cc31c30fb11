import type { IssuingLevel, Jurisdiction, PlaceLevel } from '../../src/model/index.ts';
import { leadingPlace } from './jurisdiction.ts';

/** The one-character abbreviations provinces print at the head of their 文号 (浙政发, 辽卫发). */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '北京', 津: '天津', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁', 吉: '吉林', 黑: '黑龙江',
  沪: '上海', 苏: '江苏', 浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 豫: '河南',
  鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西', 琼: '海南', 渝: '重庆', 川: '四川', 黔: '贵州',
  云: '云南', 藏: '西藏', 陕: '陕西', 甘: '甘肃', 青: '青海', 宁: '宁夏', 新: '新疆',
};

const PROVINCES = Object.values(PROVINCE_ABBREVIATIONS);
/** 文号 of the State: 国发, 国办发, 国卫…, 国医…; 中发 and 中办发 of the Party centre; 厅字 of its general office; 全爱卫 of the national patriotic health campaign. */
const NATIONAL_NUMBER = /^(国|中发|中办|厅字|全爱卫|人社部|教体艺|卫疾控|卫办|财社|发改社会)/;
/** Titles only the State issues: its organs, national programmes, national laws. */
// A law (职业病防治法), not a 办法: measures are issued at every level.
const NATIONAL_TITLE = /^(国务院|中共中央|全国|国家|中国|健康中国|国民)|^[^省市县区]{2,12}(?<!办)法(\(|$)/;
/** The place levels of printed suffixes; towns do not issue documents the genre cites. */
const LEVEL_OF_SUFFIX: Array<[RegExp, PlaceLevel]> = [
  [/(省|自治区)$/, 'province'],
  [/(自治县|县|旗|新区|示范区|区)$/, 'county'],
  [/(自治州|市|州|盟)$/, 'city'],
];

/** Province-level organs a 文号 prints after the province's abbreviation. */
const ORGAN = /^[政委卫办发食红残环体教财人民农水交公建科文商市医药妇团总老]/;
/** Words that make a leading "place" a phrase of the title (进一步加强城市…), not an issuer. */
const NOT_ISSUER = /城市|社区|加强|推进|进一步|实施|开展|做好/;

/** What the level can be read from: the 文号, the title and issuer, and the citing plan's place. */
export interface LevelClues {
  documentNumber: string | null;
  title: string;
  issuer: string | null;
  /** The citing plan's place: a 文号 starting with its first character is its own (鄞政发 in 鄞州区). */
  citing?: Jurisdiction;
}

/** The issuing level a place level stands for (a district issues as a county does). */
function levelOfPlace(level: PlaceLevel): IssuingLevel {
  if (level === 'province') return 'provincial';
  if (level === 'city') return 'city';
  if (level === 'county' || level === 'district') return 'county';
  return 'unknown';
}

/** The level of the place a text starts with (浙江省…, 宁波市…, 宁波市鄞州区… is the last link), or null. */
function levelOfHead(text: string): { level: IssuingLevel; place: string } | null {
  const place = leadingPlace(text);
  if (!place?.full || NOT_ISSUER.test(place.full)) return null;
  // 北京市, 上海市, 天津市, 重庆市 are provinces printed with 市.
  if (PROVINCES.includes(place.name)) return { level: 'provincial', place: place.full };
  // A county printed after its city (宁波市鄞州区生态…): the county issued it.
  const county = /^[\u4e00-\u9fff]{2,3}?(区|县)/.exec(text.slice(text.indexOf(place.full) + place.full.length));
  if (/(市|州)$/.test(place.full) && county && !NOT_ISSUER.test(county[0])) return { level: 'county', place: place.full + county[0] };
  const level = levelOfPlace(LEVEL_OF_SUFFIX.find(([suffix]) => suffix.test(place.full!))?.[1] ?? 'unknown');
  return level === 'unknown' ? null : { level, place: place.full };
}

/**
 * The issuing level of a cited document and the rule that gave it. The issuer or place the
 * title starts with decides first (it is printed in full); then the 文号's prefix; then a
 * national title; then 健康<province>; else unknown.
 * @example issuingLevel({ documentNumber: '浙卫发〔2017〕107号', title: '浙江省全民健康生活方式行动实施方案(2017-2025年)', issuer: null }) // provincial
 */
export function issuingLevel(clues: LevelClues): { level: IssuingLevel; rule: string } {
  const head = levelOfHead(clues.issuer ?? clues.title);
  if (head) return { level: head.level, rule: `标题中的发文地：${head.place}` };
  if (NATIONAL_TITLE.test(clues.issuer ?? clues.title)) return { level: 'national', rule: '标题为国家机关或全国性文件' };
  const organ = clues.documentNumber?.split('〔')[0] ?? '';
  if (NATIONAL_NUMBER.test(organ)) return { level: 'national', rule: `文号代字 ${organ}：国家机关` };
  const first = organ[0] ?? '';
  if (PROVINCE_ABBREVIATIONS[first] && ORGAN.test(organ.slice(1))) {
    return { level: 'provincial', rule: `文号代字 ${organ}：${first}为${PROVINCE_ABBREVIATIONS[first]}简称` };
  }
  const citing = clues.citing;
  if (citing && first && citing.placeHans.startsWith(first) && levelOfPlace(citing.level) !== 'unknown') {
    return { level: levelOfPlace(citing.level), rule: `文号代字 ${organ}：引用规划所在地${citing.placeHans}` };
  }
  const healthy = new RegExp(`健康(${PROVINCES.join('|')})`).exec(clues.title);
  if (healthy) return { level: 'provincial', rule: `标题：健康${healthy[1]}` };
  // 健康慈溪2030行动纲要 cited by 慈溪市: the citing place's own programme, issued at its level.
  const own = citing ? citing.placeHans.replace(/(自治县|自治州|自治区|新区|省|市|区|县|州|旗)$/, '') : '';
  if (own.length >= 2 && clues.title.includes(`健康${own}`) && levelOfPlace(citing!.level) !== 'unknown') {
    return { level: levelOfPlace(citing!.level), rule: `标题：健康${own}，引用规划所在地` };
  }
  return { level: 'unknown', rule: '标题无发文机关或地名，文号代字不明' };
}
