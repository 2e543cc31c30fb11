import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import type { Plan } from '../../src/model/index.ts';

/** The frontmatter of a plan page: what the `plans` collection schema in src/content.config.ts expects. */
export type PlanFrontmatter = { slug: Plan['slug']; title: Plan['planTitle']; source: Plan['source']['file'] };

/** Read the frontmatter fields of a plan page from the model. */
export function selectPlanFrontmatter(plan: Plan): PlanFrontmatter {
  return { slug: plan.slug, title: plan.planTitle, source: plan.source.file };
}

/**
 * A YAML frontmatter node serialized by the `yaml` library, never by hand.
 * Strings are always double-quoted so no title can be read back as a date, number or boolean
 * (Astro parses frontmatter with js-yaml, whose schema reads `2018-10-30` as a Date);
 * lineWidth 0 keeps long Chinese titles on one line.
 */
export function createFrontmatterNode(frontmatter: PlanFrontmatter): Yaml {
  const value = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return { type: 'yaml', value: value.trimEnd() };
}
