import { functionByProvince, functionKey } from './function-slices.ts';
import { placeProvince } from './lineage/place-index.ts';
import { groupByProvince } from './provinces.ts';
import type { SiteContent } from './site-content.ts';
import { groupByPlaceKey, sliceByPlace } from './slices.ts';
import { themeProvinces, themeSlices } from './theme-slices.ts';
import { timelineProvinces, timelineSlices } from './timeline-slices.ts';
import { paths } from './urls.ts';

/** Site-relative paths of every slice page of the split cross-plan lists, for the sitemap. */
export function listSlicePaths(site: SiteContent): string[] {
  const places = sliceByPlace(site.plans, (entry) => entry.plan);
  const planProvinces = groupByProvince(site.plans, (entry) => entry.plan.jurisdiction.province).map((group) => group.key);
  return [
    ...planProvinces.flatMap((key) => [paths.plansProvince(key), paths.actionsProvince(key), paths.targetsProvince(key), paths.dataProvince(key)]),
    ...groupByProvince(site.units, (entry) => entry.unit.jurisdiction.province).map((group) => paths.unitsProvince(group.key)),
    ...groupByProvince(site.lineage.places, placeProvince).map((group) => paths.placesProvince(group.key)),
    ...site.insight.functionLoads.flatMap((load) => functionByProvince(load).map((group) => paths.unitFunctionProvince(functionKey(load.function), group.key))),
    ...site.insight.themes.themes.flatMap((entry) => themeProvinces(entry).map((group) => paths.themeProvince(entry.theme.slug, group.key))),
    ...timelineSlices(site.insight.targets).flatMap((year) => timelineProvinces(year).map((group) => paths.timelineProvince(year.key, group.key))),
    ...places.flatMap((place) => [
      paths.plansPlace(place.key),
      paths.actionsPlace(place.key),
      ...place.years.map((year) => paths.actionsYear(place.key, year.key)),
      paths.targetsPlace(place.key),
      paths.dataPlace(place.key),
      ...place.years.map((year) => paths.dataYear(place.key, year.key)),
    ]),
    ...groupByPlaceKey(site.units, (entry) => entry.unit.jurisdiction).map((place) => paths.unitsPlace(place.key)),
    ...site.insight.functionLoads.map((load) => paths.unitFunction(functionKey(load.function))),
    ...site.insight.themes.themes.flatMap((entry) =>
      themeSlices(entry).places.flatMap((place) => [
        paths.themePlace(entry.theme.slug, place.key),
        ...place.years.map((year) => paths.themeYear(entry.theme.slug, place.key, year.key)),
      ]),
    ),
    ...timelineSlices(site.insight.targets).flatMap((year) => [paths.timelineYear(year.key), ...year.places.map((place) => paths.timelinePlace(year.key, place.key))]),
  ];
}
