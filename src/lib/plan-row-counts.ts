import { DATASET_NAMES, datasetRowCount } from './open-data/datasets.ts';
import type { PlanEntry } from './plan-entry.ts';
import type { SiteContent } from './site-content.ts';

/**
 * Each plan's row counts, counted once per build: three routes show them (the plan's data page, its
 * place and year's, and data/ sums them all), and counting builds every row (at 5,000 notices
 * data/ alone took 4.4 s doing it again). Keyed by the entry, which loadSite() makes once.
 */
const counted = new WeakMap<PlanEntry, number[]>();

/**
 * How many rows each dataset holds for one plan, in DATASET_NAMES order.
 * @example planRowCounts(site, entry).length === DATASET_NAMES.length // true
 */
export function planRowCounts(site: SiteContent, entry: PlanEntry): number[] {
  let counts = counted.get(entry);
  if (!counts) {
    counts = DATASET_NAMES.map((dataset) => datasetRowCount(site, [entry], dataset));
    counted.set(entry, counts);
  }
  return counts;
}

/**
 * How many rows each dataset holds for some plans (the collection's files hold exactly every plan's rows), in DATASET_NAMES order.
 * @example rowCountsOf(site, []) // [0, 0, 0, 0, 0, 0, 0]
 */
export function rowCountsOf(site: SiteContent, plans: readonly PlanEntry[]): number[] {
  return DATASET_NAMES.map((_dataset, i) => plans.reduce((sum, entry) => sum + planRowCounts(site, entry)[i]!, 0));
}
