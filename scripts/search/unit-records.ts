/**
 * The search records of the responsible units: one per unit across every plan that names it,
 * landing on its unit page, found by its name and every other printed form. Pure.
 */
import { unitPath } from '../../src/lib/search/paths.ts';
import { compareNames } from '../../src/lib/unit-index.ts';
import type { Plan, Unit } from '../../src/model/index.ts';
import { placeLine } from './place-line.ts';
import { planYears, type DraftRecord } from './plan-records.ts';

/** One record per unit slug, in pinyin order of names; aliases and plans merged across plans. */
export function unitRecords(plans: readonly Plan[]): DraftRecord[] {
  const units = new Map<string, { unit: Unit; aliases: Set<string>; plans: Plan[] }>();
  for (const plan of plans) {
    for (const unit of plan.units) {
      const entry = units.get(unit.slug) ?? { unit, aliases: new Set<string>(), plans: [] };
      for (const alias of unit.aliases) entry.aliases.add(alias);
      entry.plans.push(plan);
      units.set(unit.slug, entry);
    }
  }
  return [...units.values()]
    .sort((a, b) => compareNames(a.unit.name, b.unit.name) || a.unit.slug.localeCompare(b.unit.slug))
    .map(({ unit, aliases, plans: named }) => ({
      url: unitPath(unit.slug),
      kind: 'unit',
      title: unit.name,
      number: '',
      section: '',
      plan: placeLine(unit.jurisdiction),
      text: [...aliases].filter((alias) => alias !== unit.name).join('、'),
      units: '',
      lang: '',
      filters: {
        plan: named.map((plan) => plan.slug),
        place: [unit.jurisdiction.placeHans],
        year: [...new Set(named.flatMap(planYears))].sort(),
        lead: [unit.name],
        kind: ['unit'],
      },
    }));
}
