/**
 * Reading the search's place filter as people type it: the typed place is folded like a query
 * (Traditional script, full width) and matched against search/places.js (place-match.ts), loaded
 * only when a search names a place. A search that combines the shards of a collection reads every
 * shard's places. Browser only.
 */
import { foldQuery } from './convert.ts';
import { PLACES_FILE, type PlaceList } from './fallback-data.ts';
import { loadData } from './loader.ts';
import { unpackPlaces } from './place-list.ts';
import { matchPlace, type PlaceMatch } from './place-match.ts';
import { SEARCH_DIR } from './paths.ts';
import { loadShards } from './shard-list.ts';

let loaded: Promise<PlaceList[]> | undefined;

const placesOf = (root: URL) => loadData<PlaceList>(new URL(SEARCH_DIR + PLACES_FILE, root).href, 'places');

function loadPlaceLists(root: URL, combined: boolean): Promise<PlaceList[]> {
  loaded ??= (async () => {
    const shards = combined ? await loadShards(root) : [];
    // A shard missing from the deployment names no places; the search leaves it out too (pagefind.ts).
    const lists = await Promise.all([placesOf(root), ...shards.map((shard) => placesOf(shard.root).catch(() => null))]);
    return lists.filter((list): list is PlaceList => list !== null);
  })();
  return loaded;
}

/** The places a typed place means in this collection, or the closest names when it means none. */
export async function resolvePlace(typed: string, root: URL, traditional: ReadonlySet<string>, combined: boolean): Promise<PlaceMatch> {
  const [folded, lists] = await Promise.all([foldQuery(typed, root, traditional), loadPlaceLists(root, combined)]);
  return matchPlace(folded, unpackPlaces(lists));
}
