import { chronological } from './chronology.ts';
import type { ComparePlan } from './compare-data.ts';
import { matchActions, type ChangeRow } from './match-actions.ts';

/** Two plans compared, the older one first, with their rows. */
export interface ComparedPair {
  older: ComparePlan;
  newer: ComparePlan;
  rows: ChangeRow[];
}

/**
 * Compare any two plans as the same-place pages do (compare-plans.ts comparePlans): the older is
 * the one a place's list puts first (chronology.ts), whichever order the URL names them in, so
 * "new" and "dropped" always read forward in time.
 */
export function comparePair(a: ComparePlan, b: ComparePlan): ComparedPair {
  const [older, newer] = chronological(a, b) <= 0 ? [a, b] : [b, a];
  return { older, newer, rows: matchActions(older.actions, newer.actions) };
}
