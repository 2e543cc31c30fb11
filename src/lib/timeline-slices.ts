import { groupByDeadline } from './insight/deadline-years.ts';
import type { TargetEntry } from './insight/target-index.ts';
import type { PlanEntry } from './plan-entry.ts';
import { groupByProvince, type ProvinceGroup } from './provinces.ts';
import { groupByPlaceKey, placeLabel, UNDATED } from './slices.ts';

/** One plan's targets due in a year. */
export interface DuePlan {
  entry: PlanEntry;
  targets: TargetEntry[];
}

/** The targets of one place due in one year, by plan. */
export interface DuePlace {
  key: string;
  label: string;
  /** The provinces of its plans, usually one. */
  provinces: (string | null)[];
  plans: DuePlan[];
  total: number;
}

/** The targets due in one year, by place; its key is the year, or "undated". */
export interface DueYear {
  key: string;
  year: number | null;
  places: DuePlace[];
  plans: number;
  total: number;
}

/** Targets by the year they fall due (earliest first, undated last), each year split by place. */
export function timelineSlices(targets: readonly TargetEntry[]): DueYear[] {
  return groupByDeadline(targets).map((year) => {
    const places = groupByPlaceKey(year.byPlan, (group) => group.entry.plan.jurisdiction).map((place) => ({
      key: place.key,
      label: placeLabel(place),
      provinces: place.provinces,
      plans: place.items,
      total: place.items.reduce((sum, group) => sum + group.targets.length, 0),
    }));
    return { key: year.year === null ? UNDATED : String(year.year), year: year.year, places, plans: year.byPlan.length, total: year.total };
  });
}

/** The part of a place's due targets whose plans lie in one province, for that province's list. */
function placeIn(place: DuePlace, province: string | null): DuePlace {
  const plans = place.plans.filter((group) => group.entry.plan.jurisdiction.province === province);
  return { ...place, provinces: [province], plans, total: plans.reduce((sum, group) => sum + group.targets.length, 0) };
}

/**
 * A year's places by province. Homophone places of two provinces (鼓楼区 of 江苏省 and of 福建省)
 * share a place page; each province lists it with its own plans' counts, as the other lists split
 * plans by province before place.
 */
export function timelineProvinces(year: DueYear): ProvinceGroup<DuePlace>[] {
  const parts = year.places.flatMap((place) => (place.provinces.length === 1 ? [place] : place.provinces.map((province) => placeIn(place, province))));
  return groupByProvince(parts, (place) => place.provinces[0] ?? null);
}
