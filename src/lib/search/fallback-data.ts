/**
 * The files of the pair index (search/fallback/, the search over http(s) and from disk alike) and
 * the shapes they carry. A browser opening the site from disk blocks fetch() and module imports,
 * but runs plain <script src> files: so the index is written as scripts that hand their data to a
 * global registry the search client installs.
 * Shared by the writer (scripts/search/fallback-files.ts) and the reader (fallback.ts).
 */
import type { PackedRecord } from './pack.ts';

/** The global the search client installs and every data script calls, e.g. `__hpSearch.tokens(3, {…})`. */
export const REGISTRY = '__hpSearch';

/** The fallback folder under the search folder. */
export const FALLBACK_DIR = 'fallback/';

/** File names inside the fallback folder (facets.js sits in the search folder itself). */
export const fallbackFiles = {
  manifest: 'manifest.js',
  tokens: (shard: number) => `t-${shard}.js`,
  records: (shard: number) => `r-${shard}.js`,
} as const;

/** The facets file, in the search folder: filter choices for the search form. */
export const FACETS_FILE = 'facets.js';

/** The places file, in the search folder: every place a search can be filtered by, with its province (place-list.ts). */
export const PLACES_FILE = 'places.js';

/** In the search folder: which record group each Pagefind result is (pagefind.ts). */
export const PAGEFIND_GROUPS_FILE = 'pagefind-groups.js';

/** In the search folder: the other shards of the collection this site's search combines (shards.ts). */
export const SHARDS_FILE = 'shards.js';

/** How the pair index is split. */
export interface FallbackManifest {
  /** Token shards t-0.js … t-(n-1).js; a token lives in shard `tokenShard(token, tokenShards)`. */
  tokenShards: number;
  /** Number of record groups: group g (a plan, or a place's units) is r-g.js. */
  groups: number;
}

/** Pagefind result id (its fragment, e.g. "zh-cn_2c87daf") → record group. */
export type PagefindGroups = Record<string, number>;

/** One token shard: token → its postings as stored (postings.ts). */
export type TokenShard = Record<string, number[]>;

/** One record shard as written: the records of one group, in index order, packed (pack.ts). */
export type PackedShard = PackedRecord[];

/** Filter choices: [value, label] pairs per filter, in the order the form lists them. */
export type Facets = Record<'plan' | 'place' | 'year' | 'lead', [string, string][]>;

/** The places as places.js ships them: province ("" when not known) → its place names, in pinyin order. */
export type PlaceList = Record<string, string[]>;

/** The roots of the other shards, relative to this site's root, each ending in "/": ["shards/east/"]. */
export type ShardPaths = string[];

/** The registry the data scripts call. */
export interface Registry {
  manifest(data: FallbackManifest): void;
  tokens(shard: number, data: TokenShard): void;
  records(shard: number, data: PackedShard): void;
  facets(data: Facets): void;
  places(data: PlaceList): void;
  pagefindGroups(data: PagefindGroups): void;
  shards(data: ShardPaths): void;
}
