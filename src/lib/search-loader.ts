/**
 * Loading plain scripts on demand and reading what they register: the only way to load data that
 * also works from file://, where fetch() and import() are blocked. Browser only.
 */
import { REGISTRY, type Registry } from './search-fallback-data.ts';
import { unpackRecords } from './search-pack.ts';

const registered = new Map<string, unknown>();
const loading = new Map<string, Promise<void>>();

/** Install the global registry the data scripts call; each call is stored under a key ("manifest", "t3", "r0", "facets", "pagefindGroups"). */
export function installRegistry(): void {
  const registry: Registry = {
    manifest: (data) => void registered.set('manifest', data),
    tokens: (shard, data) => void registered.set(`t${shard}`, data),
    records: (shard, data) => void registered.set(`r${shard}`, unpackRecords(data)),
    facets: (data) => void registered.set('facets', data),
    pagefindGroups: (data) => void registered.set('pagefindGroups', data),
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

/** Run a data script and return what it registered under `key`. */
export async function loadData<T>(url: string, key: string): Promise<T> {
  await loadScript(url);
  if (!registered.has(key)) throw new Error(`${url} registered no "${key}"`);
  return registered.get(key) as T;
}
