/**
 * One search result as both engines store it (Pagefind's record meta and the file:// fallback's
 * record shards): what a result shows, what it is searched by, and what it can be filtered by.
 */
import { foldWidth } from './fold.ts';

/** What a result is: a plan (its particulars or a clause outside any action), an action (a task's clause), a unit, or a cited document. */
export const SEARCH_KINDS = ['plan', 'action', 'unit', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The filters of the search page, in the order the form shows them; each is a URL parameter. */
export const FILTER_KEYS = ['plan', 'place', 'year', 'lead', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filters chosen: at most one value per key. */
export type SearchFilters = Partial<Record<FilterKey, string>>;

/** The filter values a search accepts, any of them per key: a typed place can mean several places (鼓楼区, 朝阳 → 朝阳区、朝阳市). */
export type FilterChoice = Partial<Record<FilterKey, readonly string[]>>;

/**
 * The chosen filters as values a search accepts, one per key.
 * @example choiceOf({ kind: 'action' }) // { kind: ['action'] }
 */
export function choiceOf(filters: SearchFilters): FilterChoice {
  return Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, [value]]));
}

/** One searchable record. */
export interface SearchRecord {
  /** Site-relative URL, no leading slash, with the clause anchor: "plans/yinzhou-2018/index.html#c3-1-3". */
  url: string;
  kind: SearchKind;
  /** The clause heading as printed (may be ""), the plan title, or the unit name. */
  title: string;
  /** Citation path of the clause, e.g. "三、(一)3."; "" for plans and units. */
  number: string;
  /** For a clause without a heading of its own, the nearest heading above it (shown, not searched); else "". */
  section: string;
  /**
   * The line under the title, saying where the result is from: province · place · plan title for a
   * clause, province · place · period · type for a plan, province · place for a unit, level · 文号 for a cited document.
   */
  plan: string;
  /** The text an excerpt is cut from: the clause text and its printed unit lists, a plan's particulars, a unit's other names. */
  text: string;
  /** The units responsible, as shown: "牵头：区卫生计生局；参与：区教育局…", or "". */
  units: string;
  /** "zh-Hant" when the printed fields are in Traditional script, else "". */
  lang: string;
  /** The searched fields folded to Simplified ([title, text, units, plan]), only when that differs from width folding. */
  hans?: string[];
  /** Filter values: plan slugs, places, years, lead unit names, and the kind. */
  filters: Record<FilterKey, string[]>;
}

/** The printed fields a query is matched against, in the order of `hans`. */
export function printedFields(record: SearchRecord): string[] {
  return [record.title, record.text, record.units, record.plan];
}

/** The searched fields in their folded form, aligned character by character with `printedFields`. */
export function foldedFields(record: SearchRecord): string[] {
  return record.hans ?? printedFields(record).map(foldWidth);
}

/**
 * Whether a record holds every term. Both engines answer with candidates (Pagefind ignores a term
 * that matches nothing, and matches words, not strings; the fallback's pairs over-match), so only
 * records that pass this are shown: a result never claims a term it does not contain.
 */
export function matchesAll(record: SearchRecord, terms: readonly string[]): boolean {
  const text = foldedFields(record).join('\n');
  return terms.every((term) => text.includes(term));
}

/** Whether a record carries, for every filter chosen, one of the values it accepts. */
export function matchesFilters(record: SearchRecord, filters: FilterChoice): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = filters[key];
    return wanted === undefined || wanted.some((value) => record.filters[key].includes(value));
  });
}
