import type { Theme } from '../model/index.ts';
import { lineagePagePaths } from './lineage/lineage-paths.ts';
import type { SiteLineage } from './lineage/site-lineage.ts';
import type { PlanEntry } from './plan-entry.ts';
import type { UnitEntry } from './unit-index.ts';
import { paths } from './urls.ts';

/** Site-relative paths of every HTML page the build writes except 404.html, for the sitemap. */
export function listPagePaths(plans: readonly PlanEntry[], units: readonly UnitEntry[], themes: readonly Theme[], lineage: SiteLineage): string[] {
  return [
    paths.home(),
    paths.plans(),
    paths.actions(),
    paths.units(),
    paths.search(),
    paths.themes(),
    paths.targets(),
    paths.timeline(),
    paths.unitFunctions(),
    paths.data(),
    ...themes.map((theme) => paths.theme(theme.slug)),
    ...plans.flatMap(({ plan, actions }) => [
      paths.plan(plan.slug),
      paths.text(plan.slug),
      paths.source(plan.slug),
      paths.matrix(plan.slug),
      paths.planTargets(plan.slug),
      paths.planActions(plan.slug),
      paths.planThemes(plan.slug),
      paths.planData(plan.slug),
      ...actions.map(({ action }) => paths.action(plan.slug, action.id)),
    ]),
    ...units.map(({ unit }) => paths.unit(unit.slug)),
    ...lineagePagePaths(lineage),
  ];
}
