import type { Target } from '../../src/model/insight.ts';

/**
 * One target as a line of text for reviews and reports.
 * @example describeTarget(t) // 'c1-p3 | 孕产妇死亡率 ≤ 9.5 /10万 | 2022 (到2022 年; paragraph) | 孕产妇死亡率、…8‰以下'
 */
export function describeTarget(t: Target): string {
  const due = t.deadline.printed ? `${t.deadline.year} (${t.deadline.printed}; ${t.deadline.source})` : `${t.deadline.year ?? '?'} (plan)`;
  const where = t.field === 'heading' ? `${t.clauseId} heading` : t.clauseId;
  return `${where} | ${t.metric} ${t.comparator} ${t.value} ${t.unit} | ${due} | ${t.snippet}`;
}
