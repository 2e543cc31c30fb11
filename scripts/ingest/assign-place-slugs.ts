import { giveFirstFree } from './first-free.ts';
import type { PlaceEntry } from './slug-ledger.ts';
import type { PlaceClaim } from './unit-place.ts';

/**
 * Give every place its units' slug part (unit-place.ts), and the ledger's place entries that
 * record it. A place in the ledger keeps its part for good; a new place takes its first candidate
 * that no entry holds and no other new place wants at the same step (giveFirstFree), so the
 * order of the notices never matters. Entries are never dropped: a place whose notices are gone
 * keeps its part, so a unit URL once cited never names another place's department.
 * @example assignPlaceSlugs([nanjingGulou, fuzhouGulou], []).slugs // 江苏省|鼓楼区 → jiangsu-gulou, 福建省|鼓楼区 → fujian-gulou
 */
export function assignPlaceSlugs(claims: readonly PlaceClaim[], ledger: readonly PlaceEntry[]): { slugs: Map<string, string>; places: PlaceEntry[] } {
  const slugs = new Map(ledger.map(({ place, slug }) => [place, slug]));
  // Several plans of one place make one claim.
  const newcomers = [...new Map(claims.filter(({ place }) => !slugs.has(place)).map((claim) => [claim.place, claim])).values()];
  const taken = new Set(ledger.map(({ slug }) => slug));
  const given = giveFirstFree(newcomers.map(({ place, candidates }) => ({ id: place, candidates })), taken);
  for (const [place, slug] of given) slugs.set(place, slug);
  return { slugs, places: [...ledger, ...[...given].map(([place, slug]) => ({ slug, place }))] };
}
