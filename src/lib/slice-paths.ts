import { functionKey } from './function-slices.ts';
import type { SiteContent } from './site-content.ts';
import { groupByPlaceKey, sliceByPlace } from './slices.ts';
import { themeSlices } from './theme-slices.ts';
import { timelineSlices } from './timeline-slices.ts';
import { paths } from './urls.ts';

/** Site-relative paths of every slice page of the split cross-plan lists, for the sitemap. */
export function listSlicePaths(site: SiteContent): string[] {
  const places = sliceByPlace(site.plans, (entry) => entry.plan);
  return [
    ...places.flatMap((place) => [
      paths.plansPlace(place.key),
      paths.actionsPlace(place.key),
      ...place.years.map((year) => paths.actionsYear(place.key, year.key)),
      paths.targetsPlace(place.key),
      paths.dataPlace(place.key),
      ...place.years.map((year) => paths.dataYear(place.key, year.key)),
    ]),
    ...groupByPlaceKey(site.units, (entry) => entry.unit.jurisdiction.placeHans).map((place) => paths.unitsPlace(place.key)),
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
