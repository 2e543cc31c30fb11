/** A plan's slug as the model writes it (src/model/plan.ts; tests/lineage/plan-ref.test.ts keeps the two equal). */
export const PLAN_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// A plan's address anywhere in a pasted URL: the site's own pages are plans/<slug>/…, at any depth
// below any host or folder, from disk too (…/plans/<slug>/index.html#c3-1). plans/places/… are the
// lists of a place's plans (src/pages/plans/places/), not a plan: no plan slug is "places".
const PLAN_IN_URL = /(?:^|\/)plans\/(?!places\/)([a-z0-9]+(?:-[a-z0-9]+)*)(?:[/?#]|$)/;

/**
 * The plan a person names in the compare form: its slug, or the address of any of its pages as
 * copied from the browser. Null when neither can be read, so the page can say so.
 * @example readPlanRef(' yinzhou-2018 ') // "yinzhou-2018"
 * @example readPlanRef('https://example.org/docs/plans/cixi-2020/actions/c3-1/') // "cixi-2020"
 * @example readPlanRef('鄞州 2018') // null
 */
export function readPlanRef(input: string): string | null {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (PLAN_SLUG.test(lower)) return lower;
  let path = text;
  try {
    path = decodeURI(text);
  } catch {
    // A stray % in a pasted address: read it as it is.
  }
  return PLAN_IN_URL.exec(path)?.[1] ?? null;
}
