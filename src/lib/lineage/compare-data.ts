/**
 * The files behind the comparison of any two plans (compare/?a=…&b=…) and the shape they carry.
 * A browser opening the site from disk blocks fetch() and module imports but runs plain
 * <script src> files, so each plan's data is a script handing it to a global registry that the
 * compare client installs (as the search's index does, search/fallback-data.ts).
 * Shared by the writer (scripts/compare/compare-files.ts) and the reader (compare-page.ts).
 */
import type { PlanTime } from './chronology.ts';
import type { ComparedAction } from './match-actions.ts';

/** The global the compare client installs and every plan's data script calls: `__hpCompare.plan("yinzhou-2018", {…})`. */
export const COMPARE_REGISTRY = '__hpCompare';

/** The page of the any-two comparison, relative to the site root: it reads the plans from its query, ?a=…&b=…. */
export const COMPARE_ANY_PATH = 'compare/';

/** The compare client (bundled from compare-page.ts), relative to the site root. */
export const COMPARE_CLIENT = 'compare/compare.js';

/** A plan's compare data, relative to the site root, e.g. "compare/data/yinzhou-2018.js". */
export const compareDataPath = (slug: string): string => `compare/data/${slug}.js`;

/** One plan as the comparison needs it: what to call it, when it is, and its actions (compare-plans.ts comparedActions). */
export interface ComparePlan extends PlanTime {
  title: string;
  /** The place in Simplified script, e.g. 鄞州区. */
  place: string;
  /** Its year or period for display (plan-format.ts periodLabel). */
  label: string;
  /** "zh-Hant" for a Traditional-script notice, else null (the page's zh-CN). */
  lang: 'zh-Hant' | null;
  actions: ComparedAction[];
}

/** The registry the data scripts call. */
export interface CompareRegistry {
  plan(slug: string, data: ComparePlan): void;
}
