import type { MetadataEntry } from '../../src/model/index.ts';
import { trimmed, type SourceLine } from './source-line.ts';

/** Header keys of Chinese government portals (Simplified; Traditional prints are normalized first). */
export const METADATA_KEYS = [
  '索引号', '信息索引号', '发布机构', '发文机关', '发文单位', '发文字号', '文件编号', '文号', '成文日期',
  '发布日期', '发文日期', '生成日期', '印发日期', '发布时间', '实施日期', '废止日期', '失效日期', '主题分类',
  '组配分类', '体裁分类', '信息分类', '公开方式', '公开范围', '公开时限', '公开形式', '有效性', '时效性', '效力状态',
  '政策层级', '信息名称', '标题', '关键词', '主题词', '信息来源', '来源', '浏览次数', '所属机构', '统一编号',
] as const;

// Longest keys first so 信息索引号 wins over 索引号; internal spaces allowed ("文 号").
const KEY_SOURCE = [...METADATA_KEYS]
  .sort((a, b) => b.length - a.length)
  .map((k) => [...k].join(' *'))
  .join('|');
const KEY_AT = new RegExp(`(?:^|(?<=\\s))(${KEY_SOURCE}) *[::]? *`, 'g');
const STARTS_WITH_KEY = new RegExp(`^ *(${KEY_SOURCE}) *([::]|\\s|$)`);

/** True when a header line begins with a known metadata key. */
export function isMetadataLine(line: SourceLine): boolean {
  return STARTS_WITH_KEY.test(line.norm);
}

/** Text after a value that belongs to the page, not the value (【字体:…). */
const VALUE_TAIL = /\s*【.*$/;

/**
 * Read every key–value pair of one header line; several pairs may share a line.
 * @example readMetadataLine(line('索引号: 发布机构: 桓仁满族自治县人民政府'))
 * // [{ key: '索引号', value: '' }, { key: '发布机构', value: '桓仁满族自治县人民政府' }]
 */
export function readMetadataLine(line: SourceLine): MetadataEntry[] {
  const { raw, norm } = trimmed(line);
  const hits = [...norm.matchAll(KEY_AT)];
  return hits.map((hit, i) => {
    const start = hit.index + hit[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index : norm.length;
    const valueNorm = norm.slice(start, end).replace(VALUE_TAIL, '').trimEnd();
    return {
      key: hit[1]!.replace(/ /g, ''),
      value: raw.slice(start, start + valueNorm.length),
      line: line.n,
    };
  });
}

/** The first non-empty value of any of the keys, in the order given. */
export function metadataValue(entries: readonly MetadataEntry[], ...keys: string[]): MetadataEntry | null {
  for (const key of keys) {
    const hit = entries.find((e) => e.key === key && e.value.trim() !== '');
    if (hit) return hit;
  }
  return null;
}
