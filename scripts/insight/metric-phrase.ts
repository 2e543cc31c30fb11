import { findDeadlines } from './deadlines.ts';

/** Ends of a clause of a sentence: a metric never runs across them. */
export const SEGMENT_END = /[。;!?\n,:]/;
/** Ends of a sentence: a deadline applies up to the next one. */
export const SENTENCE_END = /[。;!?\n]/;

/** The index just after the last match of `ends` before `index` (0 when none). */
export function startBefore(text: string, index: number, ends: RegExp): number {
  for (let i = index - 1; i >= 0; i--) if (ends.test(text[i]!)) return i + 1;
  return 0;
}

/** The index of the first match of `ends` at or after `index` (the length when none). */
export function endAfter(text: string, index: number, ends: RegExp): number {
  for (let i = index; i < text.length; i++) if (ends.test(text[i]!)) return i;
  return text.length;
}

// Not 基本: it is part of 基本公共卫生服务 and 基本医疗保险.
const LEADING_FILLER = /^(?:力争|努力实现|努力|确保|争取|进一步|实现|使|保证|其中|同时|全面|要|并|且|有)+/;
const TRAILING_FILLER = /(?:争取|力争|基本|均|都|要|将)+$/;
const BARE_YEAR = /^(?:19|20)\d{2}(?![\d年])/;

/**
 * A metric phrase without what surrounds the measure: a leading deadline (到2018年底), a
 * leading bare year (2018全区…), words of effort before (确保, 力争, 努力实现) and after (争取).
 * @example cleanMetric('到2018年底全区中小学规范化心理辅导室比例') // '全区中小学规范化心理辅导室比例'
 */
export function cleanMetric(phrase: string): string {
  let text = phrase.trim();
  for (;;) {
    const before = text;
    const deadline = findDeadlines(text)[0];
    if (deadline?.start === 0) text = text.slice(deadline.end);
    text = text.replace(BARE_YEAR, '').replace(LEADING_FILLER, '').replace(/^[,、\s]+/, '');
    if (text === before) break;
  }
  return text.replace(TRAILING_FILLER, '');
}

/**
 * A phrase that says a measure improves, as the metric of a value printed on its own
 * after a comma (居民健康素养水平显著提高,达到32%以上).
 * @example metricOfChange('居民健康素养水平显著提高') // '居民健康素养水平'
 */
export function metricOfChange(phrase: string): string {
  return cleanMetric(phrase).replace(/(?:显著|持续|明显|逐步|进一步|不断|稳步)?(?:提高|提升|增加|增长|改善)$/, '');
}

const VERB = /^(?:组织开展|新创建|改造提升|推广应用|提升建设|新建|新增|新创|创建|建设|建成|完成|改造|打造|实施|开展|培训|选派|招聘|举办|创成)/;

/** The verb a metric starts with (新建, 完成, 组织开展…), if any: later items of a list share it. */
export function leadingVerb(metric: string): string | null {
  return VERB.exec(metric)?.[0] ?? null;
}

const ANY_VERB = new RegExp(VERB.source.slice(1));

/**
 * What a metric's verb acts on, to complete a later item printed as a bare verb.
 * @example nounAfterVerb('中心城区新增公共厕所') // '公共厕所'
 */
export function nounAfterVerb(metric: string): string {
  const m = ANY_VERB.exec(metric);
  return m ? metric.slice(m.index + m[0].length) : '';
}

/**
 * What a list printed right before a count shares with the counted thing: in 完成A、B和5个C the
 * count is C's alone (A and B are named without one), and of the list only the words before its
 * first item (the verb, up to the first item's last 的) go with C.
 * @example contextOfList('完成去年启动的美丽乡村示范镇、美丽乡村风景线和') // '完成去年启动的'
 * @example contextOfList('基本完成涂装、包装印刷行业的VOCs综合整治和') // '基本完成'
 */
export function contextOfList(phrase: string): string {
  const first = splitList(phrase)[0] ?? '';
  const modifierEnd = first.lastIndexOf('的');
  if (modifierEnd >= 0) return first.slice(0, modifierEnd + 1);
  const verb = ANY_VERB.exec(first);
  return verb ? first.slice(0, verb.index + verb[0].length) : '';
}

/** A phrase ending with a list's conjunction: the next item is the one a following count counts. */
export const ENDS_WITH_CONJUNCTION = /[、和及与]$/;

/**
 * The items of a list phrase split at 、和及与, outside brackets.
 * @example splitList('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率') // ['孕产妇死亡率', '婴儿死亡率', '5岁以下儿童死亡率']
 */
export function splitList(phrase: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase) {
    if (ch === '(' || ch === '(') depth++;
    if (ch === ')' || ch === ')') depth--;
    if (depth === 0 && '、和及与'.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((p) => p.length > 0);
}

const HEAD = /(?:率|比例|比重|人数|数|量|面积|水平|密度|浓度|寿命|满意度|覆盖面)$/;
const ATTRIBUTE = /质量|安全|抽检|合格|死亡|发病|患病|参保|覆盖|签约|达标|知晓|检出|公众|满意|比例|人数|面积/;

/**
 * Items of a list that share the measure printed only once, at the end: the measure is read
 * from the last item, from its first attribute word on, and added to the items that lack one.
 * @example completeList(['主要食品', '主要农产品质量安全抽检合格率']) // ['主要食品质量安全抽检合格率', '主要农产品质量安全抽检合格率']
 */
export function completeList(parts: readonly string[]): string[] {
  const last = parts.at(-1) ?? '';
  if (parts.every((p) => HEAD.test(p)) || !HEAD.test(last)) return [...parts];
  const at = last.slice(1).search(ATTRIBUTE);
  if (at < 0) return [...parts];
  const tail = last.slice(at + 1);
  return parts.map((p) => (HEAD.test(p) ? p : p + tail));
}
