import type { ActionEntry, PlanEntry } from './plan-entry.ts';

/** For each lead unit of an action, the other actions of the same plan that unit also leads. */
export function relatedByLead(entry: PlanEntry, action: ActionEntry): { unit: string; actions: ActionEntry[] }[] {
  return action.action.lead
    .map((unit) => ({
      unit,
      actions: entry.actions.filter((other) => other !== action && other.action.lead.includes(unit)),
    }))
    .filter((group) => group.actions.length > 0);
}
