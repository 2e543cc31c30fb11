import type { CitedDocument } from './cited-documents.ts';
import { groupByLetter } from './letter-groups.ts';
import { titleInitial } from './place-slug.ts';

/**
 * The default of LEVEL_SPLIT_AT. A row of a level's document table is 254 bytes for the longest
 * title of the seeds (37 characters, 〔〕文号, relative link); a 100-character title with a long
 * 文号 and slug stays under 500. 300 rows × 500 B = 150 KB, plus about 5 KB of page chrome, keeps
 * a level page well under the 250 KB page limit (issue 13) even with the longest titles.
 */
const DEFAULT_LEVEL_SPLIT_AT = 300;

/** HEALTHY_LEVEL_SPLIT_AT read as a positive whole number; unset or empty gives the default. */
function readSplitAt(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_LEVEL_SPLIT_AT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`HEALTHY_LEVEL_SPLIT_AT must be a positive whole number, not "${value}"`);
  return n;
}

/**
 * A level with more documents than this lists them on letter pages (documents/levels/<level>/<letter>/),
 * by the first letter of each title's pinyin: at national scale the city or county level holds
 * thousands. The environment variable HEALTHY_LEVEL_SPLIT_AT lowers it for the lineage gate
 * (tests/gates/lineage-pages.test.ts), whose build cannot cite 300 documents of one level.
 */
export const LEVEL_SPLIT_AT = readSplitAt(process.env['HEALTHY_LEVEL_SPLIT_AT']);

/** The documents of one page of a split level: a letter, or a further page of a long letter. */
export interface LevelPart {
  /** a–z, or "0" for a title whose pinyin starts otherwise; "<letter>-<n>" for the letter's n-th page (n ≥ 2). */
  key: string;
  /** In the level's order: most cited first. */
  documents: CitedDocument[];
}

/** Whether a level's documents are listed on letter pages rather than on the level's own page. */
export const isLevelSplit = (documents: readonly CitedDocument[], splitAt: number = LEVEL_SPLIT_AT): boolean => documents.length > splitAt;

/**
 * A level's letter pages, in letter order; a document's letter comes from its own title, so it
 * never moves to another letter when others arrive. A letter is no bound on a page's size (at
 * 5,000 notices the county level's "0", titles opening with a year, held 451 KB of rows), so a
 * letter of more than `pageRows` documents goes on over further pages, `<letter>-2`, `<letter>-3`…:
 * the letter's own page keeps its URL and its most cited documents.
 */
export function levelParts(documents: readonly CitedDocument[], pageRows: number = LEVEL_SPLIT_AT): LevelPart[] {
  return groupByLetter(documents, (doc) => titleInitial(doc.title)).flatMap(({ key, items }) =>
    Array.from({ length: Math.ceil(items.length / pageRows) }, (_, page) => ({
      key: page === 0 ? key : `${key}-${page + 1}`,
      documents: items.slice(page * pageRows, (page + 1) * pageRows),
    })),
  );
}
