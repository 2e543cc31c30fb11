import type { Plan } from '../../src/model/index.ts';

/**
 * Give plans that would share a slug (two notices for one place and year) distinct slugs,
 * in the order given (sorted source files), so the first keeps the plain slug.
 */
export function uniqueSlugs(plans: readonly Plan[]): Plan[] {
  const seen = new Set<string>();
  return plans.map((plan) => {
    let slug = plan.slug;
    for (let k = 2; seen.has(slug); k++) slug = `${plan.slug}-${k}`;
    seen.add(slug);
    return slug === plan.slug ? plan : { ...plan, slug };
  });
}
