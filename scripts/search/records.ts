/**
 * Every search record of the site, in groups: one group per plan (the plan, then its clauses in
 * document order), then one per place for its units. A group is one Pagefind page and one record
 * shard of the fallback, so either engine loads a plan's records together. Traditional text also
 * gets its Simplified copy (`hans`), which both engines search, so 卫生 finds 衛生 and the reverse.
 * Pure, given the converter.
 */
import { sortDate } from '../../src/lib/plan-format.ts';
import { foldText, foldWidth, type ToHans } from '../../src/lib/search/fold.ts';
import { printedFields, type SearchRecord } from '../../src/lib/search/record.ts';
import { compareNames } from '../../src/lib/unit-index.ts';
import type { Plan } from '../../src/model/index.ts';
import { planRecords, type DraftRecord } from './plan-records.ts';
import { unitRecords } from './unit-records.ts';

/** Records searched and loaded together: a plan's, or a place's units. */
export interface RecordGroup {
  /** A name for the group, unique in the site: the plan page, or the units of a place. */
  key: string;
  records: SearchRecord[];
}

/** A draft with its Simplified copy when folding to Simplified changes any searched field. */
export function withHans(draft: DraftRecord, toHans: ToHans): SearchRecord {
  const printed = printedFields(draft);
  const hans = printed.map((field) => foldText(field, toHans));
  return hans.some((field, i) => field !== foldWidth(printed[i]!)) ? { ...draft, hans } : { ...draft };
}

/** Plans in the site's order: newest first, then by slug. */
export function sortPlans(plans: readonly Plan[]): Plan[] {
  return [...plans].sort((a, b) => sortDate(b).localeCompare(sortDate(a)) || a.slug.localeCompare(b.slug));
}

/** The site's record groups, in index order. */
export function buildSearchGroups(plans: readonly Plan[], toHans: ToHans): RecordGroup[] {
  const sorted = sortPlans(plans);
  const groups: RecordGroup[] = sorted.map((plan) => {
    const records = planRecords(plan).map((draft) => withHans(draft, toHans));
    return { key: records[0]!.url, records };
  });
  const places = new Map<string, SearchRecord[]>();
  for (const unit of unitRecords(sorted)) {
    const place = unit.filters.place[0]!;
    if (places.has(place)) places.get(place)!.push(withHans(unit, toHans));
    else places.set(place, [withHans(unit, toHans)]);
  }
  for (const place of [...places.keys()].sort(compareNames)) groups.push({ key: `units/index.html#${place}`, records: places.get(place)! });
  return groups;
}

/** Every record in index order: record n of the site is `flattenGroups(groups)[n]`. */
export function flattenGroups(groups: readonly RecordGroup[]): SearchRecord[] {
  return groups.flatMap((group) => group.records);
}
