import { t } from '../i18n/zh-CN.ts';
import type { Plan } from '../model/index.ts';
import { citeText } from './cite.ts';
import type { ActionEntry } from './plan-entry.ts';
import { periodLabel } from './plan-format.ts';
import type { UnitEntry } from './unit-index.ts';

/**
 * The meta description of a plan page, from the model.
 * @example planDescription(yinzhou) // "鄞州区 · 2018年 · 工作要点：《2018年健康鄞州建设工作要点》全文，42 项任务 · 47 个责任单位，逐条可引用。"
 */
export function planDescription(plan: Plan): string {
  const facts = [plan.jurisdiction.placeHans, periodLabel(plan), plan.planType].join(' · ');
  return t.describe.plan(facts, plan.planTitle, t.plan.count(plan.actions.length, plan.units.length));
}

/** The meta description of an action page: its citation, title and unit counts. */
export function actionDescription(entry: ActionEntry): string {
  const { action, plan } = entry;
  return t.describe.action(citeText(plan.planTitle, action.number), action.title, action.lead.length, action.participating.length);
}

/** The meta description of a unit page: its place, name and task counts. */
export function unitDescription(entry: UnitEntry): string {
  const { unit } = entry;
  return t.describe.unit(unit.jurisdiction.placeHans, unit.name, entry.leadCount, entry.participatingCount);
}
