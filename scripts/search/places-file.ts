/**
 * search/places.js: every place a search can be filtered by, with its province, so the search page
 * reads a typed place as people type it (place-match.ts) without a list in every page. Pure.
 */
import { PLACES_FILE, REGISTRY } from '../../src/lib/search/fallback-data.ts';
import { packPlaces } from '../../src/lib/search/place-list.ts';
import type { KnownPlace } from '../../src/lib/search/place-match.ts';
import { SEARCH_DIR } from '../../src/lib/search/paths.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import type { Plan } from '../../src/model/index.ts';
import { registryScript, type OutputFile } from './generated.ts';

/** The places of the plans and their units with their provinces, and any other place a record is filtered by (province not known). */
export function searchPlaces(plans: readonly Plan[], records: readonly SearchRecord[]): KnownPlace[] {
  const jurisdictions = plans.flatMap((plan) => [plan.jurisdiction, ...plan.units.map((unit) => unit.jurisdiction)]);
  const places = jurisdictions.map(({ placeHans, province }) => ({ name: placeHans, province }));
  const named = new Set(places.map((place) => place.name));
  const others = [...new Set(records.flatMap((record) => record.filters.place))].filter((name) => !named.has(name));
  return [...places, ...others.map((name) => ({ name, province: null }))];
}

/** The places script. */
export function placesFile(plans: readonly Plan[], records: readonly SearchRecord[]): OutputFile {
  return { path: SEARCH_DIR + PLACES_FILE, contents: registryScript(REGISTRY, 'places', [packPlaces(searchPlaces(plans, records))]) };
}
