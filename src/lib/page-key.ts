import { createHash } from 'node:crypto';

/**
 * Objects that stand for a key of their own in a page key: a plan model, and every lookup derived
 * from it alone (its PlanEntry), hash to the plan's key instead of being serialized again for
 * each of the thousands of pages that show them.
 */
const keyed = new WeakMap<object, string>();

/** A short content hash of a string. */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** Let `object` stand for `key` in every page key that reaches it. Its key must change whenever it does. */
export function keyAs(object: object, key: string): void {
  keyed.set(object, key);
}

/**
 * The key of the data a page renders, for Astro's incremental build: pages whose key and code are
 * unchanged since the last build are copied, not rendered again. Pass everything the page shows
 * (its props); the key hashes all of it, Maps and Sets included, with each plan collapsed to its
 * own key (see keyAs). Two calls with equal data give the same key.
 * @example pageKey({ entry }) === pageKey({ entry }) // true
 */
export function pageKey(props: unknown): string {
  const json = JSON.stringify(props, (_name, value: unknown) => {
    if (value === null || typeof value !== 'object') return value;
    const key = keyed.get(value);
    // The NUL prefix keeps a collapsed object apart from any string the data holds.
    if (key !== undefined) return `\u0000${key}`;
    if (value instanceof Map) return { '\u0000map': [...value] };
    if (value instanceof Set) return { '\u0000set': [...value] };
    return value;
  });
  return contentHash(json ?? 'undefined');
}

/**
 * A getStaticPaths() item's props with their page key, for Astro's incremental build.
 * @example plans.map((entry) => ({ params: { slug: entry.plan.slug }, ...keyedProps({ entry }) }))
 */
export function keyedProps<P>(props: P): { props: P; cacheKey: string } {
  return { props, cacheKey: pageKey(props) };
}
