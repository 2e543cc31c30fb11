import { trailingComparator, type Leaning } from './comparators.ts';

/** 分别 (respectively) or 各 (each), printed before a comparator. */
export type Spread = '分别' | '各' | null;

/** What is printed between a metric and its value, peeled off from the end of the metric. */
export interface Lead {
  metric: string;
  leaning: Leaning | null;
  /** 分别 (respectively) or 各 (each), printed before the comparator. */
  spread: Spread;
  /** 人均 or 户籍人口 printed between the comparator and the value. */
  prefix: string | null;
}

const VALUE_PREFIX = /(年人均|人均|户籍人口|常住人口)$/;

/**
 * The words between a metric and its value, peeled off the end of the phrase before the value.
 * @example peelLead('孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在') // { metric: '孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率', leaning: { kind: 'cap' }, spread: '分别', prefix: null }
 */
export function peelLead(pre: string): Lead {
  let metric = pre;
  let prefix: string | null = null;
  const p = VALUE_PREFIX.exec(metric);
  if (p) {
    prefix = p[1]!;
    metric = metric.slice(0, p.index);
  }
  let leaning: Leaning | null = null;
  const c = trailingComparator(metric);
  if (c) {
    leaning = c.leaning;
    metric = metric.slice(0, -c.word.length);
  }
  let spread: Lead['spread'] = null;
  const respectively = metric.lastIndexOf('分别');
  if (respectively >= 0) {
    // …死亡率分别控制在…: the items are before 分别; …等方式分别计划招聘…: the measure is after it.
    spread = '分别';
    const after = metric.slice(respectively + 2);
    metric = after || metric.slice(0, respectively);
  } else if (metric.endsWith('各')) {
    spread = '各';
    metric = metric.slice(0, -1);
  }
  // 至少 may stand away from the value: 至少对20家食品生产企业…, 至少有1家….
  if (metric.includes('至少')) {
    metric = metric.replaceAll('至少', '');
    leaning = { kind: 'strict', comparator: '≥' };
  }
  return { metric, leaning, spread, prefix };
}
