/// <reference types="astro/client" />
// The reference above declares `astro:content` before `astro sync` has written .astro/types.d.ts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PlanSchema, SourceSchema } from './model/index.ts';

/** Frontmatter of an emitted plan page (scripts/emit): picked from the one model, never retyped. */
const PlanPageSchema = PlanSchema.pick({ slug: true }).extend({
  title: PlanSchema.shape.planTitle,
  source: SourceSchema.shape.file,
});

/** Readable text of each notice: content/plans/<slug>.mdx, written by `npm run ingest`. */
const plans = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/plans' }),
  schema: PlanPageSchema,
});

/** The whole model of each plan: content/plan-data/<slug>.json, validated again on load. */
const planData = defineCollection({
  loader: glob({ pattern: '**/*.json', base: './content/plan-data' }),
  schema: PlanSchema,
});

/** The site's content collections; entry ids are the plans' slugs. */
export const collections = { plans, 'plan-data': planData };
