/**
 * search/facets.js: the choices of the search form's filters, from the records. Plans in the
 * site's order labelled by title (and where they are from, when titles repeat); places and lead
 * units in pinyin order; years newest first. Pure.
 */
import { FACETS_FILE, REGISTRY, type Facets } from '../../src/lib/search/fallback-data.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { compareNames } from '../../src/lib/unit-index.ts';
import { registryScript, type OutputFile } from './generated.ts';

const pairs = (values: Iterable<string>): [string, string][] => [...values].map((value) => [value, value]);

/**
 * The plan choices, labelled by title; a title two plans share (健康朝阳 of 北京市朝阳区 and of
 * 辽宁省朝阳市) with the plan's line, which says where each is from.
 */
function planChoices(records: readonly SearchRecord[]): [string, string][] {
  // A plan's own record is the one without an anchor.
  const plans = records.filter((record) => record.kind === 'plan' && !record.url.includes('#'));
  const titles = new Map<string, number>();
  for (const { title } of plans) titles.set(title, (titles.get(title) ?? 0) + 1);
  return plans.map((record) => [record.filters.plan[0]!, titles.get(record.title)! > 1 ? `${record.title}（${record.plan}）` : record.title]);
}

/** The filter choices the records offer. */
export function buildFacets(records: readonly SearchRecord[]): Facets {
  const values = (key: 'place' | 'year' | 'lead') => new Set(records.flatMap((record) => record.filters[key]));
  return {
    plan: planChoices(records),
    place: pairs([...values('place')].sort(compareNames)),
    year: pairs([...values('year')].sort().reverse()),
    lead: pairs([...values('lead')].sort(compareNames)),
  };
}

/** The facets script. */
export function facetsFile(records: readonly SearchRecord[]): OutputFile {
  return { path: SEARCH_DIR + FACETS_FILE, contents: registryScript(REGISTRY, 'facets', [buildFacets(records)]) };
}
