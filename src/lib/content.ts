import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MDXContent } from 'astro';
import { getCollection, getEntry, render } from 'astro:content';
import { readPlanModels } from '../../scripts/emit/read-plan-models.ts';
import type { Theme } from '../model/index.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { IN_DEV_SERVER } from './dev-server.ts';
import { contentHash, keyAs } from './page-key.ts';
import { buildSiteContent, type SiteContent } from './site-content.ts';

export type { SiteContent } from './site-content.ts';

/**
 * The one module that reads the content. Everything the pages show is derived here, once per
 * build, from the plan models (content/plan-data, read and validated as the later build steps read
 * them, not a collection: see src/content.config.ts); the MDX text is rendered on demand.
 */
async function loadSiteContent(): Promise<SiteContent> {
  // Typed here because astro:content's generated types can resolve to `any` under tsc; the
  // collection's schema (ThemeSchema) has validated every entry on load.
  const themes: { data: Theme }[] = await getCollection('themes');
  const site = buildSiteContent(
    await readPlanModels(CONTENT_DIR),
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

/** The plan models' files as they are now (names, sizes, times): the dev server reads them again when it changes. */
function modelsVersion(): string {
  const dir = join(CONTENT_DIR, 'plan-data');
  return readdirSync(dir)
    .map((file) => {
      const { size, mtimeMs } = statSync(join(dir, file));
      return `${file} ${size} ${mtimeMs}`;
    })
    .join('\n');
}

let cached: { version: string; site: Promise<SiteContent> } | undefined;

/** The site's content, loaded and derived once per build (in the dev server, again after `npm run ingest`). */
export function loadSite(): Promise<SiteContent> {
  const version = IN_DEV_SERVER ? modelsVersion() : '';
  if (cached?.version !== version) cached = { version, site: loadSiteContent() };
  return cached.site;
}

/** The readable text of a plan (content/plans/<slug>.mdx), rendered to a component. */
export async function renderPlanText(slug: string): Promise<{ Content: MDXContent }> {
  const entry = await getEntry('plans', slug);
  if (!entry) throw new Error(`no readable text for plan "${slug}"`);
  const { Content }: { Content: MDXContent } = await render(entry);
  return { Content };
}
