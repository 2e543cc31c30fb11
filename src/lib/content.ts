import type { MDXContent } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import type { Plan, Theme } from '../model/index.ts';
import { contentHash, keyAs } from './page-key.ts';
import { buildSiteContent, type SiteContent } from './site-content.ts';

export type { SiteContent } from './site-content.ts';

/**
 * The one module that reads the content collections. Everything the pages show is derived here,
 * once per build, from the plan model (content/plan-data); the MDX text is rendered on demand.
 */
async function loadSiteContent(): Promise<SiteContent> {
  // Typed here because astro:content's generated types can resolve to `any` under tsc; the
  // collections' schemas (PlanSchema, ThemeSchema) have validated every entry on load.
  const plans: { data: Plan }[] = await getCollection('plan-data');
  const themes: { data: Theme }[] = await getCollection('themes');
  const site = buildSiteContent(
    plans.map((entry) => entry.data),
    themes.map((entry) => entry.data),
  );
  // A plan, and its entry and actions (derived from it alone), stand for one hash of the model in page keys.
  for (const entry of site.plans) {
    const key = contentHash(JSON.stringify(entry.plan));
    keyAs(entry.plan, key);
    keyAs(entry, key);
    for (const action of entry.actions) keyAs(action, `${key}#${action.action.id}`);
  }
  return site;
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
