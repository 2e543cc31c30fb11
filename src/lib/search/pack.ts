/**
 * The compact form of a record shard. Records of one plan repeat most of their fields (plan,
 * place, year, lead units, the units line inherited from an action), so each packed record holds
 * only the fields that differ from the record before it, under short keys, and its URL as the
 * length of the prefix it shares with the one before plus the rest. About half the bytes.
 */
import { FILTER_KEYS, SEARCH_KINDS, type FilterKey, type SearchKind, type SearchRecord } from './record.ts';

/** One packed record: short key → value, only where it changed. */
export type PackedRecord = Record<string, unknown>;

type Flat = Record<string, unknown>;

// Short keys of the record's fields and filters in packed records.
const FIELDS = { kind: 'k', title: 't', number: 'n', section: 's', plan: 'p', text: 'x', units: 'o', lang: 'l', hans: 'h' } as const;
const FILTERS: Record<FilterKey, string> = { plan: 'fp', place: 'fc', year: 'fy', lead: 'fl', kind: 'fk' };

function flatten(record: SearchRecord): Flat {
  const flat: Flat = {};
  for (const [field, key] of Object.entries(FIELDS)) flat[key] = record[field as keyof typeof FIELDS] ?? null;
  for (const filter of FILTER_KEYS) flat[FILTERS[filter]] = record.filters[filter];
  return flat;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Pack a shard's records in order. */
export function packRecords(records: readonly SearchRecord[]): PackedRecord[] {
  let previous: Flat = {};
  let url = '';
  return records.map((record) => {
    const flat = flatten(record);
    const shared = commonPrefix(url, record.url);
    const packed: PackedRecord = { u: [shared, record.url.slice(shared)] };
    for (const [key, value] of Object.entries(flat)) if (JSON.stringify(value) !== JSON.stringify(previous[key])) packed[key] = value;
    previous = flat;
    url = record.url;
    return packed;
  });
}

/** The records of a packed shard. */
export function unpackRecords(packed: readonly PackedRecord[]): SearchRecord[] {
  let flat: Flat = {};
  let url = '';
  return packed.map((entry) => {
    const [shared, rest] = entry['u'] as [number, string];
    url = url.slice(0, shared) + rest;
    flat = { ...flat, ...entry };
    const record: SearchRecord = {
      url,
      kind: flat['k'] as SearchKind,
      title: flat['t'] as string,
      number: flat['n'] as string,
      section: flat['s'] as string,
      plan: flat['p'] as string,
      text: flat['x'] as string,
      units: flat['o'] as string,
      lang: flat['l'] as string,
      filters: Object.fromEntries(FILTER_KEYS.map((filter) => [filter, flat[FILTERS[filter]] as string[]])) as SearchRecord['filters'],
    };
    if (flat['h']) record.hans = flat['h'] as string[];
    if (!SEARCH_KINDS.includes(record.kind)) throw new Error(`packed record of unknown kind ${String(record.kind)}`);
    return record;
  });
}
