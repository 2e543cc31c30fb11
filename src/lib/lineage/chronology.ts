import type { Plan } from '../../model/index.ts';
import { sortDate } from '../plan-format.ts';

/** What places a plan in time: the first year it covers and the date it is sorted by, and its slug for ties. */
export interface PlanTime {
  slug: string;
  /** The first year of its period, else of its date; 0 when it prints neither. */
  year: number;
  /** ISO date (plan-format.ts sortDate), "" when none is printed. */
  date: string;
}

/** A plan's place in time, as the comparisons order plans. */
export function planTime(plan: Plan): PlanTime {
  const date = sortDate(plan);
  return { slug: plan.slug, year: plan.period?.start ?? Number(date.slice(0, 4) || 0), date };
}

/**
 * The order of plans in a comparison, older first: by the first year they cover, then by date,
 * then by slug. Shared by a place's list of plans and the browser's any-two comparison, so both
 * put the same plan on the older side.
 */
export function chronological(a: PlanTime, b: PlanTime): number {
  return a.year - b.year || a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
}
