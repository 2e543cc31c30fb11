/**
 * JSON with object keys sorted at every depth, 2-space indent and a trailing newline,
 * so the same value always gives the same bytes whatever order its keys were built in.
 * @example stringifyStableJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{\n  "a": [\n    {\n      "c": 3, …'
 */
export function stringifyStableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
