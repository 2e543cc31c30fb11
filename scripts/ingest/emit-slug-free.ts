import type { Plan } from '../../src/model/index.ts';
import { emitParsedPlan } from '../emit/emit-plan.ts';
import type { Hole, SlugFreeFile } from './slug-free-file.ts';
import type { UnitPlace } from './unit-place.ts';

const utf8 = new TextEncoder();

/** The plan with every unit slug's place part (`place.prefix`) replaced by `standIn`. */
function withUnitsAt(plan: Plan, place: UnitPlace, standIn: string): Plan {
  const moved = (slug: string): string => standIn + slug.slice(place.prefix.length);
  return {
    ...plan,
    units: plan.units.map((unit) => ({ ...unit, slug: moved(unit.slug) })),
    actions: plan.actions.map((action) => ({ ...action, lead: action.lead.map(moved), participating: action.participating.map(moved) })),
    assignments: plan.assignments.map((assignment) => ({ ...assignment, units: assignment.units.map((ref) => ({ ...ref, unit: moved(ref.unit) })) })),
    insight: { ...plan.insight, units: plan.insight.units.map((unit) => ({ ...unit, unit: moved(unit.unit) })) },
  };
}

/**
 * The files of a plan (as readNotice parsed it) with its slug and its units' place part left out,
 * so the ingest emits each plan as soon as it is parsed and keeps bytes rather than every plan's
 * model until the ledger decides (issue 12: a thousand models alive at once cost seconds of
 * garbage collection). The plan is emitted under stand-ins made of its notice's SHA-256, which no
 * text of the notice can print (it would have to contain its own digest), then the files are cut
 * where they stand. A plan whose place was not read gives its units its own slug (unit-place.ts).
 * @example fillSlug(emitSlugFree(plan, place)[0]!, { plan: 'yinzhou-2018', place: 'yinzhou' }).path // 'plans/yinzhou-2018.mdx'
 */
export function emitSlugFree(plan: Plan, place: UnitPlace | null): SlugFreeFile[] {
  const standIns: Record<Hole, string> = { plan: `slug-${plan.source.sha256}`, place: `place-${plan.source.sha256}` };
  const unitsAt = place === null ? plan : withUnitsAt(plan, place, place.claim ? standIns.place : standIns.plan);
  const cut = new RegExp(`(${standIns.plan}|${standIns.place})`);
  return emitParsedPlan({ ...unitsAt, slug: standIns.plan }).map(({ path, contents }) => {
    // split() with a capturing group keeps each stand-in between the parts it cut.
    const pieces = contents.split(cut);
    return {
      path: path.split(standIns.plan),
      contents: pieces.filter((_, i) => i % 2 === 0).map((part) => utf8.encode(part)),
      holes: pieces.filter((_, i) => i % 2 === 1).map((standIn): Hole => (standIn === standIns.plan ? 'plan' : 'place')),
    };
  });
}
