import type { PlanEntry } from '../plan-entry.ts';
import type { TargetEntry } from './target-index.ts';

/** The targets due in one year (null: no year printed or implied), grouped by plan. */
export interface DeadlineYear {
  year: number | null;
  /** Plans in the order their targets come in the input (newest plan first for the site's list). */
  byPlan: { entry: PlanEntry; targets: TargetEntry[] }[];
  total: number;
}

/** Targets by the year they fall due, earliest first, targets without a year last. */
export function groupByDeadline(targets: readonly TargetEntry[]): DeadlineYear[] {
  const years = [...new Set(targets.map((entry) => entry.target.deadline.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years.map((year) => {
    const due = targets.filter((entry) => entry.target.deadline.year === year);
    const plans = [...new Map(due.map((target) => [target.entry.plan.slug, target.entry])).values()];
    return {
      year,
      byPlan: plans.map((entry) => ({ entry, targets: due.filter((target) => target.entry.plan.slug === entry.plan.slug) })),
      total: due.length,
    };
  });
}
