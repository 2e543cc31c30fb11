import type { FunctionGroup } from '../../model/index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { compareFunctions } from './function-order.ts';
import { planUnitLoads, type UnitLoad } from './unit-load.ts';

/** One function group in one plan: its units and the actions any of them leads or joins. */
export interface PlanFunctionLoad {
  entry: PlanEntry;
  units: UnitLoad[];
  /** Actions led by at least one unit of the group. */
  lead: number;
  /** Actions at least one unit of the group joins. */
  participating: number;
  /** Actions the group leads or joins, each counted once. */
  total: number;
}

/** One function group across plans: each plan (in the given order) that has units of it. */
export interface FunctionLoad {
  function: FunctionGroup | null;
  byPlan: PlanFunctionLoad[];
  lead: number;
  participating: number;
}

function planLoad(entry: PlanEntry, units: UnitLoad[]): PlanFunctionLoad {
  const slugs = new Set(units.map((load) => load.unit.slug));
  const count = (pick: (action: PlanEntry['plan']['actions'][number]) => string[]) =>
    entry.plan.actions.filter((action) => pick(action).some((unit) => slugs.has(unit))).length;
  return {
    entry,
    units,
    lead: count((action) => action.lead),
    participating: count((action) => action.participating),
    total: count((action) => [...action.lead, ...action.participating]),
  };
}

/**
 * The load of each function group across plans (plan.insight.units gives each unit's group):
 * what the health bureaus, the education bureaus… of every place lead and join. Counting actions,
 * not units, keeps two offices of one group on one action (区国土分局, 区规划分局) from counting twice.
 * Groups come in the taxonomy's order; collectives (null) last.
 */
export function buildFunctionLoads(plans: readonly PlanEntry[]): FunctionLoad[] {
  const perPlan = plans.map((entry) => ({ entry, loads: planUnitLoads(entry) }));
  const functions = [...new Set(perPlan.flatMap(({ loads }) => loads.map((load) => load.function)))].sort(compareFunctions);
  return functions.map((group) => {
    const byPlan = perPlan.flatMap(({ entry, loads }) => {
      const units = loads.filter((load) => load.function === group);
      return units.length > 0 ? [planLoad(entry, units)] : [];
    });
    return {
      function: group,
      byPlan,
      lead: byPlan.reduce((sum, load) => sum + load.lead, 0),
      participating: byPlan.reduce((sum, load) => sum + load.participating, 0),
    };
  });
}
