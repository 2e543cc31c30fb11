import type { Jurisdiction, Unit } from '../../src/model/index.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { UNIT_GROUP, UNIT_SUFFIX } from './patterns.ts';
import { slugify } from './slug.ts';

/** A unit name as printed somewhere in the plan. */
export interface PrintedName {
  printed: string;
  /** Normalized Simplified form without spaces: the key names are compared by. */
  key: string;
  line: number;
}

/** The plan's units and the slug each printed key resolves to. */
export interface ResolvedUnits {
  units: Unit[];
  slugOf: (key: string) => string;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * The fuller name a printed key stands for, if exactly one other key of the plan explains it:
 * a typo in the last character (区卫生计生区 → 区卫生计生局), or an abbreviation whose
 * characters all appear in order in the fuller name (市发改 → 市发改委, 市发改委 ← 市发展改革委).
 */
function explain(key: string, others: readonly string[]): { target: string; typo: boolean } | null {
  if (UNIT_GROUP.test(key)) return null;
  if (!UNIT_SUFFIX.test(key)) {
    const typo = others.filter((o) => o.length === key.length && o.slice(0, -1) === key.slice(0, -1) && UNIT_SUFFIX.test(o));
    if (typo.length === 1) return { target: typo[0]!, typo: true };
  }
  if (key.length < 3) return null;
  const fuller = others.filter(
    (o) => o.length > key.length && !UNIT_GROUP.test(o) && o[0] === key[0] && isSubsequence(key, o) && (o.at(-1) === key.at(-1) || o.startsWith(key)),
  );
  return fuller.length === 1 ? { target: fuller[0]!, typo: false } : null;
}

/**
 * Resolve every printed unit name of one plan into units: one per distinct name, with typos
 * and abbreviations linked to the fuller name (each link reported), canonical names in
 * Simplified script, slugs from the place and the name's pinyin.
 */
export function resolveUnits(names: readonly PrintedName[], jurisdiction: Jurisdiction, placeSlug: string, sink: DiagnosticSink): ResolvedUnits {
  const count = new Map<string, number>();
  for (const n of names) count.set(n.key, (count.get(n.key) ?? 0) + 1);
  const keys = [...count.keys()];

  // Link each key to the one it stands for; the more frequent print of a pair is canonical.
  const parent = new Map<string, string>();
  const find = (k: string): string => (parent.has(k) ? find(parent.get(k)!) : k);
  for (const key of keys) {
    const hit = explain(key, keys.filter((k) => k !== key));
    if (!hit) continue;
    const a = find(key);
    const b = find(hit.target);
    if (a === b) continue;
    const line = names.find((n) => n.key === key)!.line;
    if (hit.typo) {
      parent.set(a, b);
      sink.report('unit-typo', 'warning', line, `unit "${key}" read as "${hit.target}" (suspected typo)`);
    } else {
      const [from, to] = (count.get(a) ?? 0) > (count.get(b) ?? 0) ? [b, a] : [a, b];
      parent.set(from, to);
      sink.report('unit-alias', 'info', line, `unit "${key}" linked to "${hit.target}"`);
    }
  }

  const byCanonical = new Map<string, Unit>();
  const slugs = new Set<string>();
  for (const n of names) {
    const canonical = find(n.key);
    let unit = byCanonical.get(canonical);
    if (!unit) {
      let slug = `${placeSlug}-${slugify(canonical)}`;
      for (let k = 2; slugs.has(slug); k++) slug = `${placeSlug}-${slugify(canonical)}-${k}`;
      slugs.add(slug);
      unit = { slug, name: canonical, aliases: [], jurisdiction, isGroup: UNIT_GROUP.test(canonical) };
      byCanonical.set(canonical, unit);
    }
    if (n.printed !== unit.name && !unit.aliases.includes(n.printed)) unit.aliases.push(n.printed);
  }
  const units = [...byCanonical.values()].sort((a, b) => a.slug.localeCompare(b.slug));
  return { units, slugOf: (key) => byCanonical.get(find(key))!.slug };
}
