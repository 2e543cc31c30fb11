/**
 * search/facets.js: the choices of the search form's filters, from the records. Plans in the
 * site's order labelled by title; places and lead units in pinyin order; years newest first. Pure.
 */
import { FACETS_FILE, REGISTRY, type Facets } from '../../src/lib/search/fallback-data.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { compareNames } from '../../src/lib/unit-index.ts';
import { registryScript, type OutputFile } from './generated.ts';

const pairs = (values: Iterable<string>): [string, string][] => [...values].map((value) => [value, value]);

/** The filter choices the records offer. */
export function buildFacets(records: readonly SearchRecord[]): Facets {
  const values = (key: 'place' | 'year' | 'lead') => new Set(records.flatMap((record) => record.filters[key]));
  return {
    // A plan's own record is the one without an anchor.
    plan: records.filter((record) => record.kind === 'plan' && !record.url.includes('#')).map((record) => [record.filters.plan[0]!, record.title]),
    place: pairs([...values('place')].sort(compareNames)),
    year: pairs([...values('year')].sort().reverse()),
    lead: pairs([...values('lead')].sort(compareNames)),
  };
}

/** The facets script. */
export function facetsFile(records: readonly SearchRecord[]): OutputFile {
  return { path: SEARCH_DIR + FACETS_FILE, contents: registryScript(REGISTRY, 'facets', [buildFacets(records)]) };
}
