/**
 * A collection built in shards: each shard is a whole site of some of the notices (a province,
 * built on its own machine), deployed in a folder of its own beside the others. A site's search
 * combines its own Pagefind index with the other shards' (Pagefind's mergeIndex), loads their
 * record groups from their folders and links into their pages. The pure part: the shard paths a
 * build accepts, which shard's group each Pagefind result is, where a shard's record leads, and
 * the filter choices of every shard together.
 */
import type { Facets, PagefindGroups } from './fallback-data.ts';
import type { SearchRecord } from './record.ts';
import { compareNames } from '../unit-index.ts';

/** A record group of one site of the collection: site 0 is the site searched from, site i the shard at paths[i - 1]. */
export interface ShardGroup {
  site: number;
  group: number;
}

/**
 * A shard's root as the search page resolves it against its own root: relative, ending in "/".
 * Throws on a URL that is absolute, root-relative, names a query or fragment, or is the site itself:
 * the combined deployment must work at any sub-path and under the site's Content-Security-Policy,
 * which lets the page load only from its own origin.
 * @example shardPath('shards/east') // 'shards/east/'
 * @example shardPath('../jiangsu/') // '../jiangsu/'
 */
export function shardPath(path: string): string {
  const trimmed = path.trim();
  const base = 'http://host/a/b/c/';
  if (!trimmed || /^[a-z][a-z\d+.-]*:|^[/\\]|[?#\\]/i.test(trimmed)) throw new Error(`shard "${path}" is not a relative folder URL such as shards/east/`);
  const slashed = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  if (new URL(slashed, base).href === base) throw new Error(`shard "${path}" is the site itself`);
  return slashed;
}

/**
 * The shard paths of a list as an environment variable or a command line gives them, separated by
 * spaces or commas; each checked by `shardPath`, duplicates dropped.
 * @example shardPaths('shards/east, shards/west/') // ['shards/east/', 'shards/west/']
 */
export function shardPaths(list: readonly string[]): string[] {
  const paths = list.flatMap((item) => item.split(/[\s,]+/)).filter(Boolean).map(shardPath);
  return [...new Set(paths)];
}

/**
 * The record groups of Pagefind's merged results, best first. Each shard numbers its results on its
 * own (a result id is a 7-hex-digit hash, unique only within its index), so an id is looked up in
 * every site's map; an id two shards share names a group in each, and the records of both are
 * loaded and checked, never a wrong one shown.
 * @example shardGroups(['a', 'b'], [{ a: 0 }, { a: 4, b: 2 }]) // [{site: 0, group: 0}, {site: 1, group: 4}, {site: 1, group: 2}]
 */
export function shardGroups(ids: readonly string[], maps: readonly PagefindGroups[]): ShardGroup[] {
  const seen = new Set<string>();
  const groups: ShardGroup[] = [];
  for (const id of ids) {
    maps.forEach((map, site) => {
      if (!Object.hasOwn(map, id)) return;
      const group = map[id]!;
      const key = `${site} ${group}`;
      if (seen.has(key)) return;
      seen.add(key);
      groups.push({ site, group });
    });
  }
  return groups;
}

/**
 * A shard's record as the searching site links to it: its URL, relative to the shard's root, put
 * under the shard's path (relative to the searching site's root).
 * @example shardRecord(record, 'shards/east/').url // 'shards/east/plans/huanren-2018-2020/index.html#c2-1'
 */
export function shardRecord(record: SearchRecord, path: string): SearchRecord {
  return path ? { ...record, url: path + record.url } : record;
}

const merged = (lists: readonly [string, string][][]): [string, string][] => {
  const choices = new Map<string, string>();
  for (const list of lists) for (const [value, label] of list) if (!choices.has(value)) choices.set(value, label);
  return [...choices];
};

/**
 * The filter choices of several shards as one: each value once; plans by shard, each in its own
 * order (newest first); places and lead units in pinyin order; years newest first, as facets-file.ts
 * orders one site's.
 */
export function mergeFacets(list: readonly Facets[]): Facets {
  const byName = (a: [string, string], b: [string, string]) => compareNames(a[0], b[0]);
  return {
    plan: merged(list.map((facets) => facets.plan)),
    place: merged(list.map((facets) => facets.place)).sort(byName),
    year: merged(list.map((facets) => facets.year)).sort((a, b) => b[0].localeCompare(a[0])),
    lead: merged(list.map((facets) => facets.lead)).sort(byName),
  };
}
