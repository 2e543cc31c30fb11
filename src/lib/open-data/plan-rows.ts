import type { ActionRow, AssignmentRow, PlanRow, UnitRow } from '../../model/index.ts';
import { planUnitLoads } from '../insight/unit-load.ts';
import type { ThemeIndex } from '../insight/theme-index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { paths } from '../urls.ts';

/** A clause's place on its plan page as a site-relative path, e.g. "plans/cixi-2020/#c1-p3". */
export const clausePath = (slug: string, clauseId: string): string => `${paths.plan(slug)}#${clauseId}`;

/** The plan as one row. */
export function planRows(entry: PlanEntry): PlanRow[] {
  const { plan } = entry;
  return [
    {
      plan: plan.slug,
      title: plan.planTitle,
      noticeTitle: plan.noticeTitle,
      planType: plan.planType,
      script: plan.script,
      place: plan.jurisdiction.placeHans,
      placePrinted: plan.jurisdiction.place,
      level: plan.jurisdiction.level,
      issuer: plan.issuer,
      documentNumber: plan.documentNumber,
      periodStart: plan.period?.start ?? null,
      periodEnd: plan.period?.end ?? null,
      published: plan.dates.published?.iso ?? null,
      actions: plan.actions.length,
      units: plan.units.length,
      targets: plan.insight.targets.length,
      sourceFile: plan.source.file,
      sourceSha256: plan.source.sha256,
      page: paths.plan(plan.slug),
    },
  ];
}

/** Every action of the plan, with its units by canonical name and its themes by slug. */
export function actionRows(entry: PlanEntry, themes: ThemeIndex): ActionRow[] {
  const name = (slug: string) => entry.units.get(slug)?.name ?? slug;
  return entry.actions.map((item) => ({
    plan: entry.plan.slug,
    action: item.action.id,
    number: item.action.number,
    title: item.action.title,
    lead: item.action.lead.map(name),
    participating: item.action.participating.map(name),
    themes: [...new Set(themes.hitsOf(item).map((hit) => hit.theme))],
    page: paths.action(entry.plan.slug, item.action.id),
    clausePage: clausePath(entry.plan.slug, item.action.id),
  }));
}

/** Every unit named in every unit list of the plan, one row each, in printed order. */
export function assignmentRows(entry: PlanEntry): AssignmentRow[] {
  const actionOf = new Map(entry.plan.actions.flatMap((action) => action.assignments.map((index) => [index, action.id] as const)));
  return entry.plan.assignments.flatMap((assignment, index) =>
    assignment.units.map((ref) => ({
      plan: entry.plan.slug,
      action: actionOf.get(index) ?? null,
      assignment: index,
      clause: assignment.clauseId,
      line: assignment.line,
      unit: ref.unit,
      unitName: entry.units.get(ref.unit)?.name ?? ref.unit,
      printed: ref.printed,
      role: ref.role,
      roleLabel: ref.roleLabel,
      clausePage: clausePath(entry.plan.slug, assignment.clauseId),
    })),
  );
}

/** Every unit of the plan with its function group and load, the busiest first. */
export function unitRows(entry: PlanEntry): UnitRow[] {
  return planUnitLoads(entry).map((load) => ({
    plan: entry.plan.slug,
    unit: load.unit.slug,
    name: load.unit.name,
    aliases: load.unit.aliases,
    place: load.unit.jurisdiction.placeHans,
    isGroup: load.unit.isGroup,
    function: load.function,
    leadCount: load.lead,
    participatingCount: load.participating,
    page: paths.unit(load.unit.slug),
  }));
}
