import type { FunctionGroup } from '../model/index.ts';
import type { FunctionLoad, PlanFunctionLoad } from './insight/function-load.ts';
import type { UnitLoad } from './insight/unit-load.ts';
import { groupByProvince, provinceKey, type ProvinceGroup } from './provinces.ts';
import { placeKey, placeLabel, sliceByPlace } from './slices.ts';
import { paths, url } from './urls.ts';

/**
 * A function group's URL segment: the pinyin of its name, so it stays when groups are added to the
 * taxonomy; "collective" for collectives.
 * @example functionKey('卫生健康') // 'weishengjiankang'
 */
export const functionKey = (group: FunctionGroup | null): string => (group === null ? 'collective' : placeKey(group));

/** A function group's page: its provinces, each a link to its places' units of the group. */
export const functionUrl = (group: FunctionGroup | null): string => url(paths.unitFunction(functionKey(group)));

/** A function group in one province: each of its places' units of the group, a row per place (#place-<key>). */
export const functionProvinceUrl = (group: FunctionGroup | null, province: string | null): string =>
  url(paths.unitFunctionProvince(functionKey(group), provinceKey(province)));

/** A function group's plans by province: what its page counts and each province's page shows by place. */
export function functionByProvince(load: FunctionLoad): ProvinceGroup<PlanFunctionLoad>[] {
  return groupByProvince(load.byPlan, (item) => item.entry.plan.jurisdiction.province);
}

/** One function group in one place, summed over the place's plans. */
export interface PlaceFunctionLoad {
  key: string;
  label: string;
  /** The place's units of the group, each once (the busiest first, as in each plan). */
  units: UnitLoad['unit'][];
  plans: PlanFunctionLoad[];
  lead: number;
  participating: number;
  total: number;
  /** Actions of those plans, for the share. */
  actions: number;
}

/** A function group's load by place (of all its plans, or of one province's): one row a place. */
export function functionByPlace(byPlan: readonly PlanFunctionLoad[]): PlaceFunctionLoad[] {
  return sliceByPlace(byPlan, (item) => item.entry.plan).map((place) => {
    const units = [...new Map(place.items.flatMap((item) => item.units.map((unit) => [unit.unit.slug, unit.unit] as const))).values()];
    const sum = (pick: (item: PlanFunctionLoad) => number) => place.items.reduce((total, item) => total + pick(item), 0);
    return {
      key: place.key,
      label: placeLabel(place),
      units,
      plans: place.items,
      lead: sum((item) => item.lead),
      participating: sum((item) => item.participating),
      total: sum((item) => item.total),
      actions: sum((item) => item.entry.plan.actions.length),
    };
  });
}
