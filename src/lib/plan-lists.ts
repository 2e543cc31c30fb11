import { t } from '../i18n/zh-CN.ts';
import { actionsCrumb, type Crumb } from './breadcrumbs.ts';
import { loadSite } from './content.ts';
import { targetsCrumb } from './insight/crumbs.ts';
import { keyedProps } from './page-key.ts';
import { actionCount, targetCount, type PlanEntry } from './plan-entry.ts';
import { countPlaces, groupByProvince, provinceLabel } from './provinces.ts';
import { paths, url } from './urls.ts';

/** What a split list of plans shows at its province level: its name, counts and place pages. */
export interface PlanList {
  /** The list's title (全部规划, 任务一览…). */
  what: string;
  /** What its counts count, for captions. */
  counted: string;
  /** Its top page (a function: a URL is written relative to the page being rendered, src/lib/urls.ts). */
  crumb: () => Crumb;
  columns: string[];
  counts: (entries: readonly PlanEntry[]) => number[];
  /** A place's slice page of the list. */
  placeUrl: (placeKey: string) => string;
  /** A province's page of the list. */
  provinceUrl: (provinceKey: string) => string;
}

const s = t.slices;

/** The four lists split from the plans themselves, each with its own top page and place pages. */
export const PLAN_LISTS = {
  plans: {
    what: t.indexes.plansTitle,
    counted: s.colPlans,
    crumb: () => ({ label: t.nav.plans, href: url(paths.plans()) }),
    columns: [s.colPlans, s.colActions],
    counts: (entries) => [entries.length, actionCount(entries)],
    placeUrl: (key) => url(paths.plansPlace(key)),
    provinceUrl: (key) => url(paths.plansProvince(key)),
  },
  actions: {
    what: t.indexes.actionsTitle,
    counted: t.indexes.colActions,
    crumb: actionsCrumb,
    columns: [s.colPlans, s.colActions],
    counts: (entries) => [entries.length, actionCount(entries)],
    placeUrl: (key) => url(paths.actionsPlace(key)),
    provinceUrl: (key) => url(paths.actionsProvince(key)),
  },
  targets: {
    what: t.insight.targets.title,
    counted: s.colTargets,
    crumb: targetsCrumb,
    columns: [s.colPlans, s.colTargets],
    counts: (entries) => [entries.length, targetCount(entries)],
    placeUrl: (key) => url(paths.targetsPlace(key)),
    provinceUrl: (key) => url(paths.targetsProvince(key)),
  },
  data: {
    what: t.insight.data.title,
    counted: s.colPlans,
    crumb: () => ({ label: t.insight.nav.data, href: url(paths.data()) }),
    columns: [s.colPlans],
    counts: (entries) => [entries.length],
    placeUrl: (key) => url(paths.dataPlace(key)),
    provinceUrl: (key) => url(paths.dataProvince(key)),
  },
} satisfies Record<string, PlanList>;

/** The pages of a plan list's provinces: one per province of the collection, with its plans. */
export async function planProvincePaths() {
  const { plans } = await loadSite();
  return groupByProvince(plans, (entry) => entry.plan.jurisdiction.province).map((group) => ({ params: { province: group.key }, ...keyedProps({ group }) }));
}

/** A plan list's top table, as SliceTable's props: its caption, the columns (places, then the list's own) and a row per province. */
export function provinceTable(
  list: PlanList,
  plans: readonly PlanEntry[],
): { caption: string; labelHeading: string; columns: string[]; rows: { label: string; href: string; counts: number[] }[] } {
  const rows = groupByProvince(plans, (entry) => entry.plan.jurisdiction.province).map((group) => ({
    label: provinceLabel(group.province),
    href: list.provinceUrl(group.key),
    counts: [countPlaces(group.items, (entry) => entry.plan.jurisdiction.placeHans), ...list.counts(group.items)],
  }));
  return { caption: s.provincesCaption(list.counted), labelHeading: s.colProvince, columns: [s.colPlace, ...list.columns], rows };
}
