import { groupByDeadline } from './insight/deadline-years.ts';
import type { TargetEntry } from './insight/target-index.ts';
import type { PlanEntry } from './plan-entry.ts';
import { groupByProvince, sharedProvince, type ProvinceGroup } from './provinces.ts';
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

/** A year's places by province; a place whose plans are of two provinces (homophones) goes to the unknown bucket. */
export function timelineProvinces(year: DueYear): ProvinceGroup<DuePlace>[] {
  return groupByProvince(year.places, (place) => sharedProvince(place.provinces));
}
