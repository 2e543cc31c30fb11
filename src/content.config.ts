/// <reference types="astro/client" />
// The reference above declares `astro:content` before `astro sync` has written .astro/types.d.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PlanSchema, SourceSchema, ThemeSchema } from './model/index.ts';

/** Where the ingest wrote the collections: content/ unless a bench or test build points elsewhere. */
const CONTENT_DIR = process.env['HEALTHY_CONTENT_DIR'] ?? './content';

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

/** The whole model of each plan: content/plan-data/<slug>.json, validated again on load. */
const planData = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${CONTENT_DIR}/plan-data` }),
  schema: PlanSchema,
});

/** The theme taxonomy (content/themes.json): names and descriptions for theme pages. */
const themes = defineCollection({
  loader: file(`${CONTENT_DIR}/themes.json`),
  schema: ThemeSchema,
});

/** The site's content collections; entry ids are the plans' slugs. */
export const collections = { plans, 'plan-data': planData, themes };
