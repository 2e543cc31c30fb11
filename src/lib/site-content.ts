import { ThemeSlugSchema, type Plan, type Theme } from '../model/index.ts';
import { buildSiteInsight, type SiteInsight } from './insight/site-insight.ts';
import { buildSiteLineage, type SiteLineage } from './lineage/site-lineage.ts';
import { buildPlanEntry, type ActionEntry, type PlanEntry } from './plan-entry.ts';
import { sortDate } from './plan-format.ts';
import { indexUnits, type UnitEntry } from './unit-index.ts';

/** The whole site's data: plans newest first, their actions, and units across plans. */
export interface SiteContent {
  plans: PlanEntry[];
  actions: ActionEntry[];
  units: UnitEntry[];
  planBySlug: Map<string, PlanEntry>;
  unitBySlug: Map<string, UnitEntry>;
  /** The theme taxonomy (content/themes.json), in taxonomy order. */
  themes: Theme[];
  /** Themes, targets and unit functions across plans (plan.insight). */
  insight: SiteInsight;
  /** Cited documents and places over time (plan.citations, plan.jurisdiction). */
  lineage: SiteLineage;
}

/**
 * Derive everything the site shows from the plan models and the theme taxonomy. Pure, so the Astro
 * pages (src/lib/content.ts) and the open data step (scripts/open-data.ts) derive the same thing.
 */
export function buildSiteContent(models: readonly Plan[], taxonomy: readonly Theme[]): SiteContent {
  const plans = models
    .map(buildPlanEntry)
    .sort((a, b) => sortDate(b.plan).localeCompare(sortDate(a.plan)) || a.plan.slug.localeCompare(b.plan.slug));
  const units = indexUnits(plans);
  const themes = [...taxonomy].sort((a, b) => ThemeSlugSchema.options.indexOf(a.slug) - ThemeSlugSchema.options.indexOf(b.slug));
  return {
    plans,
    actions: plans.flatMap((entry) => entry.actions),
    units,
    planBySlug: new Map(plans.map((entry) => [entry.plan.slug, entry])),
    unitBySlug: new Map(units.map((entry) => [entry.unit.slug, entry])),
    themes,
    insight: buildSiteInsight(plans, themes),
    lineage: buildSiteLineage(plans),
  };
}
