/**
 * Every search record of the site, in groups: one group per plan (the plan, then its clauses in
 * document order), then one per place for its units, then one per level for the cited documents. A group is one Pagefind page and one record
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
import { documentRecords } from './document-records.ts';
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

/** One plan's group: the plan, then its clauses in document order. */
export function planGroup(plan: Plan, toHans: ToHans): RecordGroup {
  const records = planRecords(plan).map((draft) => withHans(draft, toHans));
  return { key: records[0]!.url, records };
}

/**
 * The groups that span plans, after the plans' own: a place's units, then each level's cited
 * documents. They read only a plan's outline (`planOutline`), never its text.
 */
export function collectionGroups(sorted: readonly Plan[], toHans: ToHans): RecordGroup[] {
  const groups: RecordGroup[] = [];
  const places = new Map<string, SearchRecord[]>();
  for (const unit of unitRecords(sorted)) {
    const place = unit.filters.place[0]!;
    if (places.has(place)) places.get(place)!.push(withHans(unit, toHans));
    else places.set(place, [withHans(unit, toHans)]);
  }
  for (const place of [...places.keys()].sort(compareNames)) groups.push({ key: `units/index.html#${place}`, records: places.get(place)! });
  // Cited documents, one group per level (each level's page is their index).
  const levels = new Map<string, SearchRecord[]>();
  for (const draft of documentRecords(sorted)) {
    const level = draft.plan.split(' · ')[0]!;
    levels.set(level, [...(levels.get(level) ?? []), withHans(draft, toHans)]);
  }
  for (const [level, records] of levels) groups.push({ key: `documents/index.html#${level}`, records });
  return groups;
}

/**
 * A plan without its text (outline, clauses, lines, actions, assignments, cover, insight):
 * what `collectionGroups`, the site's plan order and the places list read. The build keeps
 * these, not whole plans, so the collection's text is never in memory at once.
 */
export function planOutline(plan: Plan): Plan {
  return { ...plan, metadata: [], cover: null, closing: [], clauses: [], assignments: [], actions: [], diagnostics: [], lines: [], insight: { themes: [], targets: [], units: [] } };
}

/** The site's record groups, in index order. */
export function buildSearchGroups(plans: readonly Plan[], toHans: ToHans): RecordGroup[] {
  const sorted = sortPlans(plans);
  return [...sorted.map((plan) => planGroup(plan, toHans)), ...collectionGroups(sorted.map(planOutline), toHans)];
}

/** Every record in index order: record n of the site is `flattenGroups(groups)[n]`. */
export function flattenGroups(groups: readonly RecordGroup[]): SearchRecord[] {
  return groups.flatMap((group) => group.records);
}
