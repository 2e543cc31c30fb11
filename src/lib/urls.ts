/**
 * Every URL of the site, in one place. Paths are site-relative ("plans/yinzhou-2018/", no leading
 * slash); `url()` prefixes them with the base, so a later post-build pass can rewrite them all.
 */

// BASE_URL ends in "/" with trailingSlash 'always'; normalized anyway so a base without one still joins.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-relative path made into a root-absolute URL under the configured base, e.g. url('plans/') → "/plans/". */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** Site-relative paths of every page, as used by routes and the sitemap. */
export const paths = {
  home: () => '',
  plans: () => 'plans/',
  plan: (slug: string) => `plans/${slug}/`,
  action: (slug: string, clauseId: string) => `plans/${slug}/actions/${clauseId}/`,
  source: (slug: string) => `plans/${slug}/source/`,
  text: (slug: string) => `plans/${slug}/text/`,
  actions: () => 'actions/',
  units: () => 'units/',
  unit: (unitSlug: string) => `units/${unitSlug}/`,
  search: () => 'search/',
  notFound: () => '404.html',
  sitemap: () => 'sitemap.xml',
  script: (name: string) => `scripts/${name}`,
} as const;

/** The plan page. */
export const planUrl = (slug: string): string => url(paths.plan(slug));

/** A clause inside its plan page, e.g. "/plans/yinzhou-2018/#c1-2". */
export const clauseUrl = (slug: string, clauseId: string): string => `${planUrl(slug)}#${clauseId}`;

/** The page of one action. */
export const actionUrl = (slug: string, clauseId: string): string => url(paths.action(slug, clauseId));

/** The numbered source view of a plan. */
export const sourceUrl = (slug: string): string => url(paths.source(slug));

/** One line of the source view, e.g. "/plans/yinzhou-2018/source/#L136". */
export const lineUrl = (slug: string, line: number): string => `${sourceUrl(slug)}#${lineAnchor(line)}`;

/** The id of a source line's anchor. */
export const lineAnchor = (line: number): string => `L${line}`;

/** The full readable text of a plan. */
export const textUrl = (slug: string): string => url(paths.text(slug));

/** The page of one responsible unit. */
export const unitUrl = (unitSlug: string): string => url(paths.unit(unitSlug));
