/**
 * Loading plain scripts on demand and reading what they register: the only way to load data that
 * also works from file://, where fetch() and import() are blocked. Browser only.
 */
import { REGISTRY, type Registry } from './fallback-data.ts';
import { unpackRecords } from './pack.ts';

const registered = new Map<string, unknown>();
const loading = new Map<string, Promise<void>>();

// Data is stored under the URL of the script that registered it as well as its key: every shard of
// a collection has its own r-0.js, facets.js and pagefind-groups.js, registering the same keys.
const slot = (url: string, key: string): string => `${url} ${key}`;

/** Keep what the data script now running hands over, under its URL and `key`, for loadData (the compare client's registry calls it too). */
export function storeData(key: string, data: unknown): void {
  const script = document.currentScript as HTMLScriptElement | null;
  registered.set(slot(script?.src ?? '', key), data);
}

/** Install the global registry the data scripts call; each call is stored under its script's URL and a key ("manifest", "t3", "r0", "facets", "places", "pagefindGroups", "shards"). */
export function installRegistry(): void {
  const registry: Registry = {
    manifest: (data) => storeData('manifest', data),
    tokens: (shard, data) => storeData(`t${shard}`, data),
    records: (shard, data) => storeData(`r${shard}`, unpackRecords(data)),
    facets: (data) => storeData('facets', data),
    places: (data) => storeData('places', data),
    pagefindGroups: (data) => storeData('pagefindGroups', data),
    shards: (data) => storeData('shards', data),
  };
  (window as unknown as Record<string, Registry>)[REGISTRY] = registry;
}

/** Run a plain script once (later calls share the first load). */
export function loadScript(url: string): Promise<void> {
  let done = loading.get(url);
  if (!done) {
    done = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    });
    loading.set(url, done);
  }
  return done;
}

/** Run the data script at `url` (absolute, as `new URL(…).href` writes it) and return what it registered under `key`. */
export async function loadData<T>(url: string, key: string): Promise<T> {
  await loadScript(url);
  if (!registered.has(slot(url, key))) throw new Error(`${url} registered no "${key}"`);
  return registered.get(slot(url, key)) as T;
}
