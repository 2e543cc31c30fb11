import type { TargetRow, Theme, ThemeRow, ThemeSlug } from '../../model/index.ts';
import type { TargetEntry } from '../insight/target-index.ts';
import type { ThemeIndex } from '../insight/theme-index.ts';
import type { PlanEntry } from '../plan-entry.ts';
import { paths } from '../urls.ts';
import { clausePath } from './plan-rows.ts';

/** Every target of a plan, in reading order, with the action that holds it. */
export function targetRows(targets: readonly TargetEntry[]): TargetRow[] {
  return targets.map(({ entry, target, position, action }) => ({
    plan: entry.plan.slug,
    target: position,
    metric: target.metric,
    comparator: target.comparator,
    value: target.value,
    unit: target.unit,
    year: target.deadline.year,
    deadlinePrinted: target.deadline.printed,
    deadlineSource: target.deadline.source,
    clause: target.clauseId,
    field: target.field,
    action: action?.action.id ?? null,
    snippet: target.snippet,
    clausePage: clausePath(entry.plan.slug, target.clauseId),
  }));
}

/** Every theme of every action of a plan, one row per rule that fired. */
export function themeRows(entry: PlanEntry, themes: ThemeIndex, taxonomy: ReadonlyMap<ThemeSlug, Theme>): ThemeRow[] {
  return entry.actions.flatMap((action) =>
    themes.hitsOf(action).map((hit) => ({
      plan: entry.plan.slug,
      action: action.action.id,
      theme: hit.theme,
      themeName: taxonomy.get(hit.theme)?.name ?? hit.theme,
      keyword: hit.keyword,
      where: hit.where,
      page: paths.action(entry.plan.slug, action.action.id),
    })),
  );
}
