import type { MetadataEntry } from '../../src/model/index.ts';
import { trimmed, type SourceLine } from './source-line.ts';

/** Header keys of Chinese government portals (Simplified; Traditional prints are normalized first). */
export const METADATA_KEYS = [
  '索引号', '信息索引号', '发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发文字号', '发布文号', '文件编号', '文号',
  '成文日期', '成文时间', '发布日期', '发文日期', '生成日期', '印发日期', '发布时间', '公开日期', '实施日期', '生效日期',
  '废止日期', '失效日期', '主题分类', '组配分类', '体裁分类', '信息分类', '公文种类', '公开方式', '公开类别', '公开范围',
  '公开时限', '公开形式', '有效性', '有效性状态', '时效性', '效力状态', '政策层级', '信息名称', '名称', '标题', '内容概述',
  '关键词', '关键字', '主题词', '信息来源', '文章来源', '来源', '浏览次数', '阅读次数', '访问次数', '累计次数', '点击量',
  '所属机构', '统一编号', '规范性文件登记号', '政策咨询电话', '政策咨询机关', '作者', '撰稿人', '发布人', '发布于', '时间',
  '栏目', '核心提示', '属性', '备注', '编辑出版', '主管单位', '地址', '邮政编码', '联系电话', '网址', '印刷',
] as const;

/** Labels of the page's own buttons: they end a value but are not metadata (发布日期:… 字体:[ ]). */
const CHROME_KEYS = ['字体大小', '字号', '字体'];

// Longest keys first so 信息索引号 wins over 索引号; internal spaces allowed ("文 号", "名        称").
const KEY_SOURCE = [...METADATA_KEYS, ...CHROME_KEYS]
  .sort((a, b) => b.length - a.length)
  .map((k) => [...k].join(' *'))
  .join('|');
// A key starts a line or follows a space, a table bar, a bracket or a bullet; anywhere when a colon follows it.
const KEY_AT = new RegExp(`(?:(?<=^|[\\s|\\[•])(${KEY_SOURCE})(?= *[\\]::|]|\\s|$)|(${KEY_SOURCE})(?= *:))[ \\]]*:?`, 'g');
const STARTS_WITH_KEY = new RegExp(`^[\\s|•\\[]*(${KEY_SOURCE}) *(\\]|:|\\||\\s|$)`);

/** True when a header line begins with a known metadata key (also as a table row, a bullet or a [bracketed] label). */
export function isMetadataLine(line: SourceLine): boolean {
  return STARTS_WITH_KEY.test(line.norm);
}

/** Text after a value that belongs to the page, not the value (【字体:…), and table bars and brackets around it. */
const VALUE_TAIL = /\s*【.*$/;
const VALUE_EDGE_START = /^[\s|\]]+/;
const VALUE_EDGE_END = /[\s|\[]+$/;

/**
 * Read every key–value pair of one header line; several pairs may share a line, as "key: value"
 * runs, as a table row (| 文 号 | 眉府发〔2020〕23号 | 公文种类 | 通知 |) or as "[ 索引号 ] | …".
 * A value stops at the next key, so it never carries a neighbour's label.
 * @example readMetadataLine(line('索引号: 发布机构: 桓仁满族自治县人民政府'))
 * // [{ key: '索引号', value: '' }, { key: '发布机构', value: '桓仁满族自治县人民政府' }]
 */
export function readMetadataLine(line: SourceLine): MetadataEntry[] {
  const { raw, norm } = trimmed(line);
  const hits = [...norm.matchAll(KEY_AT)];
  const entries: MetadataEntry[] = [];
  hits.forEach((hit, i) => {
    const key = (hit[1] ?? hit[2])!.replace(/ /g, '');
    if (CHROME_KEYS.includes(key)) return;
    let start = hit.index + hit[0].length;
    let end = i + 1 < hits.length ? hits[i + 1]!.index : norm.length;
    const slice = norm.slice(start, end).replace(VALUE_TAIL, '');
    const lead = VALUE_EDGE_START.exec(slice)?.[0].length ?? 0;
    const body = slice.slice(lead).replace(VALUE_EDGE_END, '');
    start += lead;
    end = start + body.length;
    entries.push({ key, value: raw.slice(start, end), line: line.n });
  });
  return entries;
}

/** The first non-empty value of any of the keys, in the order given. */
export function metadataValue(entries: readonly MetadataEntry[], ...keys: string[]): MetadataEntry | null {
  for (const key of keys) {
    const hit = entries.find((e) => e.key === key && e.value.trim() !== '');
    if (hit) return hit;
  }
  return null;
}
