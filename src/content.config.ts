/// <reference types="astro/client" />
// The reference above declares `astro:content` before `astro sync` has written .astro/types.d.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { PlanSchema, SourceSchema, ThemeSchema } from './model/index.ts';

/** Frontmatter of an emitted plan page (scripts/emit): picked from the one model, never retyped. */
const PlanPageSchema = PlanSchema.pick({ slug: true }).extend({
  title: PlanSchema.shape.planTitle,
  source: SourceSchema.shape.file,
});

/** Readable text of each notice: content/plans/<slug>.mdx, written by `npm run ingest`. */
const plans = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/plans` }),
  schema: PlanPageSchema,
});

/** The theme taxonomy (content/themes.json): names and descriptions for theme pages. */
const themes = defineCollection({
  loader: file(`${CONTENT_DIR}/themes.json`),
  schema: ThemeSchema,
});

/**
 * The site's content collections; entry ids are the plans' slugs. The plan models
 * (content/plan-data/<slug>.json) are no collection: src/lib/content.ts reads them. A collection's
 * data is bundled into the build as one JavaScript module (the data store), which held the 1,000
 * models through Vite's bundler, the build's peak memory (README, Performance).
 */
export const collections = { plans, themes };
