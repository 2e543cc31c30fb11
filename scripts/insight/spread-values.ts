import type { DeadlineMark } from './deadlines.ts';
import { completeList, leadingVerb, splitList } from './metric-phrase.ts';
import type { Spread } from './value-lead.ts';

/**
 * The metric of each value of a list: 孕产妇死亡率、婴儿死亡率和…分别控制在… gives one item to
 * each value; 公园和一条街各1个 gives the value to each item; otherwise all share the metric.
 * @example spreadMetrics('…', '食品、药品安全公众满意度', '分别', 2) // ['食品安全公众满意度', '药品安全公众满意度']
 */
export function spreadMetrics(metric: string, pre: string, spread: Spread, count: number): string[] {
  if (spread === '各') {
    const items = splitList(metric);
    const verb = leadingVerb(items[0] ?? '');
    return items.map((item, k) => (k > 0 && verb && !leadingVerb(item) ? verb + item : item));
  }
  if (count < 2) return [metric];
  const items = splitList(pre);
  return items.length === count ? completeList(items) : Array.from({ length: count }, () => metric);
}

/**
 * One year to each value of a list spread over a span of years.
 * @example spreadYears({ start: 0, end: 10, from: 2017, year: 2019 }, '分别', 3) // [2017, 2018, 2019]   (2017年至2019年…分别计划招聘190名、200名和210名)
 */
export function spreadYears(deadline: DeadlineMark | null, spread: Spread, count: number): number[] | null {
  if (!deadline || spread !== '分别' || deadline.year - deadline.from + 1 !== count) return null;
  return Array.from({ length: count }, (_, k) => deadline.from + k);
}
