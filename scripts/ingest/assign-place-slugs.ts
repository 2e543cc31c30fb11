import { giveFirstFree } from './first-free.ts';
import type { PlaceEntry } from './slug-ledger.ts';
import type { PlaceClaim } from './unit-place.ts';

/**
 * Give every place its units' slug part (unit-place.ts), and the ledger's place entries that
 * record it. A place in the ledger keeps its part for good; a new place takes its first candidate
 * that no entry holds and no other new place wants at the same step (giveFirstFree), so the
 * order of the notices never matters. Entries are never dropped: a place whose notices are gone
 * keeps its part, so a unit URL once cited never names another place's department.
 *
 * A ledger from before places were recorded (`ledger` undefined) stands for a collection whose
 * unit URLs all used the plain part, shared by every place of one pinyin: each plain part stays
 * with the place that has the most plans there (then the first by name), so the URLs most of
 * those pages were about keep their department; the other places take their next candidate.
 * @example assignPlaceSlugs([nanjingGulou, fuzhouGulou], []).slugs // 江苏省|鼓楼区 → jiangsu-gulou, 福建省|鼓楼区 → fujian-gulou
 */
export function assignPlaceSlugs(claims: readonly PlaceClaim[], ledger: readonly PlaceEntry[] | undefined): { slugs: Map<string, string>; places: PlaceEntry[] } {
  const entries = [...(ledger ?? [])];
  const slugs = new Map(entries.map(({ place, slug }) => [place, slug]));
  const taken = new Set(entries.map(({ slug }) => slug));
  if (ledger === undefined) {
    for (const place of publishedHolders(claims)) {
      slugs.set(place.place, place.candidates[0]!);
      taken.add(place.candidates[0]!);
      entries.push({ slug: place.candidates[0]!, place: place.place });
    }
  }
  // Several plans of one place make one claim.
  const newcomers = [...new Map(claims.filter(({ place }) => !slugs.has(place)).map((claim) => [claim.place, claim])).values()];
  const given = giveFirstFree(newcomers.map(({ place, candidates }) => ({ id: place, candidates })), taken);
  for (const [place, slug] of given) slugs.set(place, slug);
  return { slugs, places: [...entries, ...[...given].map(([place, slug]) => ({ slug, place }))] };
}

/** Of the places that want one plain part, the one with the most plans (then the first by name): the place each published part keeps. */
function publishedHolders(claims: readonly PlaceClaim[]): PlaceClaim[] {
  const plans = Map.groupBy(claims, ({ place }) => place);
  const byPart = Map.groupBy([...plans.values()].map((own) => own[0]!), ({ candidates }) => candidates[0]!);
  return [...byPart.values()].map((places) =>
    places.toSorted((a, b) => plans.get(b.place)!.length - plans.get(a.place)!.length || (a.place < b.place ? -1 : a.place > b.place ? 1 : 0))[0]!,
  );
}
