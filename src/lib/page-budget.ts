/**
 * How much of a slice a page shows in full. A slice of one place and year holds a few plans in a
 * real collection, but nothing bounds it (a synthetic 5,000-notice collection puts 150 plans of one
 * place in one year), so a slice page shows its plans in full, in their stable order (newest first),
 * until the next would pass the budget, and lists the rest with their counts and a link to each
 * plan's own page of them, whose URL never moves.
 */

/** Action rows an actions slice page shows in full (about 400 bytes each). */
export const ACTION_ROWS_PER_PAGE = 250;

/** Tasks a unit's page lists in full (about 400 bytes each). */
export const UNIT_TASKS_PER_PAGE = 150;

/** Actions on a theme shown in full on a theme's slice page (about 900 bytes each, with excerpt and rule). */
export const THEME_ACTIONS_PER_PAGE = 120;

/** Plans whose open data files a place's data page of a year shows in full (about 1.7 KB each). */
export const DATA_PLANS_PER_PAGE = 60;

/** The groups shown in full and the rest, listed. */
export interface Budgeted<T> {
  shown: T[];
  listed: T[];
}

/**
 * Take groups in order while their sizes stay within the budget; the first is always shown (one
 * plan's items are bounded by the plan), and once one is listed, so are all after it.
 * @example splitByBudget([100, 100, 100, 10], (n) => n, 250) // { shown: [100, 100], listed: [100, 10] }
 */
export function splitByBudget<T>(groups: readonly T[], sizeOf: (group: T) => number, budget: number): Budgeted<T> {
  let used = 0;
  let index = 0;
  for (; index < groups.length; index++) {
    used += sizeOf(groups[index]!);
    if (used > budget && index > 0) break;
  }
  return { shown: groups.slice(0, index), listed: groups.slice(index) };
}
