import type { MDXContent } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { ThemeSlugSchema, type Plan, type Theme } from '../model/index.ts';
import { buildSiteInsight, type SiteInsight } from './insight/site-insight.ts';
import { buildPlanEntry, type ActionEntry, type PlanEntry } from './plan-entry.ts';
import { sortDate } from './plan-format.ts';
import { indexUnits, type UnitEntry } from './unit-index.ts';

/**
 * The one module that reads the content collections. Everything the pages show is derived here,
 * once per build, from the plan model (content/plan-data); the MDX text is rendered on demand.
 */

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
}

async function loadSiteContent(): Promise<SiteContent> {
  // Typed here because astro:content's generated types can resolve to `any` under tsc; the
  // collection's schema (PlanSchema) has validated every entry on load.
  const entries: { data: Plan }[] = await getCollection('plan-data');
  const plans = entries
    .map((entry) => buildPlanEntry(entry.data))
    .sort((a, b) => sortDate(b.plan).localeCompare(sortDate(a.plan)) || a.plan.slug.localeCompare(b.plan.slug));
  const units = indexUnits(plans);
  const themeEntries: { data: Theme }[] = await getCollection('themes');
  const themes = themeEntries
    .map((entry) => entry.data)
    .sort((a, b) => ThemeSlugSchema.options.indexOf(a.slug) - ThemeSlugSchema.options.indexOf(b.slug));
  return {
    plans,
    actions: plans.flatMap((entry) => entry.actions),
    units,
    planBySlug: new Map(plans.map((entry) => [entry.plan.slug, entry])),
    unitBySlug: new Map(units.map((entry) => [entry.unit.slug, entry])),
    themes,
    insight: buildSiteInsight(plans, themes),
  };
}

let cached: Promise<SiteContent> | undefined;

/** The site's content, loaded and derived once per build. */
export function loadSite(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}

/** The readable text of a plan (content/plans/<slug>.mdx), rendered to a component. */
export async function renderPlanText(slug: string): Promise<{ Content: MDXContent }> {
  const entry = await getEntry('plans', slug);
  if (!entry) throw new Error(`no readable text for plan "${slug}"`);
  const { Content }: { Content: MDXContent } = await render(entry);
  return { Content };
}
