import type { ActionEntry, PlanEntry } from '../plan-entry.ts';

/** The action whose clause is `clauseId` or encloses it; undefined for text outside every action (goals, preamble). */
export function enclosingAction(entry: PlanEntry, clauseId: string): ActionEntry | undefined {
  const found = entry.clauses.get(clauseId);
  if (!found) throw new Error(`${entry.plan.slug}: no clause ${clauseId}`);
  const chain = [...found.ancestors, found.clause].reverse();
  for (const clause of chain) {
    const action = entry.actionById.get(clause.id);
    if (action) return action;
  }
  return undefined;
}
