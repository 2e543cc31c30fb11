import { t } from '../../i18n/zh-CN.ts';
import type { Target } from '../../model/index.ts';

/**
 * A target's value with its comparator and unit, as a reader writes it.
 * @example targetValue({ comparator: '≤', value: 9.5, unit: '/10万' }) // "≤9.5/10万"
 * @example targetValue({ comparator: '=', value: 1, unit: '件/千人' }) // "1件/千人"
 */
export function targetValue(target: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  return `${t.insight.targets.comparator[target.comparator]}${target.value}${target.unit}`;
}

/**
 * When a target is due: the year, and how the notice says so.
 * @example deadlineLabel({ year: 2022, printed: '到2022 年', source: 'paragraph' }) // { year: "2022年", note: "到2022 年" }
 * @example deadlineLabel({ year: 2020, printed: null, source: 'plan' }) // { year: "2020年", note: "按规划期" }
 */
export function deadlineLabel(deadline: Target['deadline']): { year: string; note: string | null } {
  const year = deadline.year === null ? t.insight.targets.noYear : t.insight.targets.yearOf(deadline.year);
  return { year, note: deadline.source === 'plan' ? t.insight.targets.fromPlan : deadline.printed };
}
