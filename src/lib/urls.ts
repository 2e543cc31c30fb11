/**
 * Every URL of the site, in one place. Paths are site-relative ("plans/yinzhou-2018/", no leading
 * slash); `url()` writes them for the page being rendered: relative to it (lib/page-urls/, set by
 * src/middleware.ts), so the built site works at a web root, under any sub-path and from disk.
 */
import { relativeToPage } from './page-urls/relative-to-page.ts';
import { currentPageDir } from './page-urls/url-scope.ts';

import { COMPARE_ANY_PATH } from './lineage/compare-data.ts';

// BASE_URL ends in "/" with trailingSlash 'always'; normalized anyway so a base without one still joins.
// Outside Vite (the build scripts run on plain Node, for `paths`) there is no import.meta.env: "/".
const BASE_URL: string = import.meta.env?.BASE_URL ?? '/';
const BASE = BASE_URL.endsWith('/') ? BASE_URL : `${BASE_URL}/`;

/**
 * A site-relative path as a link of the page being rendered: relative to the page, a folder naming
 * its index.html (url('units/') on plans/yinzhou-2018/ → "../../units/index.html"); root-absolute
 * under the configured base outside a page's render (the dev server, the 404 page, the build
 * scripts): url('plans/') → "/plans/".
 */
export function url(path = ''): string {
  const sitePath = path.replace(/^\/+/, '');
  const pageDir = currentPageDir();
  return pageDir === undefined ? BASE + sitePath : relativeToPage(pageDir, sitePath);
}

/** A site-relative path as a root-absolute URL under the configured base, even while a page renders: rootUrl('plans/') → "/plans/" (the sitemap; a match against Astro.url). */
export function rootUrl(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** Site-relative paths of every page, as used by routes and the sitemap. */
export const paths = {
  home: () => '',
  plans: () => 'plans/',
  plan: (slug: string) => `plans/${slug}/`,
  action: (slug: string, clauseId: string) => `plans/${slug}/actions/${clauseId}/`,
  planActions: (slug: string) => `plans/${slug}/actions/`,
  planThemes: (slug: string) => `plans/${slug}/themes/`,
  planData: (slug: string) => `plans/${slug}/data/`,
  source: (slug: string) => `plans/${slug}/source/`,
  text: (slug: string) => `plans/${slug}/text/`,
  actions: () => 'actions/',
  units: () => 'units/',
  unit: (unitSlug: string) => `units/${unitSlug}/`,
  search: () => 'search/',
  notFound: () => '404.html',
  sitemap: () => 'sitemap.xml',
  sitemapPart: (part: number) => `sitemaps/${part}.xml`,
  script: (name: string) => `scripts/${name}`,
  noticeFile: (slug: string) => `sources/${slug}.txt`,
  themes: () => 'themes/',
  theme: (theme: string) => `themes/${theme}/`,
  matrix: (slug: string) => `plans/${slug}/matrix/`,
  planTargets: (slug: string) => `plans/${slug}/targets/`,
  targets: () => 'targets/',
  timeline: () => 'timeline/',
  unitFunctions: () => 'units/functions/',
  data: () => 'data/',
  documents: () => 'documents/',
  documentLevel: (level: string) => `documents/levels/${level}/`,
  /** A split level's documents whose title's pinyin starts with `key`. */
  documentLevelPart: (level: string, key: string) => `documents/levels/${level}/${key}/`,
  document: (slug: string) => `documents/${slug}/`,
  /** A split document's citations from places whose pinyin starts with `key`. */
  documentPart: (slug: string, key: string) => `documents/${slug}/${key}/`,
  places: () => 'places/',
  place: (slug: string) => `places/${slug}/`,
  compare: (pair: string) => `compare/${pair}/`,
  /** The comparison of any two plans, named in its query (compare/?a=…&b=…). */
  compareAny: () => COMPARE_ANY_PATH,
  /** Slices of the cross-plan lists (src/lib/slices.ts): a place's key, then a year's. */
  plansPlace: (place: string) => `plans/places/${place}/`,
  actionsPlace: (place: string) => `actions/${place}/`,
  actionsYear: (place: string, year: string) => `actions/${place}/${year}/`,
  unitsPlace: (place: string) => `units/places/${place}/`,
  unitFunction: (group: string) => `units/functions/${group}/`,
  themePlace: (theme: string, place: string) => `themes/${theme}/${place}/`,
  themeYear: (theme: string, place: string, year: string) => `themes/${theme}/${place}/${year}/`,
  targetsPlace: (place: string) => `targets/${place}/`,
  timelineYear: (year: string) => `timeline/${year}/`,
  timelinePlace: (year: string, place: string) => `timeline/${year}/${place}/`,
  dataPlace: (place: string) => `data/places/${place}/`,
  /** A province's page of each split list: its places, each a link to the place's slice (src/lib/provinces.ts). */
  plansProvince: (province: string) => `plans/provinces/${province}/`,
  actionsProvince: (province: string) => `actions/provinces/${province}/`,
  unitsProvince: (province: string) => `units/provinces/${province}/`,
  unitFunctionProvince: (group: string, province: string) => `units/functions/${group}/provinces/${province}/`,
  themeProvince: (theme: string, province: string) => `themes/${theme}/provinces/${province}/`,
  targetsProvince: (province: string) => `targets/provinces/${province}/`,
  timelineProvince: (year: string, province: string) => `timeline/${year}/provinces/${province}/`,
  dataProvince: (province: string) => `data/provinces/${province}/`,
  placesProvince: (province: string) => `places/provinces/${province}/`,
  dataYear: (place: string, year: string) => `data/places/${place}/${year}/`,
  /** An open data file; `scope` is a plan's slug or "all". */
  dataFile: (scope: string, dataset: string, format: string) => `data/${scope}/${dataset}.${format}`,
} as const;

/** The page of a cited document. */
export const documentUrl = (slug: string): string => url(paths.document(slug));

/** The page of a place: every plan of it by year. */
export const placeUrl = (slug: string): string => url(paths.place(slug));

/** The comparison of two plans of one place, e.g. "/compare/yinzhou-2018--yinzhou-2019/". */
export const compareUrl = (pair: string): string => url(paths.compare(pair));

/** The comparison of any two plans with `older` chosen, e.g. "/compare/?a=yinzhou-2018": the page's form asks for the other. */
export const compareWithUrl = (slug: string): string => `${url(paths.compareAny())}?a=${encodeURIComponent(slug)}`;

/** The plan page. */
export const planUrl = (slug: string): string => url(paths.plan(slug));

/** A clause inside its plan page, e.g. "/plans/yinzhou-2018/#c1-2". */
export const clauseUrl = (slug: string, clauseId: string): string => `${planUrl(slug)}#${clauseId}`;

/** The page of one action. */
export const actionUrl = (slug: string, clauseId: string): string => url(paths.action(slug, clauseId));

/** The table of a plan's actions, e.g. "/plans/yinzhou-2018/actions/". */
export const planActionsUrl = (slug: string): string => url(paths.planActions(slug));

/** A plan's actions on one theme, on its page of themes, e.g. "/plans/cixi-2020/themes/#theme-fitness". */
export const planThemeUrl = (slug: string, theme: string): string => `${url(paths.planThemes(slug))}#theme-${theme}`;

/** The numbered source view of a plan. */
export const sourceUrl = (slug: string): string => url(paths.source(slug));

/** One line of the source view, e.g. "/plans/yinzhou-2018/source/#L136". */
export const lineUrl = (slug: string, line: number): string => `${sourceUrl(slug)}#${lineAnchor(line)}`;

/** The id of a source line's anchor. */
export const lineAnchor = (line: number): string => `L${line}`;

/** The full readable text of a plan. */
export const textUrl = (slug: string): string => url(paths.text(slug));

/** A plan's notice file as scraped, for download. */
export const noticeFileUrl = (slug: string): string => url(paths.noticeFile(slug));

/** The page of one responsible unit. */
export const unitUrl = (unitSlug: string): string => url(paths.unit(unitSlug));

/** A cross-plan theme: every plan's actions on it. */
export const themeUrl = (theme: string): string => url(paths.theme(theme));

/** The id of a plan's section on a theme page. */
export const themePlanAnchor = (slug: string): string => `plan-${slug}`;

/** A plan's responsibility matrix: units × actions. */
export const matrixUrl = (slug: string): string => url(paths.matrix(slug));

/** A plan's quantitative targets. */
export const planTargetsUrl = (slug: string): string => url(paths.planTargets(slug));

/** The id of a year's section on the timeline; "y-none" for targets without a year. */
export const yearAnchor = (year: number | null): string => (year === null ? 'y-none' : `y${year}`);

/** An open data file, e.g. dataFileUrl('all', 'targets', 'csv') → "/data/all/targets.csv". */
export const dataFileUrl = (scope: string, dataset: string, format: string): string => url(paths.dataFile(scope, dataset, format));

/**
 * A root-absolute path made absolute against the deployment's address (SITE_URL), which may name a
 * folder: absoluteUrl('/plans/', 'http://intranet/docs/health') → "http://intranet/docs/health/plans/".
 */
export function absoluteUrl(rootPath: string, site: URL): string {
  const folder = new URL(site.href.endsWith('/') ? site.href : `${site.href}/`);
  return new URL(`.${rootPath}`, folder).href;
}
