import type { Plan, Role, Unit } from '../model/index.ts';
import type { ActionEntry, PlanEntry } from './plan-entry.ts';

/** One action a unit leads or joins, with the role words and names printed for it there. */
export interface UnitTask {
  action: ActionEntry;
  roles: Role[];
  /** Role words as printed (牵头单位, 按職責分工負責…), without repeats; "" for a bare list. */
  roleLabels: string[];
  /** The unit's name as printed in this action's lists, without repeats. */
  printed: string[];
}

/** A unit across every plan that names it. */
export interface UnitEntry {
  unit: Unit;
  /** Every other printed form across plans. */
  aliases: string[];
  byPlan: { plan: Plan; tasks: UnitTask[] }[];
  leadCount: number;
  participatingCount: number;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function taskOf(action: ActionEntry, slug: string): UnitTask | undefined {
  const roles: Role[] = [];
  if (action.action.lead.includes(slug)) roles.push('lead');
  if (action.action.participating.includes(slug)) roles.push('participating');
  if (roles.length === 0) return undefined;
  const refs = action.assignments.flatMap((assignment) => assignment.units).filter((ref) => ref.unit === slug);
  return {
    action,
    roles,
    roleLabels: unique(refs.map((ref) => ref.roleLabel)),
    printed: unique(refs.map((ref) => ref.printed)),
  };
}

/**
 * Every unit of every plan by slug, with what it leads and joins grouped by plan. A slug named by
 * several plans (the same office in two notices) becomes one entry; its aliases are merged.
 */
export function indexUnits(plans: readonly PlanEntry[]): UnitEntry[] {
  const units = new Map<string, UnitEntry>();
  for (const entry of plans) {
    for (const unit of entry.plan.units) {
      const known = units.get(unit.slug);
      const tasks = entry.actions.flatMap((action) => taskOf(action, unit.slug) ?? []);
      const forPlan = tasks.length > 0 ? [{ plan: entry.plan, tasks }] : [];
      if (known) {
        known.aliases = unique([...known.aliases, ...unit.aliases]).filter((alias) => alias !== known.unit.name);
        known.byPlan.push(...forPlan);
      } else {
        units.set(unit.slug, { unit, aliases: [...unit.aliases], byPlan: forPlan, leadCount: 0, participatingCount: 0 });
      }
    }
  }
  for (const entry of units.values()) {
    const tasks = entry.byPlan.flatMap((group) => group.tasks);
    entry.leadCount = tasks.filter((task) => task.roles.includes('lead')).length;
    entry.participatingCount = tasks.filter((task) => task.roles.includes('participating')).length;
  }
  return [...units.values()].sort((a, b) => compareNames(a.unit.name, b.unit.name));
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Chinese names in pinyin order. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Units grouped by their place (Simplified form), places in pinyin order. */
export function groupUnitsByPlace(units: readonly UnitEntry[]): { place: string; units: UnitEntry[] }[] {
  const groups = new Map<string, UnitEntry[]>();
  for (const entry of units) {
    const place = entry.unit.jurisdiction.placeHans;
    if (groups.has(place)) groups.get(place)!.push(entry);
    else groups.set(place, [entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([place, members]) => ({ place, units: members }));
}

/** The counts the split lists of units show for some units: how many, and the actions they lead and join in all. */
export function sumUnits(units: readonly UnitEntry[]): [number, number, number] {
  return [units.length, units.reduce((sum, entry) => sum + entry.leadCount, 0), units.reduce((sum, entry) => sum + entry.participatingCount, 0)];
}
