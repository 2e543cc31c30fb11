import { t } from '../../i18n/zh-CN.ts';
import type { Plan } from '../../model/index.ts';
import { periodLabel } from '../plan-format.ts';

/**
 * A plan named briefly in cross-plan tables and chart legends: its place and year or period.
 * @example planShortLabel(huanren) // "桓仁满族自治县 2018—2020年"
 */
export function planShortLabel(plan: Plan): string {
  return t.insight.plans.short(plan.jurisdiction.placeHans, periodLabel(plan));
}
