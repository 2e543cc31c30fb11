import type { FunctionGroup, Role } from '../../model/index.ts';
import type { ActionEntry, PlanEntry } from '../plan-entry.ts';
import { compareFunctions } from './function-order.ts';
import { planUnitLoads, type UnitLoad } from './unit-load.ts';

/** A unit's part in an action: its roles and the clause whose unit list names it. */
export interface MatrixCell {
  /** Lead first; both when two lists of the action give the unit different roles. */
  roles: Role[];
  clauseId: string;
}

/** The units of one function group, side by side in the matrix. */
export interface MatrixGroup {
  function: FunctionGroup | null;
  units: UnitLoad[];
}

/** A plan's responsibility matrix: actions (rows) × units (columns, grouped by function). */
export interface Matrix {
  groups: MatrixGroup[];
  /** The columns in order, the same units as `groups` flattened. */
  columns: UnitLoad[];
  rows: { action: ActionEntry; cells: (MatrixCell | null)[] }[];
}

/** The roles of a unit in an action, and the clause of the first unit list that names it. */
function cellOf(action: ActionEntry, unit: string): MatrixCell | null {
  const roles: Role[] = [];
  if (action.action.lead.includes(unit)) roles.push('lead');
  if (action.action.participating.includes(unit)) roles.push('participating');
  if (roles.length === 0) return null;
  const list = action.assignments.find((assignment) => assignment.units.some((ref) => ref.unit === unit));
  return { roles, clauseId: list?.clauseId ?? action.action.id };
}

/**
 * Build a plan's responsibility matrix. Columns are grouped by function in the taxonomy's order,
 * collectives last; within a group the busiest unit comes first. Units that lead or join nothing
 * are kept, so every unit of the plan has a column.
 */
export function buildMatrix(entry: PlanEntry): Matrix {
  const loads = planUnitLoads(entry);
  const functions = [...new Set(loads.map((load) => load.function))].sort(compareFunctions);
  const groups = functions.map((group) => ({ function: group, units: loads.filter((load) => load.function === group) }));
  const columns = groups.flatMap((group) => group.units);
  return {
    groups,
    columns,
    rows: entry.actions.map((action) => ({ action, cells: columns.map((column) => cellOf(action, column.unit.slug)) })),
  };
}
