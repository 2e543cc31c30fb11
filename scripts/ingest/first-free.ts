/** Someone who wants a slug: an identity and the slugs it may take, most wanted first. */
export type Wanter = { id: string; candidates: readonly string[] };

/**
 * Give each wanter the first of its candidates that nothing in `taken` holds and that no other
 * wanter wants at the same step: a candidate two wanters want at once goes to neither, for good,
 * so which wanter comes first never matters. Throws, naming the wanters, when some run out.
 * `taken` grows by every slug given.
 * @example giveFirstFree([{ id: 'a', candidates: ['x', 'y'] }, { id: 'b', candidates: ['x', 'z'] }], new Set()) // a → y, b → z
 */
export function giveFirstFree(wanters: readonly Wanter[], taken: Set<string>): Map<string, string> {
  const given = new Map<string, string>();
  const contested = new Set<string>();
  let waiting = wanters;
  for (let step = 0; waiting.length > 0; step++) {
    if (waiting.every(({ candidates }) => step >= candidates.length)) {
      throw new Error(`no free slug for ${waiting.map(({ id }) => id).join(', ')}: every candidate is held (${waiting[0]!.candidates.join(', ')})`);
    }
    const wanted = Map.groupBy(
      waiting.filter(({ candidates }) => step < candidates.length),
      ({ candidates }) => candidates[step]!,
    );
    for (const [candidate, [first, ...others]] of wanted) {
      if (others.length === 0 && !taken.has(candidate) && !contested.has(candidate)) {
        given.set(first!.id, candidate);
        taken.add(candidate);
      } else {
        contested.add(candidate);
      }
    }
    waiting = waiting.filter(({ id }) => !given.has(id));
  }
  return given;
}
