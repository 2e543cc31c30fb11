/**
 * What a search engine answers with: verified results, taken a page at a time. Records arrive in
 * batches (the record groups Pagefind ranks best, or those with the most fallback candidates, a
 * few at a time); each batch is checked (`matchesAll`, `matchesFilters`) and ranked before it is
 * shown, so a page shows only results that hold every term, and the count is exact once every
 * batch is in.
 */
import { rankRecords } from './rank.ts';
import { matchesAll, matchesFilters, type FilterChoice, type SearchRecord } from './record.ts';

/** The results of one search. */
export interface ResultSource {
  /** The next `count` verified results (fewer at the end). */
  next(count: number): Promise<SearchRecord[]>;
  /** Verified results so far, shown or not. */
  readonly found: number;
  /** True once every candidate has been checked: `found` is then the exact count. */
  readonly complete: boolean;
  /** True while results remain to be shown or candidates to be checked. */
  readonly hasMore: boolean;
}

/** Loads one batch of candidate records. */
export type BatchLoader = () => Promise<readonly SearchRecord[]>;

/**
 * Batches one page may load. Pagefind matches words, so a query of common words (区卫生计生局
 * 家庭医生: 区, 卫生, 计生, 局…) names most plans while few hold the exact strings; without a
 * bound, filling one page of such a query read 2.6 MB at 1,000 notices. Past it, the page shows
 * what it found and the "more" button reads on.
 */
export const BATCHES_PER_PAGE = 4;

/** A source over batches of candidates, each loaded, checked and ranked when a page needs it. */
export function batchedSource(batches: readonly BatchLoader[], terms: readonly string[], filters: FilterChoice): ResultSource {
  const verified: SearchRecord[] = [];
  let loaded = 0;
  let shown = 0;
  return {
    async next(count) {
      for (let read = 0; verified.length < shown + count && loaded < batches.length && read < BATCHES_PER_PAGE; read++) {
        const records = await batches[loaded++]!();
        verified.push(...rankRecords(records.filter((r) => matchesAll(r, terms) && matchesFilters(r, filters)), terms));
      }
      const page = verified.slice(shown, shown + count);
      shown += page.length;
      return page;
    },
    get found() {
      return verified.length;
    },
    get complete() {
      return loaded >= batches.length;
    },
    get hasMore() {
      return shown < verified.length || loaded < batches.length;
    },
  };
}
