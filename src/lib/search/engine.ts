/** What the search page asks of an engine (the plain-script pair index; Pagefind where a search merges shards). */
import type { FilterChoice } from './record.ts';
import type { ResultSource } from './source.ts';

/** A search engine, ready to answer. */
export interface SearchEngine {
  /** "pagefind" or "fallback": shown on the results list as data-search-engine, for tests and bug reports. */
  name: string;
  /** Records holding every folded term and carrying, for each filter, one of the values it accepts, best first. */
  search(terms: readonly string[], filters: FilterChoice): Promise<ResultSource>;
}
