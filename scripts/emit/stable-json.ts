/**
 * JSON with object keys sorted at every depth, 2-space indent and a trailing newline,
 * so the same value always gives the same bytes whatever order its keys were built in.
 * @example stringifyStableJson({ b: 1, a: [{ d: 2, c: 3 }] }) // '{\n  "a": [\n    {\n      "c": 3, …'
 */
export function stringifyStableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/**
 * Each key order met, sorted once: a plan's thousands of objects come in a few dozen shapes
 * (its schema's), so sorting per object was a tenth of the ingest's time.
 */
const sortedOrders = new Map<string, string[]>();

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const order = JSON.stringify(keys);
  let sorted = sortedOrders.get(order);
  if (!sorted) {
    // Code-unit order, as the default sort compares strings.
    sorted = [...keys].sort();
    sortedOrders.set(order, sorted);
  }
  // No prototype: a key "__proto__" stays a key.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of sorted) out[key] = sortKeys(record[key]);
  return out;
}
