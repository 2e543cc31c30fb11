import type { FunctionGroup, Unit } from '../../model/index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { compareNames } from '../unit-index.ts';

/** One unit of one plan: its function group and how many of the plan's actions it leads and joins. */
export interface UnitLoad {
  unit: Unit;
  /** From plan.insight.units; null for collectives such as 各乡镇人民政府. */
  function: FunctionGroup | null;
  lead: number;
  participating: number;
  /** Actions it leads or joins, each counted once. */
  total: number;
}

/** Every unit of a plan with its load, the busiest first (then by name). */
export function planUnitLoads(entry: PlanEntry): UnitLoad[] {
  const functions = new Map(entry.plan.insight.units.map((item) => [item.unit, item.function]));
  return entry.plan.units
    .map((unit): UnitLoad => {
      const lead = entry.plan.actions.filter((action) => action.lead.includes(unit.slug)).length;
      const participating = entry.plan.actions.filter((action) => action.participating.includes(unit.slug)).length;
      const total = entry.plan.actions.filter((action) => action.lead.includes(unit.slug) || action.participating.includes(unit.slug)).length;
      return { unit, function: functions.get(unit.slug) ?? null, lead, participating, total };
    })
    .sort((a, b) => b.total - a.total || b.lead - a.lead || compareNames(a.unit.name, b.unit.name));
}
