/**
 * A place's page of a list split from the plans (actions/[place]/, targets/[place]): which pages
 * there are, what each is given, and its title and trail. Every such list slices the same plans
 * by place and heads its place pages the same way; only the body differs.
 */
import { t } from '../i18n/zh-CN.ts';
import { sectionCrumbs, type Crumb } from './breadcrumbs.ts';
import { loadSite } from './content.ts';
import { keyedProps } from './page-key.ts';
import type { PlanEntry } from './plan-entry.ts';
import type { PlanList } from './plan-lists.ts';
import { provinceCrumb } from './provinces.ts';
import { placeLabel, sliceByPlace, type PlaceSlice } from './slices.ts';

/** What a plan list's place page is given: the place, with its plans by year. */
export interface PlanPlaceProps {
  place: PlaceSlice<PlanEntry>;
}

/** The place pages of a plan list, as getStaticPaths: one per place of the collection. */
export async function planPlacePaths() {
  const { plans } = await loadSite();
  return sliceByPlace(plans, (entry) => entry.plan).map((place) => ({ params: { place: place.key }, ...keyedProps<PlanPlaceProps>({ place }) }));
}

/**
 * A plan list's place page's name, title and trail (home › the list › the place's province › the
 * place). Call it while the page renders: the trail's URLs are written relative to that page.
 * @example planPlaceHead(PLAN_LISTS.targets, place).title // '鄞州区 · 目标与指标'
 */
export function planPlaceHead(list: PlanList, place: PlaceSlice<PlanEntry>): { name: string; title: string; crumbs: Crumb[] } {
  const name = placeLabel(place);
  return {
    name,
    title: t.slices.placeTitle(name, list.what),
    crumbs: sectionCrumbs(name, list.crumb(), ...provinceCrumb(place, list.provinceUrl)),
  };
}
