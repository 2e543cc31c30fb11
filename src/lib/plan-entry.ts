import type { Action, Assignment, Citation, Clause, LineRecord, Plan, Unit } from '../model/index.ts';
import { indexClauses, type ClauseEntry } from './clause-tree.ts';
import { fieldKey } from './lineage/cited-segments.ts';
import { placeDiagnostics, type PlacedDiagnostics } from './place-diagnostics.ts';

/** An action with its plan, its clause, the clauses above it and its unit lists. */
export interface ActionEntry {
  plan: Plan;
  action: Action;
  clause: Clause;
  ancestors: Clause[];
  assignments: Assignment[];
  /** Position among the plan's actions, for previous/next. */
  position: number;
}

/** One plan with every lookup its pages need, derived once from the model. */
export interface PlanEntry {
  plan: Plan;
  clauses: Map<string, ClauseEntry>;
  actions: ActionEntry[];
  actionById: Map<string, ActionEntry>;
  assignmentsByClause: Map<string, Assignment[]>;
  diagnostics: PlacedDiagnostics;
  units: Map<string, Unit>;
  lines: Map<number, LineRecord>;
  /** The citations printed in each field, by fieldKey (lineage/cited-segments.ts). */
  citationsByField: Map<string, Citation[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Derive a plan's lookups: clauses by id, actions with their clauses, unit lists by clause, placed diagnostics. */
export function buildPlanEntry(plan: Plan): PlanEntry {
  const clauses = indexClauses(plan.clauses);
  const actions = plan.actions.map((action, position): ActionEntry => {
    const found = clauses.get(action.id);
    if (!found) throw new Error(`${plan.slug}: action ${action.id} names no clause`);
    const assignments = action.assignments.map((index) => {
      const assignment = plan.assignments[index];
      if (!assignment) throw new Error(`${plan.slug}: action ${action.id} names a missing assignment ${index}`);
      return assignment;
    });
    return { plan, action, clause: found.clause, ancestors: found.ancestors, assignments, position };
  });
  return {
    plan,
    clauses,
    actions,
    actionById: new Map(actions.map((entry) => [entry.action.id, entry])),
    assignmentsByClause: groupBy(plan.assignments, (assignment) => assignment.clauseId),
    diagnostics: placeDiagnostics(plan.clauses, plan.diagnostics),
    units: new Map(plan.units.map((unit) => [unit.slug, unit])),
    lines: new Map(plan.lines.map((record) => [record.line, record])),
    citationsByField: groupBy(plan.citations, (citation) => fieldKey(citation.span)),
  };
}

/** The actions before and after one action in its plan's order. */
export function neighbours(entry: PlanEntry, action: ActionEntry): { prev?: ActionEntry; next?: ActionEntry } {
  return { prev: entry.actions[action.position - 1], next: entry.actions[action.position + 1] };
}

/** How many actions the given plans have in all: the count the split lists of actions show. */
export function actionCount(entries: readonly PlanEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.actions.length, 0);
}

/** How many targets the given plans hold in all: the count the split lists of targets show. */
export function targetCount(entries: readonly PlanEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.plan.insight.targets.length, 0);
}
