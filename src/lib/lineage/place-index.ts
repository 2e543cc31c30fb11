import type { PlanEntry } from '../plan-entry.ts';
import { chronological, planTime } from './chronology.ts';
import { sharedProvince } from '../provinces.ts';
import { placeSlug } from './place-slug.ts';

/** A place and its plans, oldest first. */
export interface PlaceEntry {
  slug: string;
  /** The place in Simplified script, e.g. 鄞州区. */
  name: string;
  plans: PlanEntry[];
}

/** Every place of the collection with its plans, places in slug order. */
export function indexPlaces(plans: readonly PlanEntry[]): PlaceEntry[] {
  const places = new Map<string, PlaceEntry>();
  for (const entry of plans) {
    const slug = placeSlug(entry.plan.jurisdiction);
    const place = places.get(slug) ?? { slug, name: entry.plan.jurisdiction.placeHans, plans: [] };
    place.plans.push(entry);
    places.set(slug, place);
  }
  for (const place of places.values()) place.plans.sort((a, b) => chronological(planTime(a.plan), planTime(b.plan)));
  return [...places.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/**
 * How many later plans each plan of a place is compared with. Every pair would grow with the
 * square of a place's plans (30 plans: 435 pages); the next three cover a plan's successor and
 * the plans of other types issued beside it.
 */
export const COMPARE_WINDOW = 3;

/** The older → newer pairs of one place's plans that get a comparison page: each plan with its next COMPARE_WINDOW. */
export function placePairs(place: PlaceEntry): [PlanEntry, PlanEntry][] {
  return place.plans.flatMap((older, i) => place.plans.slice(i + 1, i + 1 + COMPARE_WINDOW).map((newer): [PlanEntry, PlanEntry] => [older, newer]));
}

/** The province of a place's page: its plans' one province, else null (unknown, or homophones of two). */
export const placeProvince = (place: PlaceEntry): string | null => sharedProvince(place.plans.map((entry) => entry.plan.jurisdiction.province));
